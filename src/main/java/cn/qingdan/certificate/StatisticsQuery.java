package cn.qingdan.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.certificate.StatisticsFigures.Refusal;
import cn.qingdan.certificate.StatisticsReport.Decision;
import cn.qingdan.certificate.StatisticsReport.TypeRow;

/**
 * The one scan behind every certificate statistic: the requests in scope, in the filter and in the range, each with
 * its grouping keys and 0/1 flags computed once, added up by grouping sets (per village, per certificate type, per
 * month). Reads only the module's own {@code certificate_request} table.
 */
@Component
class StatisticsQuery {

	static final String OPEN = "('AWAITING_BASIS','AWAITING_DELIBERATION','AWAITING_APPROVAL','IN_PROGRESS')";
	static final String COMPLETED = "('ISSUED','REVOKED','REFUSED')";

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
	static final String BY_VILLAGE = "(vid)";
	static final String BY_TYPE = "(item_code, code_less)";
	static final String BY_MONTH = "(month)";

	private final JdbcClient jdbc;

	StatisticsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The figures per village, per type and per month, as asked for by the grouping sets. */
	record Groups(Map<Long, StatisticsFigures> villages, List<TypeRow> types, Map<YearMonth, StatisticsFigures> months) {
	}

	/** One scan of the requests, added up per grouping set. */
	Groups groups(Map<String, Object> params, String... sets) {
		Map<Long, StatisticsFigures> villages = new HashMap<>();
		List<TypeRow> types = new ArrayList<>();
		Map<YearMonth, StatisticsFigures> months = new HashMap<>();
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
				StatisticsFigures f = figures(rs);
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

	private static TypeRow typeRow(String code, String name, Decision decision, StatisticsFigures f) {
		String label = code != null ? (name == null ? code : name) : switch (decision) {
			case UNLISTED -> "清单未列的证明";
			case RETAINED -> "未对应清单事项（依法出具）";
			case NOT_ISSUABLE -> "未对应清单事项（不应出具）";
		};
		return new TypeRow(code, label, decision, f);
	}

	/** Reads the {@link #FIGURES} columns. */
	private static StatisticsFigures figures(ResultSet rs) throws SQLException {
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
		return new StatisticsFigures(rs.getLong("requests"), rs.getLong("issued"), refused, rs.getLong("revoked"),
				rs.getLong("open"), rs.getLong("overdue"), rs.getLong("on_time"), rs.getLong("timed"),
				StatisticsFigures.refusalMap(reasons));
	}
}
