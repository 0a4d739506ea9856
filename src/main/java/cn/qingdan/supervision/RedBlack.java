package cn.qingdan.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.org.Unit;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.rollup.FiguresChanged;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly 红黑榜 (B-10, B-11): a published, versioned formula ({@link RedBlackFormula}); a new version takes
 * effect only from a later period than the current one and than any published list. Publishing a period freezes a
 * snapshot holding the formula, its weights and text, and every unit's inputs, score and place.
 */
@Service
public class RedBlack {

	public record Formula(int version, String fromPeriod, RedBlackFormula.Weights weights, String text) {
	}

	/** What the public page and the API show; recomputable from itself alone. */
	public record Snapshot(String period, String periodLabel, int formulaVersion, String formulaText,
			RedBlackFormula.Weights weights, List<RedBlackFormula.Row> units, Instant publishedAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final UnitsInCounty units;
	private final RedBlackMeasures measures;

	RedBlack(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, JsonMapper json, UnitsInCounty units,
			RedBlackMeasures measures) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.json = json;
		this.units = units;
		this.measures = measures;
	}

	public List<Formula> formulas(long county) {
		return jdbc.sql("select version, from_period, weights, text from redblack_formula where county_unit_id = ? order by version").param(county)
			.query((rs, n) -> new Formula(rs.getInt(1), rs.getString(2), json.readValue(rs.getString(3), RedBlackFormula.Weights.class),
					rs.getString(4)))
			.list();
	}

	/** The formula in force for a period (version 1 from the start when the county has none yet). */
	public Formula formulaFor(long county, Quarter period) {
		return formulas(county).stream().filter(f -> Quarter.parse(f.fromPeriod()).compareTo(period) <= 0)
			.reduce((a, b) -> b)
			.orElse(new Formula(1, "2000Q1", RedBlackFormula.V1, RedBlackFormula.text(RedBlackFormula.V1)));
	}

	/** A new version of the formula, in force from {@code from}, which must be later than now and than any published list. */
	@Transactional
	public int newVersion(Who who, Quarter from, RedBlackFormula.Weights weights) {
		who.requireManager();
		Quarter now = Quarter.of(LocalDate.now(clock));
		Optional<String> lastPublished = jdbc.sql("select max(period) from redblack_snapshot where county_unit_id = ?").param(who.county())
			.query(String.class).optional().filter(java.util.Objects::nonNull);
		if (from == null || from.compareTo(now) <= 0 || lastPublished.map(p -> from.compareTo(Quarter.parse(p)) <= 0).orElse(false)) {
			throw new RuleViolation("from", "计分办法只能自以后的季度起调整（本季度及已发布季度不变）");
		}
		if (weights.base().signum() <= 0 || weights.redTop() < 0 || weights.blackBottom() < 0) {
			throw new RuleViolation("weights", "计分权重无效");
		}
		List<Formula> all = formulas(who.county());
		int version = all.isEmpty() ? 2 : all.getLast().version() + 1;
		if (all.isEmpty()) {
			insert(who.county(), 1, "2000Q1", RedBlackFormula.V1, who.username());
		}
		insert(who.county(), version, from.toString(), weights, who.username());
		events.publishEvent(AuditEvent.success("调整红黑榜计分办法", "红黑榜", version, "自 " + from.label() + " 起施行"));
		return version;
	}

	private void insert(long county, int version, String from, RedBlackFormula.Weights w, String by) {
		jdbc.sql("insert into redblack_formula (county_unit_id, version, from_period, weights, text, created_by, created_at) values (?, ?, ?, ?::jsonb, ?, ?, ?)")
			.params(county, version, from, json.writeValueAsString(w), RedBlackFormula.text(w), by, Timestamp.from(clock.instant()))
			.update();
	}

	/** The county's townships (with their villages) and departments, as the measures need them. */
	public List<RedBlackMeasures.Subject> subjects(long county) {
		Map<Long, List<Long>> villages = units.villages(county).stream().filter(v -> v.parentId() != null)
			.collect(Collectors.groupingBy(Unit::parentId, Collectors.mapping(Unit::id, Collectors.toList())));
		List<RedBlackMeasures.Subject> subjects = new java.util.ArrayList<>();
		for (Unit t : units.townships(county)) {
			subjects.add(new RedBlackMeasures.Subject(t.id(), t.name(), "乡镇", villages.getOrDefault(t.id(), List.of())));
		}
		for (Unit d : units.departments(county)) {
			subjects.add(new RedBlackMeasures.Subject(d.id(), d.name(), "县级部门", List.of()));
		}
		return subjects;
	}

	/** Computes a period's list now (not saved). */
	public Snapshot compute(long county, Quarter period) {
		Formula f = formulaFor(county, period);
		List<RedBlackFormula.Row> rows = RedBlackFormula.rank(f.weights(), measures.measure(county, period, subjects(county)));
		return new Snapshot(period.toString(), period.label(), f.version(), f.text(), f.weights(), rows, null);
	}

	/** Publishes a finished quarter's list; once published it does not change. */
	@Transactional
	public Snapshot publish(Who who, Quarter period, Instant at) {
		who.requireManager();
		if (period == null || !period.last().isBefore(LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai")))) {
			throw new RuleViolation("period", "只能发布已结束季度的红黑榜");
		}
		if (snapshot(who.county(), period.toString()).isPresent()) {
			throw new RuleViolation("period", period.label() + "红黑榜已发布");
		}
		Snapshot computed = compute(who.county(), period);
		Snapshot s = new Snapshot(computed.period(), computed.periodLabel(), computed.formulaVersion(), computed.formulaText(),
				computed.weights(), computed.units(), at);
		jdbc.sql("insert into redblack_snapshot (county_unit_id, period, formula_version, payload, published_at, published_by) values (?, ?, ?, ?::jsonb, ?, ?)")
			.params(who.county(), period.toString(), s.formulaVersion(), json.writeValueAsString(s), Timestamp.from(at), who.username())
			.update();
		events.publishEvent(AuditEvent.success("发布红黑榜", "红黑榜", period.toString(), "计分办法第 " + s.formulaVersion() + " 版"));
		// the county's 红黑榜 standing in the rollups (SupervisionRedBlackFigures) is recomputed for the list's year
		events.publishEvent(new FiguresChanged(who.county(), Integer.parseInt(period.toString().substring(0, 4))));
		return s;
	}

	public Optional<Snapshot> snapshot(long county, String period) {
		return jdbc.sql("select payload from redblack_snapshot where county_unit_id = ? and period = ?").params(county, period)
			.query(String.class).optional().map(p -> json.readValue(p, Snapshot.class));
	}

	public Optional<Snapshot> latest(long county) {
		return jdbc.sql("select payload from redblack_snapshot where county_unit_id = ? order by period desc limit 1").param(county)
			.query(String.class).optional().map(p -> json.readValue(p, Snapshot.class));
	}

	public List<String> periods(long county) {
		return jdbc.sql("select period from redblack_snapshot where county_unit_id = ? order by period desc").param(county)
			.query(String.class).list();
	}
}
