package cn.qingdan.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Supervision's figures for the rollups: findings of the year per responsible unit (township or department) and per
 * village, reminder letters issued and those that went past their deadline (通报、问责 included), for the county.
 */
@Component
class SupervisionFigures implements FigureSource {

	static final String FINDINGS = "supervision.findings";
	static final String LETTERS = "supervision.letters";
	static final String LATE = "supervision.letters-late";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	SupervisionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(FINDINGS, "督查发现问题（个）", 200, true), new Metric(LETTERS, "工作提示函（件）", 210, true),
				new Metric(LATE, "逾期未整改提示函（件）", 220, true));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		List<Figure> out = new ArrayList<>();
		var from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
		var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
		long[] total = new long[1];
		jdbc.sql("""
				select responsible_unit_id, count(*) from supervision_finding
				where county_unit_id = ? and found_at >= ? and found_at < ? group by responsible_unit_id""")
			.params(countyUnitId, from, to)
			.query(rs -> {
				out.add(new Figure(rs.getLong(1), FINDINGS, BigDecimal.valueOf(rs.getLong(2))));
				total[0] += rs.getLong(2);
			});
		jdbc.sql("""
				select village_unit_id, count(*) from supervision_finding
				where county_unit_id = ? and found_at >= ? and found_at < ? and village_unit_id is not null
				group by village_unit_id""")
			.params(countyUnitId, from, to)
			.query(rs -> {
				out.add(new Figure(rs.getLong(1), FINDINGS, BigDecimal.valueOf(rs.getLong(2))));
			});
		out.add(new Figure(countyUnitId, FINDINGS, BigDecimal.valueOf(total[0])));
		jdbc.sql("""
				select unit_id, count(*), count(*) filter (where status in ('OVERDUE', 'NOTIFIED', 'ACCOUNTED'))
				from reminder_letter where county_unit_id = ? and issued_on between ? and ? group by unit_id""")
			.params(countyUnitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query(rs -> {
				out.add(new Figure(rs.getLong(1), LETTERS, BigDecimal.valueOf(rs.getLong(2))));
				out.add(new Figure(rs.getLong(1), LATE, BigDecimal.valueOf(rs.getLong(3))));
			});
		out.add(new Figure(countyUnitId, LETTERS, sum(out, LETTERS)));
		out.add(new Figure(countyUnitId, LATE, sum(out, LATE)));
		return out;
	}

	private static BigDecimal sum(List<Figure> figures, String metric) {
		return figures.stream().filter(f -> f.metric().equals(metric)).map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
