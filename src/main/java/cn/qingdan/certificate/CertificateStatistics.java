package cn.qingdan.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.DataScope;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Certificate statistics (证明开具统计) over the requests received in a date range, within the actor's data scope and
 * optionally one township or village: per village (and township), per certificate type and per month, with a totals
 * row. Counts follow each request's current status. Two queries per report: one scan of the requests added up by
 * grouping sets (per village, per type, per month), and one naming the villages in tree order; townships and totals
 * are sums of the village rows, so every request is counted exactly once.
 *
 * <p>On-time rate (按时办结率) = requests completed (issued or refused) on or before their deadline ÷ (completed requests
 * that had a deadline + open requests already past their deadline), as a percentage with one decimal; {@code null}
 * when nothing had a deadline.
 */
@Service
class CertificateStatistics {

	/** Longest range a report covers. */
	public static final int MAX_MONTHS = 60;

	static final String OPEN = "('AWAITING_BASIS','AWAITING_DELIBERATION','AWAITING_APPROVAL','IN_PROGRESS')";
	static final String COMPLETED = "('ISSUED','REVOKED','REFUSED')";

	/** Why a request was refused (certificate_request.refusal_reason). */
	public enum Refusal {
		NOT_ISSUABLE("属不应由村出具的证明", "不应出具"),
		NO_LEGAL_BASIS("用证单位未提供法定依据", "无依据"),
		FACTS_NOT_VERIFIED("经核实情况不属实", "不属实"),
		NOT_AGREED("议事或审批未同意", "未同意"),
		WITHDRAWN("申请人撤回", "撤回"),
		/** Refused without a reason this report knows. */
		OTHER("其他原因", "其他");

		private final String label;
		private final String shortLabel;

		Refusal(String label, String shortLabel) {
			this.label = label;
			this.shortLabel = shortLabel;
		}

		public String label() {
			return label;
		}

		/** For chart axes, where the full label would not fit on a phone. */
		public String shortLabel() {
			return shortLabel;
		}
	}

	/** The catalogue's verdict on the certificate asked for (certificate_request.decision). */
	public enum Decision {
		RETAINED("依法出具"), NOT_ISSUABLE("不应出具"), UNLISTED("清单未列");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		static Decision of(String s) {
			if (s == null) {
				return UNLISTED;
			}
			try {
				return valueOf(s);
			}
			catch (IllegalArgumentException ex) {
				return UNLISTED;
			}
		}
	}

	/**
	 * The figures of one row.
	 *
	 * @param requests requests received (受理)
	 * @param issued issued, including those revoked since (出具)
	 * @param refused refused (不予出具), broken down in {@code refusals}
	 * @param revoked issued, then revoked (撤销)
	 * @param open still open (办理中: awaiting basis, deliberation, approval or in progress)
	 * @param overdue open and past the deadline (逾期未办结)
	 * @param onTime completed on or before the deadline
	 * @param timed the on-time rate's denominator: completed with a deadline + open past the deadline
	 * @param refusals refused per reason, every reason present (0 when none)
	 */
	public record Figures(long requests, long issued, long refused, long revoked, long open, long overdue,
			long onTime, long timed, Map<Refusal, Long> refusals) {

		public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, refusalMap(new long[Refusal.values().length]));

		/** 按时办结率 in percent, one decimal, or {@code null} when nothing had a deadline. */
		public BigDecimal onTimeRate() {
			if (timed == 0) {
				return null;
			}
			return BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(timed), 1, RoundingMode.HALF_UP);
		}

		/** The rate as shown on screen: {@code 93.5%}, or a dash. */
		public String onTimeRateText() {
			BigDecimal r = onTimeRate();
			return r == null ? "—" : r.toPlainString() + "%";
		}

		public long refused(Refusal reason) {
			return refusals.getOrDefault(reason, 0L);
		}

		public static Figures sum(Collection<Figures> all) {
			long[] s = new long[8];
			long[] r = new long[Refusal.values().length];
			for (Figures f : all) {
				s[0] += f.requests;
				s[1] += f.issued;
				s[2] += f.refused;
				s[3] += f.revoked;
				s[4] += f.open;
				s[5] += f.overdue;
				s[6] += f.onTime;
				s[7] += f.timed;
				for (Refusal reason : Refusal.values()) {
					r[reason.ordinal()] += f.refused(reason);
				}
			}
			return new Figures(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], refusalMap(r));
		}

		private static Map<Refusal, Long> refusalMap(long[] counts) {
			Map<Refusal, Long> m = new EnumMap<>(Refusal.class);
			for (Refusal reason : Refusal.values()) {
				m.put(reason, counts[reason.ordinal()]);
			}
			return Collections.unmodifiableMap(m);
		}
	}

	public record VillageRow(long villageId, String village, Long townshipId, String township, Figures figures) {
	}

	public record TownshipRow(Long townshipId, String township, Figures figures) {
	}

	/**
	 * One certificate type: a catalogue item (named as recorded on its requests; should a later catalogue version
	 * have renamed it, the alphabetically last name), or (code {@code null}) the requests not matched to an item,
	 * one row per decision.
	 */
	public record TypeRow(String code, String name, Decision decision, Figures figures) {
	}

	public record MonthRow(YearMonth month, Figures figures) {

		public String label() {
			return month.toString();
		}
	}

	/**
	 * A whole report.
	 *
	 * @param title what the report covers, e.g. 武功县苏坊镇
	 * @param from first day of the range (by received_on)
	 * @param to last day of the range
	 * @param today the day open requests were judged overdue against
	 * @param townshipId the township filter, if any
	 * @param villageId the village filter, if any
	 */
	public record Report(String title, LocalDate from, LocalDate to, LocalDate today, Long townshipId, Long villageId,
			Figures total, List<VillageRow> villages, List<TownshipRow> townships, List<TypeRow> types,
			List<MonthRow> months) {
	}

	/**
	 * The requests of the report (in scope, in the filter, received in the range), each with its grouping keys and
	 * 0/1 flags computed once, so that the grouping sets below only add them up.
	 */
	private static final String REQUESTS;

	/** The figures of a group, from the flags of {@link #REQUESTS}. */
	private static final String FIGURES;

	static {
		Map<String, String> flags = new LinkedHashMap<>();
		flags.put("issued", "status in ('ISSUED','REVOKED')");
		flags.put("refused", "status = 'REFUSED'");
		flags.put("revoked", "status = 'REVOKED'");
		flags.put("open", "status in " + OPEN);
		flags.put("overdue", "status in " + OPEN + " and due_on < :today");
		flags.put("on_time", "status in " + COMPLETED + " and completed_on is not null and due_on is not null and completed_on <= due_on");
		flags.put("timed", "status in " + COMPLETED + " and completed_on is not null and due_on is not null or status in " + OPEN
				+ " and due_on < :today");
		for (Refusal reason : Refusal.values()) {
			if (reason != Refusal.OTHER) {
				flags.put("r_" + reason.name().toLowerCase(), "status = 'REFUSED' and refusal_reason = '" + reason.name() + "'");
			}
		}
		REQUESTS = "r as (select village_unit_id as vid, item_code, case when item_code is null then decision end as code_less,"
				+ " received_on - extract(day from received_on)::int + 1 as month, item_name, decision, "
				+ flags.entrySet().stream().map(e -> "coalesce(" + e.getValue() + ", false)::int as f_" + e.getKey())
					.collect(Collectors.joining(", "))
				+ " from certificate_request where %s and received_on between :from and :to)";
		FIGURES = "count(*) as requests, " + flags.keySet().stream().map(k -> "sum(f_" + k + ") as " + k)
			.collect(Collectors.joining(", "));
	}

	/** Grouping sets: per village, per certificate type (catalogue item, or decision when no item), per month. */
	private static final String BY_VILLAGE = "(vid)";
	private static final String BY_TYPE = "(item_code, code_less)";
	private static final String BY_MONTH = "(month)";

	private final JdbcClient jdbc;
	private final Units units;
	private final Clock clock;

	CertificateStatistics(JdbcClient jdbc, Units units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
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
	public Report report(DataScope scope, LocalDate from, LocalDate to, Long townshipId, Long villageId) {
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

		Groups groups = groups(params, BY_VILLAGE, BY_TYPE, BY_MONTH);
		List<VillageRow> villages = villages(params, groups.villages());
		List<TownshipRow> townships = townships(villages);
		List<MonthRow> months = months(groups.months(), from, to);
		Figures total = Figures.sum(groups.villages().values());
		String title = title(scope, filterUnit);
		return new Report(title, from, to, today, filterUnit != null && filterUnit.type() == Unit.Type.TOWNSHIP ? filterUnit.id() : null,
				filterUnit != null && filterUnit.type() == Unit.Type.VILLAGE ? filterUnit.id() : null, total, villages,
				townships, groups.types(), months);
	}

	/** Only the monthly figures (for dashboards): one query. */
	public List<MonthRow> monthly(DataScope scope, LocalDate from, LocalDate to) {
		checkRange(from, to);
		return months(groups(params(scope, scope.likePattern(), from, to), BY_MONTH).months(), from, to);
	}

	/** Only the per-township figures (for dashboards): two queries. */
	public List<TownshipRow> perTownship(DataScope scope, LocalDate from, LocalDate to) {
		checkRange(from, to);
		Map<String, Object> params = params(scope, scope.likePattern(), from, to);
		return townships(villages(params, groups(params, BY_VILLAGE).villages()));
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
	public static Map<String, Object> chartSpec(List<String> labels, List<Figures> figures) {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("type", "bar");
		spec.put("labels", labels);
		spec.put("series", List.of(
				Map.of("name", "受理", "data", figures.stream().map(Figures::requests).toList()),
				Map.of("name", "出具", "data", figures.stream().map(Figures::issued).toList()),
				Map.of("name", "不予出具", "data", figures.stream().map(Figures::refused).toList())));
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

	/** The figures per village, per type and per month, as asked for by the grouping sets. */
	private record Groups(Map<Long, Figures> villages, List<TypeRow> types, Map<YearMonth, Figures> months) {
	}

	/** One scan of the requests, added up per grouping set. */
	private Groups groups(Map<String, Object> params, String... sets) {
		Map<Long, Figures> villages = new HashMap<>();
		List<TypeRow> types = new ArrayList<>();
		Map<YearMonth, Figures> months = new HashMap<>();
		List<String> asked = Arrays.asList(sets);
		boolean perVillage = asked.contains(BY_VILLAGE);
		boolean perType = asked.contains(BY_TYPE);
		boolean perMonth = asked.contains(BY_MONTH);
		// a column outside every grouping set may not be selected: name it only when grouped by
		String requests = REQUESTS.formatted(where(params));
		jdbc.sql("with " + requests + "\n select "
				+ (perVillage ? "grouping(vid) = 0" : "false") + " as by_village, "
				+ (perType ? "grouping(item_code) = 0" : "false") + " as by_type, "
				+ (perVillage ? "vid" : "null") + " as vid, "
				+ (perType ? "item_code" : "null") + " as item_code, "
				+ (perMonth ? "month" : "null") + " as month, min(decision) as decision, "
				+ (perType ? "max(item_name)" : "null") + " as name, "
				+ FIGURES + " from r group by grouping sets (" + String.join(", ", sets) + ")")
			.params(params)
			.query((rs, n) -> {
				Figures f = figures(rs);
				if (rs.getBoolean("by_village")) {
					villages.put(rs.getLong("vid"), f);
				}
				else if (rs.getBoolean("by_type")) {
					types.add(typeRow(rs.getString("item_code"), rs.getString("name"), Decision.of(rs.getString("decision")), f));
				}
				else {
					months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), f);
				}
				return null;
			})
			.list();
		types.sort(Comparator.comparing((TypeRow t) -> t.code() == null).thenComparing(TypeRow::decision)
			.thenComparing(TypeRow::code, Comparator.nullsLast(Comparator.naturalOrder())));
		return new Groups(villages, types, months);
	}

	/**
	 * Which requests: of the county (when the scope has one, for the index), in the scope and in the filter. A pattern
	 * without a wildcard (a village) is compared with {@code =}, so that the index on the village path serves it.
	 */
	private static String where(Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (params.containsKey("county")) {
			conditions.add("county_unit_id = :county");
		}
		for (String p : List.of("scope", "filter")) {
			conditions.add("village_path " + (((String) params.get(p)).endsWith("%") ? "like" : "=") + " :" + p);
		}
		return String.join(" and ", conditions);
	}

	private static TypeRow typeRow(String code, String name, Decision decision, Figures f) {
		String label = code != null ? (name == null ? code : name) : switch (decision) {
			case UNLISTED -> "清单未列的证明";
			case RETAINED -> "未对应清单事项（依法出具）";
			case NOT_ISSUABLE -> "未对应清单事项（不应出具）";
		};
		return new TypeRow(code, label, decision, f);
	}

	/**
	 * Every village of the filter in tree order with its figures: enabled villages in the scope and the filter (0 when
	 * they have no requests), and any other village with requests counted (one since disabled, say).
	 */
	private List<VillageRow> villages(Map<String, Object> params, Map<Long, Figures> figures) {
		List<Long> counted = figures.isEmpty() ? List.of(-1L) : List.copyOf(figures.keySet());
		return jdbc.sql("""
				select v.id, v.name, t.id as township_id, t.name as township from unit v left join unit t on t.id = v.parent_id
				where v.type = 'VILLAGE' and v.enabled and v.path like :scope and v.path like :filter or v.id in (:counted)
				order by t.sort_order, t.region_code, t.name, t.id, v.sort_order, v.region_code, v.name, v.id""")
			.params(params)
			.param("counted", counted)
			.query((rs, n) -> new VillageRow(rs.getLong("id"), rs.getString("name"), rs.getObject("township_id", Long.class),
					rs.getString("township"), figures.getOrDefault(rs.getLong("id"), Figures.ZERO)))
			.list();
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
				Figures.sum(rowsOf.stream().map(VillageRow::figures).toList()))));
		return rows;
	}

	private static List<MonthRow> months(Map<YearMonth, Figures> found, LocalDate from, LocalDate to) {
		List<MonthRow> rows = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			rows.add(new MonthRow(m, found.getOrDefault(m, Figures.ZERO)));
		}
		return rows;
	}

	/** Reads the {@link #FIGURES} columns. */
	private static Figures figures(ResultSet rs) throws SQLException {
		long refused = rs.getLong("refused");
		long[] reasons = new long[Refusal.values().length];
		long known = 0;
		for (Refusal reason : Refusal.values()) {
			if (reason != Refusal.OTHER) {
				reasons[reason.ordinal()] = rs.getLong("r_" + reason.name().toLowerCase());
				known += reasons[reason.ordinal()];
			}
		}
		reasons[Refusal.OTHER.ordinal()] = refused - known;
		return new Figures(rs.getLong("requests"), rs.getLong("issued"), refused, rs.getLong("revoked"),
				rs.getLong("open"), rs.getLong("overdue"), rs.getLong("on_time"), rs.getLong("timed"),
				Figures.refusalMap(reasons));
	}
}
