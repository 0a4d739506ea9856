package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.region.Region;
import cn.qingdan.region.Regions;

/**
 * Reads the rollup table: a province or city as one row per county (the counties' own totals only, from the partial
 * index), a county as one row per township and per department. A township's figure is the source's own when it gives
 * one (burden hours count a matter once per township), else the sum of its villages.
 */
@Component
class RollupReader {

	static final String REDUCTION = "admission.reduction";

	private final JdbcClient jdbc;
	private final UnitTree tree;
	private final Units units;
	private final Regions regions;
	private final java.util.Set<String> averaged;

	RollupReader(JdbcClient jdbc, UnitTree tree, Units units, Regions regions, Rollups rollups) {
		this.jdbc = jdbc;
		this.tree = tree;
		this.units = units;
		this.regions = regions;
		this.averaged = rollups.metrics().stream().filter(m -> !m.additive()).map(cn.qingdan.shared.rollup.Metric::key)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** One row of a region's table: a county, township or department with its figures by metric key. */
	record Row(String code, String name, String kind, Map<String, BigDecimal> figures) {
	}

	/** A region's figures in a year: its totals and its rows. */
	record View(String code, String name, String level, int year, int baselineYear, Map<String, BigDecimal> totals,
			List<Row> rows) {
	}

	@Transactional(readOnly = true)
	Optional<View> region(String code, int year, int baselineYear) {
		if (code.length() == 6) {
			return units.byRegion(code).filter(u -> u.type() == Unit.Type.COUNTY).map(c -> county(c, year, baselineYear));
		}
		String full = (code + "000000000000").substring(0, 12);
		Optional<Region> region = regions.find(full);
		List<Unit> counties = tree.countiesUnder(code);
		if (region.isEmpty() && counties.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Map<String, BigDecimal>> byCounty = new HashMap<>();
		Map<String, Map<String, BigDecimal>> baseline = new HashMap<>();
		jdbc.sql("select county_code, year, metric, value from rollup_figure where county_code like ? and year in (?, ?)"
				+ " and unit_id = county_unit_id")
			.params(code + "%", year, baselineYear)
			.query(rs -> {
				(rs.getInt(2) == year ? byCounty : baseline).computeIfAbsent(rs.getString(1), k -> new HashMap<>())
					.put(rs.getString(3), rs.getBigDecimal(4));
			});
		List<Row> rows = new ArrayList<>();
		for (Unit c : counties) {
			String cc = c.regionCode().substring(0, 6);
			Map<String, BigDecimal> f = new LinkedHashMap<>(byCounty.getOrDefault(cc, Map.of()));
			reduction(f, baseline.getOrDefault(cc, Map.of()));
			rows.add(new Row(cc, c.name(), "县（市、区）", f));
		}
		Map<String, BigDecimal> totals = totals(rows);
		Map<String, BigDecimal> baseTotals = totals(baseline.values().stream()
			.map(m -> new Row("", "", "", m)).toList());
		reduction(totals, baseTotals);
		String name = region.map(Region::name).orElse(code);
		return Optional.of(new View(code, name, code.length() == 2 ? "省" : "市", year, baselineYear, totals, rows));
	}

	private View county(Unit county, int year, int baselineYear) {
		String cc = county.regionCode().substring(0, 6);
		Map<Long, Map<String, BigDecimal>> now = unitFigures(cc, year);
		Map<Long, Map<String, BigDecimal>> base = unitFigures(cc, baselineYear);
		List<Row> rows = new ArrayList<>();
		List<Unit> townships = tree.ofType(county.id(), Unit.Type.TOWNSHIP, false);
		Map<Long, List<Long>> villagesOf = new HashMap<>();
		for (UnitTree.VillageInTree v : tree.villagesInTreeOrder(county.path() + "%", "%", List.of())) {
			villagesOf.computeIfAbsent(v.townshipId(), k -> new ArrayList<>()).add(v.id());
		}
		for (Unit t : townships) {
			Map<String, BigDecimal> f = withVillages(now, t.id(), villagesOf.getOrDefault(t.id(), List.of()));
			reduction(f, withVillages(base, t.id(), villagesOf.getOrDefault(t.id(), List.of())));
			rows.add(new Row(t.regionCode(), t.name(), "乡镇（街道）", f));
		}
		for (Unit d : tree.ofType(county.id(), Unit.Type.DEPARTMENT, false)) {
			Map<String, BigDecimal> f = new LinkedHashMap<>(now.getOrDefault(d.id(), Map.of()));
			if (!f.isEmpty()) {
				reduction(f, base.getOrDefault(d.id(), Map.of()));
				rows.add(new Row(null, d.name(), "县级部门", f));
			}
		}
		Map<String, BigDecimal> totals = new LinkedHashMap<>(now.getOrDefault(county.id(), Map.of()));
		reduction(totals, base.getOrDefault(county.id(), Map.of()));
		return new View(cc, county.name(), "县", year, baselineYear, totals, rows);
	}

	private Map<Long, Map<String, BigDecimal>> unitFigures(String countyCode, int year) {
		Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
		jdbc.sql("select unit_id, metric, value from rollup_figure where county_code = ? and year = ?")
			.params(countyCode, year)
			.query(rs -> {
				out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
			});
		return out;
	}

	private static Map<String, BigDecimal> withVillages(Map<Long, Map<String, BigDecimal>> figures, long township,
			Collection<Long> villages) {
		Map<String, BigDecimal> own = figures.getOrDefault(township, Map.of());
		Map<String, BigDecimal> out = new LinkedHashMap<>(own);
		for (Long v : villages) {
			figures.getOrDefault(v, Map.of()).forEach((metric, value) -> {
				if (!own.containsKey(metric)) {
					out.merge(metric, value, BigDecimal::add);
				}
			});
		}
		return out;
	}

	/** Sums over the rows; a non-additive metric (a percentage, an average) is the mean of the rows that have it. */
	private Map<String, BigDecimal> totals(List<Row> rows) {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Row r : rows) {
			r.figures().forEach((metric, value) -> {
				if (!metric.equals(REDUCTION)) {
					totals.merge(metric, value, BigDecimal::add);
					counts.merge(metric, 1, Integer::sum);
				}
			});
		}
		totals.replaceAll((metric, sum) -> averaged.contains(metric)
				? sum.divide(BigDecimal.valueOf(counts.get(metric)), 1, RoundingMode.HALF_UP) : sum);
		return totals;
	}

	/** 减负%: the burden hours' fall against the baseline year, one decimal; absent without a baseline. */
	private static void reduction(Map<String, BigDecimal> figures, Map<String, BigDecimal> baseline) {
		BigDecimal before = baseline.get("admission.hours");
		BigDecimal after = figures.getOrDefault("admission.hours", BigDecimal.ZERO);
		if (before != null && before.signum() > 0) {
			figures.put(REDUCTION, before.subtract(after).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP));
		}
	}
}
