package cn.qingdan.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Findings (督查发现的问题): typed, against one responsible unit (a department or township), at a village or not,
 * linked to the evidence — the lead it came from, the draw whose visit found it, a page — with photos, time and place.
 */
@Service
public class Findings {

	public record Finding(long id, FindingType type, long responsibleUnitId, Long villageUnitId, Long drawId, Long leadId,
			String description, String evidenceLink, String place, Instant foundAt, String recordedBy, Long letterId) {
	}

	/** What the inspector entered. */
	public record Form(FindingType type, Long responsibleUnitId, Long villageUnitId, Long drawId, Long leadId,
			String description, String evidenceLink, String place) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Leads leads;
	private final Files files;
	private final UnitsInCounty units;

	Findings(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Leads leads, Files files, UnitsInCounty units) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.leads = leads;
		this.files = files;
		this.units = units;
	}

	@Transactional
	public long record(Who who, Form form, List<Files.Upload> photos) {
		return record(who, form, photos, clock.instant());
	}

	@Transactional
	public long record(Who who, Form form, List<Files.Upload> photos, Instant at) {
		if (!who.inspector() && !who.manager()) {
			throw new RuleViolation("只有督查员和减负办可以记录问题");
		}
		if (form.type() == null) {
			throw new RuleViolation("type", "请选择问题类型");
		}
		if (form.responsibleUnitId() == null || !units.isResponsible(who.county(), form.responsibleUnitId())) {
			throw new RuleViolation("responsibleUnitId", "请选择责任单位（县级部门或乡镇）");
		}
		if (form.villageUnitId() != null && !units.isVillage(who.county(), form.villageUnitId())) {
			throw new RuleViolation("villageUnitId", "所选村（社区）不在本县");
		}
		if (form.description() == null || form.description().isBlank()) {
			throw new RuleViolation("description", "请写明发现的问题");
		}
		Inputs.length("description", form.description(), 2000, "问题描述");
		Inputs.length("place", form.place(), 200, "地点");
		Inputs.length("evidenceLink", form.evidenceLink(), 300, "证据链接");
		String link = form.evidenceLink() == null || form.evidenceLink().isBlank() ? null : form.evidenceLink().strip();
		if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
			throw new RuleViolation("evidenceLink", "证据链接须为本平台页面");
		}
		Files.check(photos);
		Long drawId = form.drawId();
		if (drawId != null && jdbc.sql("select count(*) from supervision_draw where id = ? and county_unit_id = ?")
			.params(drawId, who.county()).query(Long.class).single() == 0) {
			drawId = null;
		}
		long id = jdbc.sql("""
				insert into supervision_finding (county_unit_id, finding_type, responsible_unit_id, village_unit_id, draw_id, lead_id,
				  description, evidence_link, place, found_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(who.county(), form.type().name(), form.responsibleUnitId(), form.villageUnitId(), drawId, form.leadId(),
					form.description().strip(), link, form.place() == null || form.place().isBlank() ? null : form.place().strip(),
					Timestamp.from(at), who.username())
			.query(Long.class).single();
		if (form.leadId() != null) {
			leads.taken(who.county(), form.leadId(), id, who.username());
		}
		files.store("FINDING", id, photos, who.username());
		events.publishEvent(AuditEvent.success("记录督查问题", "督查问题", id, form.type().label()));
		return id;
	}

	/** The office's list (the county) or a unit's own; {@code open} keeps only those not yet in a letter. */
	public List<Finding> list(Who who, Long unitId, boolean open, int limit) {
		Long about = who.office() ? unitId : Long.valueOf(who.unitId());
		return jdbc.sql("""
				select * from supervision_finding where county_unit_id = :county
				  and (cast(:unit as bigint) is null or responsible_unit_id = :unit) and (not :open or letter_id is null)
				order by found_at desc, id desc limit :limit""")
			.param("county", who.county()).param("unit", about).param("open", open).param("limit", limit)
			.query(Findings::map).list();
	}

	public Finding require(Who who, long id) {
		Finding f = jdbc.sql("select * from supervision_finding where id = ? and county_unit_id = ?").params(id, who.county())
			.query(Findings::map).optional().orElseThrow(() -> new NotFound("问题"));
		if (!who.sees(f.responsibleUnitId())) {
			throw new NotFound("问题");
		}
		return f;
	}

	public List<Finding> ofLetter(long letterId) {
		return jdbc.sql("select * from supervision_finding where letter_id = ? order by id").param(letterId).query(Findings::map).list();
	}

	/** Findings at a village not yet rectified (the visit page). */
	public List<Finding> openAt(long villageUnitId) {
		return jdbc.sql("""
				select f.* from supervision_finding f left join reminder_letter l on l.id = f.letter_id
				where f.village_unit_id = ? and (l.id is null or l.status <> 'ACCEPTED') order by f.found_at desc limit 50""")
			.param(villageUnitId).query(Findings::map).list();
	}

	static Finding map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Finding(rs.getLong("id"), FindingType.of(rs.getString("finding_type")), rs.getLong("responsible_unit_id"),
				rs.getObject("village_unit_id", Long.class), rs.getObject("draw_id", Long.class), rs.getObject("lead_id", Long.class),
				rs.getString("description"), rs.getString("evidence_link"), rs.getString("place"),
				rs.getTimestamp("found_at").toInstant(), rs.getString("recorded_by"), rs.getObject("letter_id", Long.class));
	}
}
