package cn.qingdan.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.qingdan.certificate.StatisticsReport.MonthRow;
import cn.qingdan.certificate.StatisticsReport.TownshipRow;
import cn.qingdan.certificate.StatisticsReport.VillageRow;
import cn.qingdan.identity.DataScope;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Certificate statistics (证明开具统计) over the requests received in a date range, within the actor's data scope and
 * optionally one township or village: per village (and township), per certificate type and per month, with a totals
 * row. Counts follow each request's current status. Two queries per report: one scan of the requests added up by
 * grouping sets (per village, per type, per month), and one naming the villages in tree order (org's
 * {@link UnitTree}); townships and totals are sums of the village rows, so every request is counted exactly once.
 *
 * <p>On-time rate (按时办结率) = requests completed (issued or refused) on or before their deadline ÷ (completed requests
 * that had a deadline + open requests already past their deadline), as a percentage with one decimal; {@code null}
 * when nothing had a deadline.
 */
@Service
class CertificateStatistics {

	/** Longest range a report covers. */
	public static final int MAX_MONTHS = 60;

	private final StatisticsQuery query;
	private final Units units;
	private final UnitTree unitTree;
	private final Clock clock;

	CertificateStatistics(StatisticsQuery query, Units units, UnitTree unitTree, Clock clock) {
		this.query = query;
		this.units = units;
		this.unitTree = unitTree;
		this.clock = clock;
	}

	/** Start of the default range: the first day of the month five months ago (six calendar months up to today). */
	public static LocalDate defaultFrom(LocalDate today) {
		return today.withDayOfMonth(1).minusMonths(5);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The report for the scope, the range and at most one of township or village.
	 *
	 * @throws NotFound when the township or village does not exist, is not of that type or lies outside the scope
	 * @throws RuleViolation when the range is inverted or longer than {@link #MAX_MONTHS} months
	 */
	public StatisticsReport report(DataScope scope, LocalDate from, LocalDate to, Long townshipId, Long villageId) {
		checkRange(from, to);
		Unit filterUnit = null;
		if (villageId != null) {
			filterUnit = requireUnit(scope, villageId, Unit.Type.VILLAGE, "村（社区）");
		}
		else if (townshipId != null) {
			filterUnit = requireUnit(scope, townshipId, Unit.Type.TOWNSHIP, "乡镇（街道）");
		}
		String filter = filterUnit == null ? scope.likePattern()
				: filterUnit.type() == Unit.Type.VILLAGE ? filterUnit.path() : filterUnit.path() + "%";
		Map<String, Object> params = params(scope, filter, from, to);
		LocalDate today = (LocalDate) params.get("today");

		StatisticsQuery.Groups groups = query.groups(params, StatisticsQuery.BY_VILLAGE, StatisticsQuery.BY_TYPE, StatisticsQuery.BY_MONTH);
		List<VillageRow> villages = villages(params, groups.villages());
		List<TownshipRow> townships = townships(villages);
		List<MonthRow> months = months(groups.months(), from, to);
		StatisticsFigures total = StatisticsFigures.sum(groups.villages().values());
		String title = title(scope, filterUnit);
		return new StatisticsReport(title, from, to, today, filterUnit != null && filterUnit.type() == Unit.Type.TOWNSHIP ? filterUnit.id() : null,
				filterUnit != null && filterUnit.type() == Unit.Type.VILLAGE ? filterUnit.id() : null, total, villages,
				townships, groups.types(), months);
	}

	/** Only the monthly figures (for dashboards): one query. */
	public List<MonthRow> monthly(DataScope scope, LocalDate from, LocalDate to) {
		checkRange(from, to);
		return months(query.groups(params(scope, scope.likePattern(), from, to), StatisticsQuery.BY_MONTH).months(), from, to);
	}

	/** Only the per-township figures (for dashboards): two queries. */
	public List<TownshipRow> perTownship(DataScope scope, LocalDate from, LocalDate to) {
		checkRange(from, to);
		Map<String, Object> params = params(scope, scope.likePattern(), from, to);
		return townships(villages(params, query.groups(params, StatisticsQuery.BY_VILLAGE).villages()));
	}

	/**
	 * The query parameters: the scope and the filter (LIKE patterns on the unit path), the range, today, and the county
	 * (the first unit of the scope's path) so that the (county, received_on) index narrows the scan; none for a
	 * scope over every county.
	 */
	private Map<String, Object> params(DataScope scope, String filter, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("scope", scope.likePattern());
		params.put("filter", filter);
		params.put("from", from);
		params.put("to", to);
		params.put("today", LocalDate.now(clock));
		String[] path = scope.pathPrefix().split("/");
		if (scope.kind() != DataScope.Kind.ALL && path.length > 1) {
			params.put("county", Long.parseLong(path[1]));
		}
		return params;
	}

	/** Axis labels for months: 6月 … when at most twelve (the range is stated beside the chart), else 2026-06. */
	public static List<String> monthLabels(List<MonthRow> months) {
		return months.stream().map(m -> months.size() <= 12 ? m.month().getMonthValue() + "月" : m.label()).toList();
	}

	/** A chart spec for {@code /js/charts.js}: grouped bars of 受理, 出具 and 不予出具 per label. */
	public static Map<String, Object> chartSpec(List<String> labels, List<StatisticsFigures> figures) {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("type", "bar");
		spec.put("labels", labels);
		spec.put("series", List.of(
				Map.of("name", "受理", "data", figures.stream().map(StatisticsFigures::requests).toList()),
				Map.of("name", "出具", "data", figures.stream().map(StatisticsFigures::issued).toList()),
				Map.of("name", "不予出具", "data", figures.stream().map(StatisticsFigures::refused).toList())));
		return spec;
	}

	/** Checks a report's range: both ends given, not inverted, at most {@link #MAX_MONTHS} calendar months. */
	public static void checkRange(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new RuleViolation("from", "请填写统计起止日期");
		}
		if (from.isAfter(to)) {
			throw new RuleViolation("from", "起始日期不能晚于截止日期");
		}
		if (YearMonth.from(from).plusMonths(MAX_MONTHS - 1).isBefore(YearMonth.from(to))) {
			throw new RuleViolation("to", "统计区间最长 " + MAX_MONTHS / 12 + " 年，请缩小日期范围");
		}
	}

	private Unit requireUnit(DataScope scope, long id, Unit.Type type, String what) {
		return units.unit(id, scope).filter(u -> u.type() == type).orElseThrow(() -> new NotFound(what));
	}

	/** The county, township and village names along the unit's path: 武功县苏坊镇田庄村. */
	private String title(DataScope scope, Unit filterUnit) {
		if (filterUnit == null && scope.kind() == DataScope.Kind.ALL) {
			return "全部县（市、区）";
		}
		String path = filterUnit != null ? filterUnit.path() : scope.pathPrefix();
		return Arrays.stream(path.split("/"))
			.filter(s -> !s.isEmpty())
			.map(Long::parseLong)
			.map(units::unit)
			.flatMap(java.util.Optional::stream)
			.map(Unit::name)
			.collect(Collectors.joining());
	}

	/**
	 * Every village of the filter in tree order with its figures: enabled villages in the scope and the filter (0 when
	 * they have no requests), and any other village with requests counted (one since disabled, say).
	 */
	private List<VillageRow> villages(Map<String, Object> params, Map<Long, StatisticsFigures> figures) {
		return unitTree.villagesInTreeOrder((String) params.get("scope"), (String) params.get("filter"), figures.keySet())
			.stream()
			.map(v -> new VillageRow(v.id(), v.name(), v.townshipId(), v.township(),
					figures.getOrDefault(v.id(), StatisticsFigures.ZERO)))
			.toList();
	}

	private static List<TownshipRow> townships(List<VillageRow> villages) {
		Map<Long, List<VillageRow>> byTownship = new LinkedHashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (VillageRow v : villages) {
			byTownship.computeIfAbsent(v.townshipId(), k -> new ArrayList<>()).add(v);
			names.put(v.townshipId(), v.township());
		}
		List<TownshipRow> rows = new ArrayList<>();
		byTownship.forEach((id, rowsOf) -> rows.add(new TownshipRow(id, names.get(id),
				StatisticsFigures.sum(rowsOf.stream().map(VillageRow::figures).toList()))));
		return rows;
	}

	private static List<MonthRow> months(Map<YearMonth, StatisticsFigures> found, LocalDate from, LocalDate to) {
		List<MonthRow> rows = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			rows.add(new MonthRow(m, found.getOrDefault(m, StatisticsFigures.ZERO)));
		}
		return rows;
	}
}
