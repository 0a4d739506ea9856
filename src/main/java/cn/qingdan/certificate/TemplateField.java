package cn.qingdan.certificate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blank of a certificate template (证明样式) that the clerk fills at issuance, with its type, so the form offers the
 * right input: a date picker for a date, two for a period, a number field, a list for a choice.
 * <p>
 * A template may state the type after a colon — {@code {起始日期:日期}}, {@code {起止日期:起止日期}},
 * {@code {面积:数字}}, {@code {居住方式:自有住房/租住}} (a choice), {@code {四至:文字}}. Without it the type follows the
 * name: a name with slashes is a choice of its parts ({@code {自有住房/租住}}), one ending in 起止日期 a period, one
 * ending in 日期 a date, 面积 / 人口 / 人数 / 时长 a number, 婚姻状况 a choice of the four statuses; anything else is
 * text.
 *
 * @param name the name as the template writes it (without the type)
 * @param kind the input it takes
 * @param options the choices of a {@link Kind#CHOICE}, otherwise empty
 */
record TemplateField(String name, Kind kind, List<String> options) {

	/** The input a blank takes. */
	public enum Kind {
		TEXT, DATE, PERIOD, NUMBER, CHOICE
	}

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");
	private static final List<String> MARITAL = List.of("未婚", "已婚", "离婚", "丧偶");

	/** The blank written {@code {spec}} in a template. */
	static TemplateField parse(String spec) {
		int colon = spec.indexOf(':') >= 0 ? spec.indexOf(':') : spec.indexOf('：');
		String name = (colon >= 0 ? spec.substring(0, colon) : spec).strip();
		String type = colon >= 0 ? spec.substring(colon + 1).strip() : "";
		if (!type.isEmpty()) {
			return switch (type) {
				case "日期" -> new TemplateField(name, Kind.DATE, List.of());
				case "起止日期" -> new TemplateField(name, Kind.PERIOD, List.of());
				case "数字" -> new TemplateField(name, Kind.NUMBER, List.of());
				case "文字" -> new TemplateField(name, Kind.TEXT, List.of());
				default -> type.contains("/") ? choice(name, type) : new TemplateField(name, Kind.TEXT, List.of());
			};
		}
		if (name.contains("/")) {
			return choice(name, name);
		}
		if (name.equals("婚姻状况")) {
			return new TemplateField(name, Kind.CHOICE, MARITAL);
		}
		if (name.endsWith("起止日期")) {
			return new TemplateField(name, Kind.PERIOD, List.of());
		}
		if (name.endsWith("日期")) {
			return new TemplateField(name, Kind.DATE, List.of());
		}
		if (name.endsWith("面积") || name.endsWith("人口") || name.endsWith("人数") || name.equals("时长")) {
			return new TemplateField(name, Kind.NUMBER, List.of());
		}
		return new TemplateField(name, Kind.TEXT, List.of());
	}

	private static TemplateField choice(String name, String options) {
		return new TemplateField(name, Kind.CHOICE,
				Arrays.stream(options.split("/")).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList());
	}

	/**
	 * The value as it goes into the certificate: dates in the document style (2018年3月1日), a period as 起至止, a
	 * number as typed, a choice exactly as offered.
	 *
	 * @param raw what the clerk entered (a date as 2018-03-01 from a date picker or 2018年3月1日; a period as two dates
	 *        joined by 至)
	 * @param issuedOn the day of issue: dates and the start of a period may not be later
	 * @throws IllegalArgumentException with the reason in Chinese
	 */
	String value(String raw, LocalDate issuedOn) {
		String v = raw == null ? "" : raw.strip();
		if (v.isEmpty()) {
			throw new IllegalArgumentException(kind == Kind.CHOICE ? "请选择“" + name + "”" : "请填写“" + name + "”");
		}
		return switch (kind) {
			case TEXT -> v;
			case DATE -> {
				LocalDate d = date(v);
				if (d.isAfter(issuedOn)) {
					throw new IllegalArgumentException("“" + name + "”不能晚于出具日期");
				}
				yield chinese(d);
			}
			case PERIOD -> {
				String[] parts = v.split("至|~|/");
				if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
					throw new IllegalArgumentException("请填写“" + name + "”的开始和结束日期");
				}
				LocalDate from = date(parts[0].strip());
				LocalDate to = date(parts[1].strip());
				if (to.isBefore(from)) {
					throw new IllegalArgumentException("“" + name + "”的结束日期不能早于开始日期");
				}
				if (from.isAfter(issuedOn)) {
					throw new IllegalArgumentException("“" + name + "”的开始日期不能晚于出具日期");
				}
				yield chinese(from) + "至" + chinese(to);
			}
			case NUMBER -> {
				if (!NUMBER.matcher(v).matches() || new BigDecimal(v).signum() <= 0) {
					throw new IllegalArgumentException("“" + name + "”请填写大于 0 的数字（最多两位小数）");
				}
				yield v;
			}
			case CHOICE -> {
				if (!options.contains(v)) {
					throw new IllegalArgumentException("“" + name + "”请从" + String.join("、", options) + "中选择");
				}
				yield v;
			}
		};
	}

	private LocalDate date(String v) {
		Matcher m = ISO.matcher(v);
		if (!m.matches()) {
			m = CHINESE.matcher(v);
		}
		if (!m.matches()) {
			throw new IllegalArgumentException("“" + name + "”请填写日期（如 2018年3月1日）");
		}
		try {
			LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (d.getYear() < 1900) {
				throw new IllegalArgumentException("“" + name + "”的日期不正确");
			}
			return d;
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("“" + name + "”的日期不正确");
		}
	}

	static String chinese(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}
}
