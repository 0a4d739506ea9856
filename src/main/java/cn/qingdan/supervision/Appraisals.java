package cn.qingdan.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/**
 * Villages appraise the township and the county departments that put work on them (B-17), once a quarter, organised
 * by the county: a score of 1 to 5 and a remark per unit. The appraised unit sees its average, the count and the
 * remarks without the village; the office sees everything.
 */
@Service
public class Appraisals {

	public record Entry(long villageUnitId, long targetUnitId, int score, String comment) {
	}

	public record Summary(long targetUnitId, double average, int count, List<String> comments) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Units units;
	private final UnitsInCounty county;

	Appraisals(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Units units, UnitsInCounty county) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.units = units;
		this.county = county;
	}

	/** The units a village appraises: its township, then the departments. */
	public List<Unit> targets(Who who) {
		List<Unit> targets = new java.util.ArrayList<>();
		units.unit(who.unitId()).map(Unit::parentId).flatMap(units::unit).filter(u -> u.type() == Unit.Type.TOWNSHIP).ifPresent(targets::add);
		targets.addAll(county.departments(who.county()));
		return targets;
	}

	/** Saves the village's appraisal of the current quarter (a second save replaces the first). */
	@Transactional
	public int submit(Who who, Map<Long, Integer> scores, Map<Long, String> comments) {
		if (!who.village()) {
			throw new RuleViolation("只有村（社区）可以参加评议");
		}
		String period = Quarter.of(LocalDate.now(clock)).toString();
		java.util.Set<Long> allowed = targets(who).stream().map(Unit::id).collect(java.util.stream.Collectors.toSet());
		int n = 0;
		for (Map.Entry<Long, Integer> e : scores.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			if (!allowed.contains(e.getKey()) || e.getValue() < 1 || e.getValue() > 5) {
				throw new RuleViolation("score", "评分为 1 到 5 分，只能评议本乡镇和县级部门");
			}
			String c = comments.get(e.getKey());
			Inputs.length("comment", c, 500, "意见建议");
			jdbc.sql("""
					insert into supervision_appraisal (county_unit_id, period, village_unit_id, target_unit_id, score, comment, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (period, village_unit_id, target_unit_id)
					do update set score = excluded.score, comment = excluded.comment, submitted_at = excluded.submitted_at""")
				.params(who.county(), period, who.unitId(), e.getKey(), e.getValue(), c == null || c.isBlank() ? null : c.strip(),
						Timestamp.from(clock.instant()))
				.update();
			n++;
		}
		if (n == 0) {
			throw new RuleViolation("score", "请至少为一个单位评分");
		}
		events.publishEvent(AuditEvent.success("提交村级评议", "村级评议", who.unitId(), period + " 共 " + n + " 个单位"));
		return n;
	}

	public Map<Long, Integer> mine(Who who, String period) {
		Map<Long, Integer> m = new LinkedHashMap<>();
		jdbc.sql("select target_unit_id, score from supervision_appraisal where village_unit_id = ? and period = ?").params(who.unitId(), period)
			.query((rs, i) -> m.put(rs.getLong(1), rs.getInt(2))).list();
		return m;
	}

	/** Per appraised unit: average, count and remarks (no village named). */
	public Map<Long, Summary> summaries(long countyId, String period) {
		Map<Long, Summary> m = new LinkedHashMap<>();
		jdbc.sql("""
				select target_unit_id, avg(score)::float8, count(*), coalesce(array_agg(comment order by id) filter (where comment is not null), '{}')
				from supervision_appraisal where county_unit_id = ? and period = ? group by target_unit_id order by target_unit_id""")
			.params(countyId, period)
			.query((rs, i) -> m.put(rs.getLong(1), new Summary(rs.getLong(1), Math.round(rs.getDouble(2) * 100) / 100.0, rs.getInt(3),
					List.of((String[]) rs.getArray(4).getArray()))))
			.list();
		return m;
	}

	/** Every entry with its village: the office only. */
	public List<Entry> entries(Who who, String period) {
		who.requireOffice();
		return jdbc.sql("select village_unit_id, target_unit_id, score, comment from supervision_appraisal where county_unit_id = ? and period = ? order by target_unit_id, village_unit_id")
			.params(who.county(), period)
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list();
	}
}
