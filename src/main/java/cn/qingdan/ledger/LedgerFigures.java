package cn.qingdan.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * The 五多 counts for the rollups, per village and for the county, at the end of the year (today for the current
 * year): boards and wall rules hanging, visits imposed in the year and those over the cap; groups and apps active
 * and report forms in force for the county.
 */
@Component
class LedgerFigures implements FigureSource {

	static final String BOARDS = "ledger.boards";
	static final String RULES = "ledger.rules";
	static final String VISITS = "ledger.visits";
	static final String OVER_CAP = "ledger.over-cap";
	static final String GROUPS = "ledger.groups";
	static final String FORMS = "ledger.forms";

	private final JdbcClient jdbc;
	private final Clock clock;

	LedgerFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(BOARDS, "村级挂牌（块）", 100, true), new Metric(RULES, "上墙制度（项）", 110, true),
				new Metric(GROUPS, "工作群和政务应用（个）", 120, true), new Metric(FORMS, "在填报表（张）", 130, true),
				new Metric(VISITS, "督查检查调研（次）", 140, true), new Metric(OVER_CAP, "超过上限的督查调研（次）", 150, true));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		LocalDate today = LocalDate.now(clock);
		LocalDate end = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
		List<Figure> out = new ArrayList<>();
		long[] county = new long[4];
		jdbc.sql("""
				select village_unit_id,
				  count(*) filter (where kind = 'BOARD'), count(*) filter (where kind = 'WALL_RULE')
				from ledger_board
				where county_unit_id = :c and village_unit_id is not null and recorded_on <= :e
				  and (status = 'KEEP' or done_on is null or done_on > :e)
				group by village_unit_id""")
			.param("c", countyUnitId).param("e", end)
			.query(rs -> {
				add(out, rs.getLong(1), BOARDS, rs.getLong(2));
				add(out, rs.getLong(1), RULES, rs.getLong(3));
				county[0] += rs.getLong(2);
				county[1] += rs.getLong(3);
			});
		jdbc.sql("""
				select village_unit_id, count(*) filter (where kind <> 'MEETING'), count(*) filter (where over_cap)
				from ledger_visit where county_unit_id = :c and visit_on between :s and :e group by village_unit_id""")
			.param("c", countyUnitId).param("s", LocalDate.of(year, 1, 1)).param("e", end)
			.query(rs -> {
				add(out, rs.getLong(1), VISITS, rs.getLong(2));
				add(out, rs.getLong(1), OVER_CAP, rs.getLong(3));
				county[2] += rs.getLong(2);
				county[3] += rs.getLong(3);
			});
		out.add(new Figure(countyUnitId, BOARDS, BigDecimal.valueOf(county[0])));
		out.add(new Figure(countyUnitId, RULES, BigDecimal.valueOf(county[1])));
		out.add(new Figure(countyUnitId, VISITS, BigDecimal.valueOf(county[2])));
		out.add(new Figure(countyUnitId, OVER_CAP, BigDecimal.valueOf(county[3])));
		out.add(new Figure(countyUnitId, GROUPS, jdbc.sql("""
				select count(*) from ledger_group where county_unit_id = :c and recorded_on <= :e
				  and (closed_on is null or closed_on > :e)""").param("c", countyUnitId).param("e", end)
			.query(BigDecimal.class).single()));
		out.add(new Figure(countyUnitId, FORMS, jdbc.sql("""
				select count(*) from ledger_form where county_unit_id = :c and recorded_on <= :e
				  and (retired_on is null or retired_on > :e)""").param("c", countyUnitId).param("e", end)
			.query(BigDecimal.class).single()));
		return out;
	}

	private static void add(List<Figure> out, long unit, String metric, long value) {
		if (value != 0) {
			out.add(new Figure(unit, metric, BigDecimal.valueOf(value)));
		}
	}
}
