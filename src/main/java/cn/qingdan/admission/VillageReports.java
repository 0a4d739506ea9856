package cn.qingdan.admission;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Screening;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

/**
 * Reports (反映) of tasks a village received that are not registered: filed in one click by a village clerk or anyone,
 * answered by the office within N working days; the reporter follows the outcome (signed in, or by receipt number).
 */
@Service
public class VillageReports {

	private static final char[] RECEIPT = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final JdbcClient jdbc;
	private final WorkingDays workingDays;
	private final AdmissionProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Units units;
	private final SecureRandom random = new SecureRandom();

	VillageReports(JdbcClient jdbc, WorkingDays workingDays, AdmissionProperties properties,
			ApplicationEventPublisher events, Clock clock, Units units) {
		this.units = units;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	public record Report(long id, String receipt, Long reporterUnitId, String reporter, String text,
			String checkedNumber, String screeningList, String screeningItemCode, String screeningItemName,
			String departmentName, boolean hiddenFromDepartment, String status, Instant createdAt,
			LocalDate responseDeadline, String response, String respondedBy, Instant respondedAt, int version,
			String checkResult, Long villageUnitId) {

		public boolean answered() {
			return respondedAt != null;
		}

		/** What the check found, in words: registered but not for the village, or the screening verdict. */
		public String conclusion() {
			if (Register.Answer.NOT_FOR_VILLAGE.name().equals(checkResult)) {
				return "已登记（" + checkedNumber + "），但不适用于该村（社区）";
			}
			if (Register.Answer.NO_LONGER_IN_FORCE.name().equals(checkResult)) {
				return "已登记（" + checkedNumber + "），但已到期或已撤销";
			}
			String list = screeningList == null ? null : cn.qingdan.screening.Outcome.valueOf(screeningList).label();
			if (screeningItemName != null) {
				return (list == null ? "" : list + "：") + screeningItemCode + " " + screeningItemName;
			}
			return list == null ? "未比对" : "未准入，" + list;
		}
	}

	/** The same reports on another clock (the demo files its reports on past days). */
	VillageReports at(Clock other) {
		return new VillageReports(jdbc, workingDays, properties, events, other, units);
	}

	/** Files a report; {@code reporter} may be null for an anonymous member of the public. Returns the receipt. */
	@Transactional
	public String file(long countyUnitId, QingdanUser reporter, String text, String checkedNumber, Screening screening,
			String departmentName, boolean hiddenFromDepartment) {
		return file(countyUnitId, reporter, null, text, new Register.Check(false, null, screening, 0, Register.Answer.NOT_REGISTERED),
				departmentName, hiddenFromDepartment, checkedNumber);
	}

	/**
	 * Files a report of what a check found (a task not registered, or registered but not for the village); the village
	 * the task reached may be named. Returns the receipt.
	 */
	@Transactional
	public String file(long countyUnitId, QingdanUser reporter, Long villageUnitId, String text, Register.Check check,
			String departmentName, boolean hiddenFromDepartment) {
		return file(countyUnitId, reporter, villageUnitId, text, check, departmentName, hiddenFromDepartment,
				check.entry() == null ? null : check.entry().number());
	}

	private String file(long countyUnitId, QingdanUser reporter, Long villageUnitId, String text, Register.Check check,
			String departmentName, boolean hiddenFromDepartment, String checkedNumber) {
		Screening screening = check.screening();
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "请填写或粘贴收到的任务内容");
		}
		if (text.length() > 5000) {
			throw new RuleViolation("text", "内容不超过 5000 字");
		}
		Inputs.length("checkedNumber", checkedNumber, 60, "准入编号");
		Inputs.length("department", departmentName, 100, "部门名称");
		StringBuilder receipt = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			receipt.append(RECEIPT[random.nextInt(RECEIPT.length)]);
		}
		LocalDate due = workingDays.plusWorkingDays(LocalDate.now(clock), properties.reportResponseDays());
		long id = jdbc.sql("""
				insert into village_report (county_unit_id, receipt, reporter_unit_id, reporter_unit_path, reporter, text, checked_number,
				  screening_list, screening_item_code, screening_item_name, department_name, hidden_from_department, status,
				  created_at, response_deadline, check_result, village_unit_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?) returning id""")
			.params(countyUnitId, receipt.toString(), reporter == null ? null : reporter.unitId(),
					reporter == null ? null : reporter.unit().path(), reporter == null ? null : reporter.username(),
					text.strip(), checkedNumber, screening == null ? null : screening.list().name(),
					screening == null || screening.item() == null ? null : screening.item().code(),
					screening == null || screening.item() == null ? null : screening.item().name(),
					departmentName == null || departmentName.isBlank() ? null : departmentName.strip(), hiddenFromDepartment,
					Timestamp.from(clock.instant()), Date.valueOf(due), check.answer().name(), villageUnitId)
			.query(Long.class)
			.single();
		events.publishEvent(AuditEvent.success("提交反映", "反映", id, "回执 " + receipt));
		events.publishEvent(new cn.qingdan.admission.events.VillageReportFiled(id, countyUnitId, reporter == null ? null : reporter.unitId(), due));
		Long village = villageUnitId != null ? villageUnitId
				: reporter != null && "VILLAGE".equals(reporter.unit().type()) ? reporter.unitId() : null;
		events.publishEvent(AdmissionLeads.of(id, countyUnitId, village, text.strip(), departmentName, LocalDate.now(clock)));
		return receipt.toString();
	}

	public Optional<Report> byReceipt(String receipt) {
		if (receipt == null || !receipt.strip().toUpperCase().matches("[A-Z0-9]{12}")) {
			return Optional.empty();
		}
		return jdbc.sql("select * from village_report where receipt = ?").param(receipt.strip().toUpperCase())
			.query(VillageReports::map).optional();
	}

	/** The office queue (open first, by deadline) or a reporter's own reports. */
	public List<Report> list(QingdanUser actor, long countyUnitId) {
		return list(actor, countyUnitId, 0, 500);
	}

	/** One page of the office queue (open first, by deadline) or of a reporter's own reports (newest first). */
	public List<Report> list(QingdanUser actor, long countyUnitId, int offset, int limit) {
		if (actor.scope().isWide()) {
			return jdbc.sql("select * from village_report where county_unit_id = ? order by (status = 'OPEN') desc, response_deadline, id desc limit ? offset ?")
				.params(countyUnitId, limit, offset).query(VillageReports::map).list();
		}
		return jdbc.sql("select * from village_report where reporter_unit_path like ? order by id desc limit ? offset ?")
			.params(actor.scope().likePattern(), limit, offset).query(VillageReports::map).list();
	}

	public long count(QingdanUser actor, long countyUnitId) {
		return actor.scope().isWide()
				? jdbc.sql("select count(*) from village_report where county_unit_id = ?").param(countyUnitId).query(Long.class).single()
				: jdbc.sql("select count(*) from village_report where reporter_unit_path like ?").param(actor.scope().likePattern())
					.query(Long.class).single();
	}

	public Report require(long id, QingdanUser actor) {
		Report r = jdbc.sql("select * from village_report where id = ?").param(id).query(VillageReports::map).optional()
			.orElseThrow(() -> new NotFound("反映"));
		boolean own = r.reporterUnitId() != null && r.reporterUnitId().equals(actor.unitId());
		if (!actor.scope().isWide() && !own && !(actor.has(Role.TOWNSHIP_OFFICER) && r.reporterUnitId() != null
				&& units.unit(r.reporterUnitId(), actor.scope()).isPresent())) {
			throw new NotFound("反映");
		}
		return r;
	}

	@Transactional
	public void respond(QingdanUser actor, long id, int version, String response) {
		if (actor.roles().stream().noneMatch(ApplicationSteps.OFFICE::contains)) {
			throw new RuleViolation("只有减负办可以答复反映");
		}
		if (response == null || response.isBlank()) {
			throw new RuleViolation("response", "请填写答复意见");
		}
		Inputs.length("response", response, 4000, "答复意见");
		int n = jdbc.sql("""
				update village_report set status = 'ANSWERED', response = ?, responded_by = ?, responded_at = ?, version = version + 1
				where id = ? and version = ? and status = 'OPEN'""")
			.params(response.strip(), actor.username(), Timestamp.from(clock.instant()), id, version)
			.update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("该反映已被他人答复");
		}
		events.publishEvent(AuditEvent.success("答复反映", "反映", id, null));
		jdbc.sql("select county_unit_id, reporter_unit_id from village_report where id = ?").param(id).query((rs, i) -> new cn.qingdan.admission.events.VillageReportAnswered(id, rs.getLong(1), rs.getObject(2, Long.class))).optional().ifPresent(events::publishEvent);
	}

	public long openCount(long countyUnitId) {
		return jdbc.sql("select count(*) from village_report where county_unit_id = ? and status = 'OPEN'").param(countyUnitId)
			.query(Long.class).single();
	}

	private static Report map(ResultSet rs, int n) throws SQLException {
		Timestamp responded = rs.getTimestamp("responded_at");
		return new Report(rs.getLong("id"), rs.getString("receipt"), rs.getObject("reporter_unit_id", Long.class),
				rs.getString("reporter"), rs.getString("text"), rs.getString("checked_number"),
				rs.getString("screening_list"), rs.getString("screening_item_code"), rs.getString("screening_item_name"),
				rs.getString("department_name"), rs.getBoolean("hidden_from_department"), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant(), rs.getDate("response_deadline").toLocalDate(),
				rs.getString("response"), rs.getString("responded_by"), responded == null ? null : responded.toInstant(),
				rs.getInt("version"), rs.getString("check_result"), rs.getObject("village_unit_id", Long.class));
	}
}
