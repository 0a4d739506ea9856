package cn.qingdan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Plan progress for the rollups, as it stands (accepted progress only moves it): the county's tasks with a lead unit,
 * those closed by acceptance, the average accepted progress; per lead unit its tasks and average progress. A plan's
 * figures are the same whatever the year asked, so they are kept for the current state only in each year's refresh.
 */
@Component
class PlanFigures implements FigureSource {

	static final String TASKS = "plan.tasks";
	static final String CLOSED = "plan.closed";
	static final String PROGRESS = "plan.progress";

	private final JdbcClient jdbc;

	PlanFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(TASKS, "实施方案任务（项）", 300, false), new Metric(CLOSED, "已验收完成任务（项）", 310, false),
				new Metric(PROGRESS, "任务平均进度（%）", 320, false, false));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		List<Figure> out = new ArrayList<>();
		jdbc.sql("""
				select a.unit_id, count(*), round(avg(a.progress), 1)
				from plan_assignee a join plan_node n on n.id = a.node_id join plan p on p.id = n.plan_id
				where p.county_unit_id = ? and a.role = 'LEAD' group by a.unit_id""")
			.param(countyUnitId)
			.query(rs -> {
				out.add(new Figure(rs.getLong(1), TASKS, BigDecimal.valueOf(rs.getLong(2))));
				out.add(new Figure(rs.getLong(1), PROGRESS, rs.getBigDecimal(3)));
			});
		jdbc.sql("""
				select count(*), count(*) filter (where n.closed_on is not null), coalesce(avg(n.progress), 0)
				from plan_node n join plan p on p.id = n.plan_id
				where p.county_unit_id = ? and exists (select 1 from plan_assignee a where a.node_id = n.id and a.role = 'LEAD')""")
			.param(countyUnitId)
			.query(rs -> {
				out.add(new Figure(countyUnitId, TASKS, BigDecimal.valueOf(rs.getLong(1))));
				out.add(new Figure(countyUnitId, CLOSED, BigDecimal.valueOf(rs.getLong(2))));
				if (rs.getLong(1) > 0) { // a county without a plan has no progress: it must not pull a city's average to 0
					out.add(new Figure(countyUnitId, PROGRESS, rs.getBigDecimal(3).setScale(1, RoundingMode.HALF_UP)));
				}
			});
		return out;
	}
}
