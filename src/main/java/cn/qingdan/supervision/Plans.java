package cn.qingdan.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.RuleViolation;

/**
 * 督查检查考核计划 (B-01, B-08): the office's and each department's planned inspections, checks and assessments of
 * villages, with a cap per unit and year. Plans of different units that reach the same villages in overlapping periods
 * are shown as overlaps and can be merged into one joint visit (one visit serves several departments).
 */
@Service("inspectionPlans")
public class Plans {

	public enum Kind {
		INSPECTION("督查"), CHECK("检查"), ASSESSMENT("考核");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Plan(long id, long unitId, int year, Kind kind, String title, LocalDate startsOn, LocalDate endsOn,
			List<Long> villageIds, Long jointVisitId) {
	}

	public record Overlap(Plan a, Plan b, int sharedVillages) {
	}

	public record Cap(long unitId, int year, int max, long used) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final UnitsInCounty units;

	Plans(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, UnitsInCounty units) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.units = units;
	}

	@Transactional
	public void setCap(Who who, long unitId, int year, int max) {
		who.requireManager();
		if (!units.isResponsible(who.county(), unitId)) {
			throw new RuleViolation("unitId", "请选择县级部门或乡镇");
		}
		if (max < 0 || max > 100) {
			throw new RuleViolation("max", "年度上限应在 0 到 100 次之间");
		}
		jdbc.sql("""
				insert into inspection_cap (county_unit_id, unit_id, year, max_inspections) values (?, ?, ?, ?)
				on conflict (county_unit_id, unit_id, year) do update set max_inspections = excluded.max_inspections""")
			.params(who.county(), unitId, year, max).update();
		events.publishEvent(AuditEvent.success("设定督查检查考核上限", "督查计划", unitId, year + " 年 " + max + " 次"));
	}

	@Transactional
	public long create(Who who, long unitId, Kind kind, String title, LocalDate startsOn, LocalDate endsOn, List<Long> villageIds) {
		if (!who.manager() && !(who.unitOfficer() && who.unitId() == unitId && "DEPARTMENT".equals(who.unitType()))) {
			throw new RuleViolation("只有减负办或本部门可以填报计划");
		}
		if (kind == null) {
			throw new RuleViolation("kind", "请选择类别");
		}
		Letters.require("title", title, 200, "计划名称");
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn) || startsOn.getYear() != endsOn.getYear()) {
			throw new RuleViolation("endsOn", "请填写同一年度内的起止日期，结束不早于开始");
		}
		List<Long> villages = villageIds == null ? List.of() : villageIds.stream().distinct().toList();
		if (villages.isEmpty()) {
			throw new RuleViolation("villageIds", "请选择涉及的村（社区）");
		}
		java.util.Set<Long> county = new java.util.HashSet<>(units.villages(who.county()).stream().map(u -> u.id()).toList());
		if (!county.containsAll(villages)) {
			throw new RuleViolation("villageIds", "所选村（社区）不在本县");
		}
		int year = startsOn.getYear();
		Integer cap = jdbc.sql("select max_inspections from inspection_cap where county_unit_id = ? and unit_id = ? and year = ?")
			.params(who.county(), unitId, year).query(Integer.class).optional().orElse(null);
		long used = used(unitId, year);
		if (cap != null && used >= cap) {
			throw new RuleViolation("unitId", "该单位 " + year + " 年督查检查考核已达上限（" + cap + " 次），不能再增加");
		}
		long id = jdbc.sql("""
				insert into inspection_plan (county_unit_id, unit_id, year, kind, title, starts_on, ends_on, village_ids, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(who.county(), unitId, year, kind.name(), title.strip(), Date.valueOf(startsOn), Date.valueOf(endsOn),
					villages.toArray(Long[]::new), who.username(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success("填报督查检查考核计划", "督查计划", id, title.strip()));
		return id;
	}

	long used(long unitId, int year) {
		return jdbc.sql("select count(*) from inspection_plan where unit_id = ? and year = ?").params(unitId, year).query(Long.class).single();
	}

	public List<Plan> list(Who who, int year) {
		return jdbc.sql("select * from inspection_plan where county_unit_id = :county and year = :year and (:all or unit_id = :unit) order by starts_on, id")
			.param("county", who.county()).param("year", year).param("all", who.office()).param("unit", who.unitId())
			.query(Plans::map).list();
	}

	public List<Cap> caps(long county, int year) {
		return jdbc.sql("""
				select c.unit_id, c.year, c.max_inspections,
				  (select count(*) from inspection_plan p where p.unit_id = c.unit_id and p.year = c.year) as used
				from inspection_cap c where c.county_unit_id = ? and c.year = ? order by c.unit_id""")
			.params(county, year)
			.query((rs, n) -> new Cap(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).list();
	}

	/** Plans of different units sharing villages in overlapping periods, not yet merged into one visit. */
	public List<Overlap> overlaps(long county, int year) {
		List<Plan> all = jdbc.sql("select * from inspection_plan where county_unit_id = ? and year = ? order by id").params(county, year)
			.query(Plans::map).list();
		List<Overlap> found = new java.util.ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				Plan a = all.get(i);
				Plan b = all.get(j);
				boolean merged = a.jointVisitId() != null && a.jointVisitId().equals(b.jointVisitId());
				if (a.unitId() != b.unitId() && !merged && !a.endsOn().isBefore(b.startsOn()) && !b.endsOn().isBefore(a.startsOn())) {
					long shared = a.villageIds().stream().filter(b.villageIds()::contains).count();
					if (shared > 0) {
						found.add(new Overlap(a, b, (int) shared));
					}
				}
			}
		}
		return found;
	}

	/** Merges plans into one joint visit (the lowest id names it). */
	@Transactional
	public long merge(Who who, List<Long> planIds) {
		who.requireManager();
		if (planIds == null || planIds.stream().distinct().count() < 2) {
			throw new RuleViolation("planIds", "请至少选择两项计划合并");
		}
		Long[] ids = planIds.stream().distinct().toArray(Long[]::new);
		long joint = Arrays.stream(ids).min(Long::compare).orElseThrow();
		int n = jdbc.sql("update inspection_plan set joint_visit_id = ? where id = any(?) and county_unit_id = ?")
			.params(joint, ids, who.county()).update();
		if (n != ids.length) {
			throw new RuleViolation("planIds", "所选计划不存在");
		}
		events.publishEvent(AuditEvent.success("合并督查检查", "督查计划", joint, n + " 项计划合并为一次联合检查"));
		return joint;
	}

	static Plan map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Long[] villages = (Long[]) rs.getArray("village_ids").getArray();
		return new Plan(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year"), Kind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
				List.of(villages), rs.getObject("joint_visit_id", Long.class));
	}
}
