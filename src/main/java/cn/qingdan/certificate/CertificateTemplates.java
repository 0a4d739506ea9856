package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a catalogue item's certificate template (证明样式). Placeholders are written {名称}; those the system knows
 * (the applicant's name and ID number, the purpose, the village's name) are filled in, the others the clerk fills at
 * issuance. The template's closing "{…名称}（盖章）{出具日期}" is dropped: the printed certificate carries the village
 * and the date in its signature block. Each blank has a type ({@link TemplateField}).
 */
final class CertificateTemplates {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]{1,30})\\}");
	private static final Pattern CLOSING = Pattern.compile("\\{[^{}]*名称\\}（盖章）\\{出具日期\\}\\s*$");
	static final int MAX_VALUE = 200;

	/** What the system fills in. */
	record Known(String holderName, String idNumber, String purpose, String villageName, String date) {

		@Override
		public String toString() {
			return "Known[******]";
		}
	}

	private CertificateTemplates() {
	}

	/** The template without its closing signature block. */
	static String body(String template) {
		return template == null ? "" : CLOSING.matcher(template.strip()).replaceFirst("").strip();
	}

	/** Placeholders the clerk must fill, in order of appearance, each once, with their types. */
	static List<TemplateField> clerkFields(String template) {
		Map<String, TemplateField> fields = new LinkedHashMap<>();
		Matcher m = PLACEHOLDER.matcher(body(template));
		while (m.find()) {
			TemplateField f = TemplateField.parse(m.group(1));
			if (known(f.name(), new Known("", "", "", "", "")) == null) {
				fields.putIfAbsent(f.name(), f);
			}
		}
		return new ArrayList<>(fields.values());
	}

	/** A clerk's value that is missing or does not fit its blank's type. */
	static final class FieldProblem extends IllegalArgumentException {

		private final String field;

		FieldProblem(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return field;
		}
	}

	/**
	 * The certificate text: known values and the clerk's values put in, each clerk's value checked against its type.
	 *
	 * @throws FieldProblem for the first value missing or not fitting
	 */
	static String fill(String template, Known known, Map<String, String> values, LocalDate issuedOn) {
		Matcher m = PLACEHOLDER.matcher(body(template));
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			TemplateField field = TemplateField.parse(m.group(1));
			String value = known(field.name(), known);
			if (value == null) {
				try {
					value = field.value(values.get(field.name()), issuedOn);
				}
				catch (IllegalArgumentException problem) {
					throw new FieldProblem(field.name(), problem.getMessage());
				}
			}
			if (value == null || value.isBlank()) {
				throw new FieldProblem(field.name(), "请填写“" + field.name() + "”");
			}
			m.appendReplacement(sb, Matcher.quoteReplacement(value.strip()));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	private static String known(String name, Known k) {
		if (name.endsWith("姓名")) {
			return k.holderName();
		}
		if (name.equals("身份证号") || name.equals("身份证号码")) {
			return k.idNumber();
		}
		if (name.equals("事由") || name.equals("用途")) {
			return k.purpose();
		}
		if (name.equals("村民委员会名称") || name.equals("居民委员会名称") || name.equals("村（社区）名称")) {
			return k.villageName();
		}
		if (name.equals("出具日期")) {
			return k.date();
		}
		return null;
	}

	/** 二〇二六年十一月二十三日 (the official style of dates in documents). */
	static String chineseDate(java.time.LocalDate d) {
		return cn.qingdan.workflow.document.DocumentText.chineseDate(d);
	}
}
