package cn.qingdan.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.lead.SupervisionLead;

/**
 * The one queue of leads (督查线索): every {@link SupervisionLead} any module publishes, kept once per source and
 * source reference, with its source. The office takes a lead into a finding or dismisses it with a note.
 */
@Service
public class Leads {

	public record Lead(long id, String source, String sourceRef, Long responsibleUnitId, Long villageUnitId,
			String findingType, String summary, String link, LocalDate raisedOn, String status, Long findingId,
			String closedNote) {

		public String sourceLabel() {
			return label(source);
		}

		public String typeLabel() {
			return FindingType.of(findingType).label();
		}

		public String statusLabel() {
			return switch (status) {
				case "OPEN" -> "待处理";
				case "TAKEN" -> "已立为问题";
				default -> "已排除";
			};
		}
	}

	/** The source in a clerk's words. */
	public static String label(String source) {
		return switch (source) {
			case "VILLAGE_REPORT" -> "村级反映";
			case "ADMISSION_OVERDUE" -> "准入逾期";
			case "LEDGER_BOARD" -> "牌子台账";
			case "LEDGER_GROUP" -> "工作群台账";
			case "LEDGER_FORM" -> "报表台账";
			case "SERVICES_UNFUNDED" -> "购买服务经费";
			default -> source.startsWith("LEDGER") ? "台账未经准入" : "其他来源";
		};
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Leads(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Keeps the lead once (a second event for the same source and reference is ignored). */
	@ApplicationModuleListener
	public void on(SupervisionLead lead) {
		receive(lead);
	}

	@Transactional
	public boolean receive(SupervisionLead lead) {
		if (lead.source() == null || lead.sourceRef() == null || lead.summary() == null) {
			return false;
		}
		int n = jdbc.sql("""
				insert into supervision_lead (county_unit_id, source, source_ref, responsible_unit_id, village_unit_id,
				  finding_type, summary, link, raised_on, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source, source_ref) do nothing""")
			.params(lead.countyUnitId(), cut(lead.source(), 40), cut(lead.sourceRef(), 120), lead.responsibleUnitId(),
					lead.villageUnitId(), FindingType.of(lead.findingType()).name(), cut(lead.summary(), 500),
					lead.link() == null ? null : cut(lead.link(), 300),
					Date.valueOf(lead.raisedOn() == null ? LocalDate.now(clock) : lead.raisedOn()),
					Timestamp.from(clock.instant()))
			.update();
		return n == 1;
	}

	public List<Lead> queue(long county, String status, String source, int limit) {
		return jdbc.sql("""
				select * from supervision_lead where county_unit_id = :county
				  and (cast(:status as varchar) is null or status = :status) and (cast(:source as varchar) is null or source = :source)
				order by (status = 'OPEN') desc, raised_on desc, id desc limit :limit""")
			.param("county", county).param("status", blank(status)).param("source", blank(source)).param("limit", limit)
			.query(Leads::map).list();
	}

	public List<String> sources(long county) {
		return jdbc.sql("select distinct source from supervision_lead where county_unit_id = ? order by source").param(county)
			.query(String.class).list();
	}

	public long openCount(long county) {
		return jdbc.sql("select count(*) from supervision_lead where county_unit_id = ? and status = 'OPEN'").param(county)
			.query(Long.class).single();
	}

	public Lead require(long county, long id) {
		return jdbc.sql("select * from supervision_lead where id = ? and county_unit_id = ?").params(id, county)
			.query(Leads::map).optional().orElseThrow(() -> new NotFound("线索"));
	}

	/** Open leads about one village (the visit page and the draw's weights). */
	public List<Lead> openFor(long villageUnitId) {
		return jdbc.sql("select * from supervision_lead where village_unit_id = ? and status = 'OPEN' order by raised_on desc limit 50")
			.param(villageUnitId).query(Leads::map).list();
	}

	@Transactional
	public void dismiss(Who who, long id, String note) {
		who.requireManager();
		if (note == null || note.isBlank()) {
			throw new RuleViolation("note", "请填写排除理由");
		}
		Inputs.length("note", note, 500, "排除理由");
		int n = jdbc.sql("update supervision_lead set status = 'DISMISSED', closed_by = ?, closed_note = ? where id = ? and county_unit_id = ? and status = 'OPEN'")
			.params(who.username(), note.strip(), id, who.county()).update();
		if (n == 0) {
			throw new RuleViolation("该线索已处理");
		}
		events.publishEvent(AuditEvent.success("排除督查线索", "督查线索", id, null));
	}

	/** Marks the lead taken by a finding (inside the finding's transaction). */
	void taken(long county, long id, long findingId, String by) {
		int n = jdbc.sql("update supervision_lead set status = 'TAKEN', finding_id = ?, closed_by = ? where id = ? and county_unit_id = ? and status = 'OPEN'")
			.params(findingId, by, id, county).update();
		if (n == 0) {
			throw new RuleViolation("该线索已处理");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	private static Lead map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Lead(rs.getLong("id"), rs.getString("source"), rs.getString("source_ref"),
				rs.getObject("responsible_unit_id", Long.class), rs.getObject("village_unit_id", Long.class),
				rs.getString("finding_type"), rs.getString("summary"), rs.getString("link"),
				rs.getDate("raised_on").toLocalDate(), rs.getString("status"), rs.getObject("finding_id", Long.class),
				rs.getString("closed_note"));
	}
}
