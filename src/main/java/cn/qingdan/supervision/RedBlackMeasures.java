package cn.qingdan.supervision;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measures the 红黑榜 inputs of one period for given units, in a handful of grouped queries over supervision's own
 * tables (units, and each township's villages, are passed in, never read from org's tables).
 */
@Component
public class RedBlackMeasures {

	/** A unit to measure: id, name, kind (乡镇 / 县级部门) and, for a township, its villages. */
	public record Subject(long unitId, String name, String kind, List<Long> villages) {
	}

	private final JdbcClient jdbc;
	private final Appraisals appraisals;

	RedBlackMeasures(JdbcClient jdbc, Appraisals appraisals) {
		this.jdbc = jdbc;
		this.appraisals = appraisals;
	}

	public List<RedBlackFormula.Row> measure(long county, Quarter period, List<Subject> subjects) {
		Date from = Date.valueOf(period.first());
		Date to = Date.valueOf(period.last());
		Map<Long, Integer> findings = counts("""
				select responsible_unit_id, count(*) from supervision_finding where county_unit_id = ?
				  and found_at >= ?::date and found_at < ?::date + 1 group by responsible_unit_id""", county, from, to);
		Map<Long, Integer> due = counts("select unit_id, count(*) from reminder_letter where county_unit_id = ? and deadline between ? and ? group by unit_id",
				county, from, to);
		Map<Long, Integer> late = counts("""
				select unit_id, count(*) from reminder_letter where county_unit_id = ? and deadline between ? and ?
				  and (status in ('OVERDUE', 'NOTIFIED', 'ACCOUNTED') or answered_on > deadline) group by unit_id""", county, from, to);
		Map<Long, Integer> unadmitted = counts("""
				select responsible_unit_id, count(*) from supervision_lead where county_unit_id = ? and raised_on between ? and ?
				  and finding_type = 'UNADMITTED_DELEGATION' and source <> 'VILLAGE_REPORT' and status <> 'DISMISSED'
				  and responsible_unit_id is not null group by responsible_unit_id""", county, from, to);
		Map<Long, Integer> reportsByVillage = counts("""
				select village_unit_id, count(*) from supervision_lead where county_unit_id = ? and raised_on between ? and ?
				  and source = 'VILLAGE_REPORT' and status <> 'DISMISSED' and village_unit_id is not null group by village_unit_id""",
				county, from, to);
		Map<Long, Integer> reportsByUnit = counts("""
				select responsible_unit_id, count(*) from supervision_lead where county_unit_id = ? and raised_on between ? and ?
				  and source = 'VILLAGE_REPORT' and status <> 'DISMISSED' and responsible_unit_id is not null group by responsible_unit_id""",
				county, from, to);
		Map<Long, Appraisals.Summary> appraisal = appraisals.summaries(county, period.toString());
		List<RedBlackFormula.Row> rows = new ArrayList<>(subjects.size());
		for (Subject s : subjects) {
			int reports = reportsByUnit.getOrDefault(s.unitId(), 0);
			for (Long v : s.villages()) {
				reports += reportsByVillage.getOrDefault(v, 0);
			}
			Appraisals.Summary a = appraisal.get(s.unitId());
			RedBlackFormula.Inputs in = new RedBlackFormula.Inputs(s.villages().isEmpty() ? 10 : s.villages().size(),
					findings.getOrDefault(s.unitId(), 0), due.getOrDefault(s.unitId(), 0), late.getOrDefault(s.unitId(), 0),
					unadmitted.getOrDefault(s.unitId(), 0), reports,
					a == null ? null : BigDecimal.valueOf(a.average()).setScale(2, java.math.RoundingMode.HALF_UP), a == null ? 0 : a.count());
			rows.add(new RedBlackFormula.Row(s.unitId(), s.name(), s.kind(), in, null, null, null));
		}
		return rows;
	}

	private Map<Long, Integer> counts(String sql, Object... params) {
		Map<Long, Integer> m = new HashMap<>();
		jdbc.sql(sql).params(params).query((rs, n) -> m.put(rs.getLong(1), rs.getInt(2))).list();
		return m;
	}
}
