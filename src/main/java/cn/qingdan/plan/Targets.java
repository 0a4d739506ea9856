package cn.qingdan.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.indicator.IndicatorSource;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Targets and their actuals. Actuals are entered per period (and per unit) by the task's lead unit, a unit for its own
 * figure, or the office; a target naming an indicator reads it from the module that measures it
 * ({@link IndicatorSource}) when one is present, instead of what was entered by hand.
 */
@Service
public class Targets {

	private final JdbcClient jdbc;
	private final Plans plans;
	private final UnitTree tree;
	private final ObjectProvider<IndicatorSource> indicators;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;

	Targets(JdbcClient jdbc, Plans plans, UnitTree tree, ObjectProvider<IndicatorSource> indicators, Timeline timeline,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.tree = tree;
		this.indicators = indicators;
		this.timeline = timeline;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** Adds a target to a task (import, demo, or the office on the task page). */
	long add(long nodeId, String name, Target.Comparator comparator, BigDecimal value, String unit, boolean perUnit, String indicatorKey) {
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			throw new RuleViolation("name", "请填写指标名称（不超过 200 字）");
		}
		if (comparator == null || value == null || value.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
			throw new RuleViolation("value", "请填写目标值");
		}
		if (unit == null || unit.strip().length() > 20) {
			throw new RuleViolation("unit", "计量单位不超过 20 字");
		}
		int sort = jdbc.sql("select coalesce(max(sort), 0) + 10 from plan_target where node_id = ?").param(nodeId).query(Integer.class).single();
		return jdbc.sql("""
				insert into plan_target (node_id, name, comparator, value, unit, per_unit, indicator_key, sort)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(nodeId, name.strip(), comparator.name(), value, unit.strip(), perUnit, indicatorKey, sort).query(Long.class).single();
	}

	@Transactional
	public long addTarget(Actor actor, long nodeId, String name, Target.Comparator comparator, BigDecimal value, String unit, boolean perUnit) {
		TaskState task = plans.task(nodeId, actor);
		if (!plans.decides(plans.plan(task.node().planId(), actor), actor)) {
			throw new RuleViolation("只有县基层减负办或方案牵头制定单位可以设定目标");
		}
		long id = add(nodeId, name, comparator, value, unit, perUnit, null);
		events.publishEvent(AuditEvent.success("设定任务目标", "任务分工", nodeId, name));
		return id;
	}

	@Transactional
	public void record(Actor actor, long targetId, String period, Long unitId, BigDecimal value) {
		recordAt(actor, targetId, period, unitId, value, clock.instant());
	}

	void recordAt(Actor actor, long targetId, String period, Long unitId, BigDecimal value, java.time.Instant at) {
		Target t = target(targetId);
		TaskState task = plans.task(t.nodeId(), actor);
		boolean office = plans.decides(plans.plan(task.node().planId(), actor), actor);
		if (!office && !task.ledBy(actor.unitId()) && !(t.perUnit() && unitId != null && unitId.equals(actor.unitId()))) {
			throw new RuleViolation("只有牵头单位、本单位或县基层减负办可以填报实际值");
		}
		if (period == null || !period.matches("\\d{4}(Q[1-4]|H[12]|M(1[0-2]|[1-9]))?") || !cn.qingdan.shared.Inputs.saneYear(Integer.parseInt(period.substring(0, 4)))) {
			throw new RuleViolation("period", "统计期应为年份（如 2026）或季度（如 2026Q3）");
		}
		if (value == null || value.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
			throw new RuleViolation("value", "请填写实际值");
		}
		if (t.perUnit() != (unitId != null)) {
			throw new RuleViolation("unitId", t.perUnit() ? "该指标按单位填报，请选择单位" : "该指标按全县填报，不选单位");
		}
		if (unitId != null && !task.assigned(unitId)) {
			throw new RuleViolation("unitId", "所选单位不是该任务的责任单位");
		}
		jdbc.sql("""
				insert into plan_actual (target_id, period, unit_id, value, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)
				on conflict (target_id, period, coalesce(unit_id, 0)) do update set value = excluded.value,
				  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
			.params(targetId, period, unitId, value, actor.displayName(), Timestamp.from(at)).update();
		String note = t.name() + " " + Report.labelOf(period) + (unitId == null ? "" : "（" + tree.names(List.of(unitId)).get(unitId) + "）")
				+ "：" + value.stripTrailingZeros().toPlainString() + t.unit();
		timeline.record(Subject.planTask(t.nodeId()), at, actor.displayName(), actor.unitName(), "填报实际值", note);
		events.publishEvent(AuditEvent.success("填报目标实际值", "任务分工", t.nodeId(), note));
	}

	Target target(long id) {
		return load("where id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("目标"));
	}

	public List<Target> of(long nodeId) {
		return load("where node_id = ?", nodeId);
	}

	/** Every target of a plan by task id. */
	public Map<Long, List<Target>> ofPlan(long planId) {
		Map<Long, List<Target>> by = new LinkedHashMap<>();
		for (Target t : load("where node_id in (select id from plan_node where plan_id = ?)", planId)) {
			by.computeIfAbsent(t.nodeId(), k -> new ArrayList<>()).add(t);
		}
		return by;
	}

	private List<Target> load(String where, long param) {
		List<Object[]> rows = jdbc.sql("select * from plan_target " + where + " order by node_id, sort").param(param)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("node_id"), rs.getString("name"),
					Target.Comparator.valueOf(rs.getString("comparator")), rs.getBigDecimal("value"), rs.getString("unit"),
					rs.getBoolean("per_unit"), rs.getString("indicator_key") })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Target.Actual>> actuals = new LinkedHashMap<>();
		List<Object[]> as = jdbc.sql("select * from plan_actual where target_id = any(?) order by period, unit_id")
			.param(rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
			.query((rs, n) -> new Object[] { rs.getLong("target_id"), rs.getString("period"), rs.getObject("unit_id", Long.class),
					rs.getBigDecimal("value") })
			.list();
		Map<Long, String> names = tree.names(as.stream().map(a -> (Long) a[2]).filter(java.util.Objects::nonNull).toList());
		for (Object[] a : as) {
			actuals.computeIfAbsent((Long) a[0], k -> new ArrayList<>())
				.add(new Target.Actual((String) a[1], (Long) a[2], a[2] == null ? null : names.get((Long) a[2]), (BigDecimal) a[3]));
		}
		int year = LocalDate.now(clock).getYear();
		List<Target> out = new ArrayList<>();
		for (Object[] r : rows) {
			String key = (String) r[7];
			List<Target.Actual> values = actuals.getOrDefault((Long) r[0], List.of());
			boolean fromIndicator = false;
			if (key != null) {
				List<Target.Actual> measured = measured(key, (Long) r[1]);
				if (!measured.isEmpty()) {
					values = measured;
					fromIndicator = true;
				}
			}
			String latest = values.stream().map(Target.Actual::period).max(Comparator.naturalOrder()).orElse(null);
			Target.Comparator c = (Target.Comparator) r[3];
			BigDecimal v = (BigDecimal) r[4];
			Boolean met = latest == null ? null : values.stream().filter(a -> a.period().equals(latest)).allMatch(a -> c.meets(a.value(), v, year));
			out.add(new Target((Long) r[0], (Long) r[1], (String) r[2], c, v, (String) r[5], (Boolean) r[6], key, fromIndicator, values, latest, met));
		}
		return out;
	}

	/** Values from the module that measures the indicator, if one is present. */
	private List<Target.Actual> measured(String key, long nodeId) {
		List<IndicatorSource> sources = indicators.orderedStream().filter(s -> key.equals(s.key())).toList();
		if (sources.isEmpty()) {
			return List.of();
		}
		Long county = jdbc.sql("select p.county_unit_id from plan p join plan_node n on n.plan_id = p.id where n.id = ?").param(nodeId)
			.query(Long.class).single();
		return sources.getFirst().values(county).stream().map(v -> new Target.Actual(v.period(), v.unitId(),
				v.unitId() == null ? null : tree.names(List.of(v.unitId())).get(v.unitId()), v.value())).toList();
	}

	/** The chart of a target: actuals over the periods against the target (per unit: the latest period by unit). */
	public String chart(Target t) {
		List<Target.Actual> shown = t.perUnit() ? t.actuals().stream().filter(a -> a.period().equals(t.latestPeriod())).toList()
				: t.actuals().stream().filter(a -> a.unitId() == null).toList();
		List<String> labels = shown.stream().map(a -> t.perUnit() ? a.unitName() : a.periodLabel()).toList();
		List<BigDecimal> values = shown.stream().map(a -> a.value().stripTrailingZeros()).toList();
		List<BigDecimal> goal = shown.stream().map(a -> t.value().stripTrailingZeros()).toList();
		return json.writeValueAsString(Map.of("type", t.perUnit() ? "bar" : "line", "labels", labels, "series",
				t.comparator() == Target.Comparator.EVERY_YEARS ? List.of(Map.of("name", "完成年份", "data", values))
						: List.of(Map.of("name", "实际值", "data", values), Map.of("name", "目标值", "data", goal))));
	}
}
