package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Items as rows of text cells (Excel, the shipped CSV template, the diff view): one cell per {@link ItemColumn}.
 * Parsing reports every problem of a row in Chinese, naming the column.
 */
public final class ItemCells {

	private static final Pattern SEPARATORS = Pattern.compile("[；;、\\n]+");

	private static final Pattern LINES = Pattern.compile("[\\r\\n｜]+");

	private ItemCells() {
	}

	/** A parsed row: the item, or the problems that prevent it. */
	public record Parsed(int row, ItemContent item, List<String> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	public static String cell(ItemContent item, ItemColumn column) {
		return switch (column) {
			case CODE -> item.code();
			case LIST -> item.list() == null ? "" : item.list().label();
			case NAME -> item.name();
			case CATEGORY -> item.category();
			case DESCRIPTION -> item.description();
			case BASIS_DOCUMENT -> item.basisDocument();
			case BASIS_ARTICLE -> item.basisArticle();
			case DEPARTMENTS -> String.join("；", item.departments());
			case ALIASES -> String.join("；", item.aliases());
			case KEYWORDS -> String.join("；", item.keywords());
			case SOURCE -> item.source();
			case SOURCE_URL -> item.sourceUrl();
			case VALID_FROM -> item.validFrom() == null ? "" : item.validFrom().toString();
			case VALID_TO -> item.validTo() == null ? "" : item.validTo().toString();
			case FUNDING -> item.fundingPerVillageYear() == null ? "" : item.fundingPerVillageYear().stripTrailingZeros().toPlainString();
			case AGREEMENT -> item.agreementRequired() == null ? "" : item.agreementRequired() ? "是" : "否";
			case OCCURRENCES -> item.occurrencesPerYear() == null ? "" : item.occurrencesPerYear().toString();
			case HOURS -> item.hoursPerOccurrence() == null ? "" : item.hoursPerOccurrence().stripTrailingZeros().toPlainString();
			case GUIDE -> item.guide();
			case MATERIALS -> item.materials();
			case TEMPLATE -> item.templateText();
			case TIME_LIMIT -> item.timeLimitDays() == null ? "" : item.timeLimitDays().toString();
			case VERIFIER -> item.verifier();
			case ALTERNATIVE -> item.alternative();
			case NOTE -> item.note();
			case PATTERNS -> String.join("\n", item.patterns());
			case EXAMPLES -> String.join("\n", item.examples());
			case NEAR_MISSES -> String.join("\n", item.nearMisses());
			case PRICE_BASIS -> item.priceBasis();
			case SUPPLIERS -> String.join("；", item.eligibleSuppliers());
			case MIN_RATING -> item.minimumRating();
		};
	}

	/** All cells of an item, in column order, nulls as empty strings. */
	public static List<String> cells(ItemContent item) {
		return Arrays.stream(ItemColumn.values()).map(c -> nz(cell(item, c))).toList();
	}

	/** Parses one row (cells keyed by column; missing keys are empty) and checks it with {@link ItemRules}. */
	public static Parsed parse(int row, Map<ItemColumn, String> raw) {
		Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
		for (ItemColumn c : ItemColumn.values()) {
			String v = raw.get(c);
			cells.put(c, v == null ? "" : v.strip());
		}
		List<String> errors = new ArrayList<>();
		ListType list = null;
		if (!cells.get(ItemColumn.LIST).isEmpty()) {
			list = ListType.parse(cells.get(ItemColumn.LIST));
			if (list == null) {
				errors.add("“清单”列的值“" + cells.get(ItemColumn.LIST) + "”无法识别，应为：依法自治事项、依法协助政府工作事项、禁止准入事项、依法出具证明事项、不应出具证明事项、政府购买服务事项");
			}
		}
		LocalDate from = date(cells, ItemColumn.VALID_FROM, errors);
		LocalDate to = date(cells, ItemColumn.VALID_TO, errors);
		BigDecimal funding = decimal(cells, ItemColumn.FUNDING, errors);
		BigDecimal hours = decimal(cells, ItemColumn.HOURS, errors);
		Integer occurrences = integer(cells, ItemColumn.OCCURRENCES, errors);
		Integer limit = integer(cells, ItemColumn.TIME_LIMIT, errors);
		Boolean agreement = null;
		String a = cells.get(ItemColumn.AGREEMENT);
		if (!a.isEmpty()) {
			if (a.equals("是") || a.equalsIgnoreCase("Y") || a.equalsIgnoreCase("true")) {
				agreement = true;
			}
			else if (a.equals("否") || a.equalsIgnoreCase("N") || a.equalsIgnoreCase("false")) {
				agreement = false;
			}
			else {
				errors.add("“" + ItemColumn.AGREEMENT.header() + "”应填“是”或“否”，实为“" + a + "”");
			}
		}
		ItemContent item = new ItemContent(cells.get(ItemColumn.CODE).toUpperCase(), list, cells.get(ItemColumn.NAME),
				blank(cells.get(ItemColumn.CATEGORY)), blank(cells.get(ItemColumn.DESCRIPTION)),
				blank(cells.get(ItemColumn.BASIS_DOCUMENT)), blank(cells.get(ItemColumn.BASIS_ARTICLE)),
				split(cells.get(ItemColumn.DEPARTMENTS)), split(cells.get(ItemColumn.ALIASES)),
				split(cells.get(ItemColumn.KEYWORDS)), blank(cells.get(ItemColumn.SOURCE)),
				blank(cells.get(ItemColumn.SOURCE_URL)), from, to, funding, agreement, occurrences, hours,
				blank(cells.get(ItemColumn.GUIDE)), blank(cells.get(ItemColumn.MATERIALS)),
				blank(cells.get(ItemColumn.TEMPLATE)), limit, blank(cells.get(ItemColumn.VERIFIER)),
				blank(cells.get(ItemColumn.ALTERNATIVE)), blank(cells.get(ItemColumn.NOTE)),
				lines(cells.get(ItemColumn.PATTERNS)), lines(cells.get(ItemColumn.EXAMPLES)),
				lines(cells.get(ItemColumn.NEAR_MISSES)), blank(cells.get(ItemColumn.PRICE_BASIS)),
				split(cells.get(ItemColumn.SUPPLIERS)), rating(cells.get(ItemColumn.MIN_RATING)));
		if (errors.isEmpty() || list != null) {
			errors.addAll(ItemRules.check(item));
		}
		return new Parsed(row, errors.isEmpty() ? item : null, List.copyOf(errors));
	}

	/** 3A, 3a, ３Ａ, AAA → 3A; anything else as written (the rules then name it). */
	private static String rating(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC).toUpperCase().replace("级", "");
		return switch (t) {
			case "AAA" -> "3A";
			case "AAAA" -> "4A";
			case "AAAAA" -> "5A";
			default -> t;
		};
	}

	static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return SEPARATORS.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** One value per line (or per "｜"): patterns and example sentences may contain "、" and "；". */
	static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return LINES.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static LocalDate date(Map<ItemColumn, String> cells, ItemColumn column, List<String> errors) {
		String v = cells.get(column);
		if (v.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(v.replace('/', '-').replace('.', '-').length() == 10 ? v.replace('/', '-').replace('.', '-') : v);
		}
		catch (DateTimeParseException ex) {
			errors.add("“" + column.header() + "”日期格式不正确：“" + v + "”，应为 2026-01-31");
			return null;
		}
	}

	private static BigDecimal decimal(Map<ItemColumn, String> cells, ItemColumn column, List<String> errors) {
		String v = cells.get(column);
		if (v.isEmpty()) {
			return null;
		}
		try {
			BigDecimal d = new BigDecimal(v.replace(",", ""));
			if (d.signum() < 0) {
				errors.add("“" + column.header() + "”不能为负数");
			}
			return d;
		}
		catch (NumberFormatException ex) {
			errors.add("“" + column.header() + "”应为数字，实为“" + v + "”");
			return null;
		}
	}

	private static Integer integer(Map<ItemColumn, String> cells, ItemColumn column, List<String> errors) {
		String v = cells.get(column);
		if (v.isEmpty()) {
			return null;
		}
		try {
			BigDecimal d = new BigDecimal(v);
			int i = d.intValueExact();
			if (i < 0) {
				errors.add("“" + column.header() + "”不能为负数");
			}
			return i;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add("“" + column.header() + "”应为整数，实为“" + v + "”");
			return null;
		}
	}
}
