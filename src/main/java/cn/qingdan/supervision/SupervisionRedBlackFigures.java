package cn.qingdan.supervision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Each county's 红黑榜 standing for the rollups, from the quarters published in the year (a published list never
 * changes): the lists published, and how many times a township or department was placed on the red and on the black
 * list — per unit and for the county. {@code RedBlack.publish} announces the county's {@code FiguresChanged} for the
 * list's year.
 */
@Component
class SupervisionRedBlackFigures implements FigureSource {

	static final String LISTS = "supervision.redblack-lists";
	static final String RED = "supervision.red";
	static final String BLACK = "supervision.black";

	private final JdbcClient jdbc;

	SupervisionRedBlackFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(LISTS, "已发布红黑榜（期）", 230, false), new Metric(RED, "列入红榜（单位次）", 240, false),
				new Metric(BLACK, "列入黑榜（单位次）", 250, true));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		List<Figure> out = new ArrayList<>();
		long[] county = new long[3];
		jdbc.sql("select count(*) from redblack_snapshot where county_unit_id = ? and period like ?")
			.params(countyUnitId, year + "Q%").query(Long.class).optional().ifPresent(n -> county[0] = n);
		jdbc.sql("""
				select (u ->> 'unitId')::bigint, count(*) filter (where u ->> 'list' = '红榜'), count(*) filter (where u ->> 'list' = '黑榜')
				from redblack_snapshot s, jsonb_array_elements(s.payload -> 'units') u
				where s.county_unit_id = ? and s.period like ? and u ->> 'list' in ('红榜', '黑榜')
				group by 1""")
			.params(countyUnitId, year + "Q%")
			.query(rs -> {
				out.add(new Figure(rs.getLong(1), RED, BigDecimal.valueOf(rs.getLong(2))));
				out.add(new Figure(rs.getLong(1), BLACK, BigDecimal.valueOf(rs.getLong(3))));
				county[1] += rs.getLong(2);
				county[2] += rs.getLong(3);
			});
		out.add(new Figure(countyUnitId, LISTS, BigDecimal.valueOf(county[0])));
		out.add(new Figure(countyUnitId, RED, BigDecimal.valueOf(county[1])));
		out.add(new Figure(countyUnitId, BLACK, BigDecimal.valueOf(county[2])));
		return out;
	}
}
