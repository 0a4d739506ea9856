package cn.qingdan.admission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issues admission numbers per county and year: 〔2026〕准字第0001号 (and 〔2026〕备字第0001号 for filed emergencies). */
@Component
class AdmissionNumbers {

	private final JdbcClient jdbc;

	AdmissionNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(long countyUnitId, int year, boolean filing) {
		int seq = jdbc.sql("""
				insert into admission_sequence (county_unit_id, year, last_value) values (?, ?, 1)
				on conflict (county_unit_id, year) do update set last_value = admission_sequence.last_value + 1
				returning last_value""")
			.params(countyUnitId, filing ? -year : year)
			.query(Integer.class)
			.single();
		return format(year, seq, filing);
	}

	static String format(int year, int seq, boolean filing) {
		return "〔" + year + "〕" + (filing ? "备" : "准") + "字第" + String.format("%04d", seq) + "号";
	}

	/** Normalises what a user typed (half-width brackets, spaces, missing 第/号) to the canonical form, if it is one. */
	static String normalise(String input) {
		if (input == null) {
			return null;
		}
		String s = input.strip().replace(" ", "").replace("[", "〔").replace("]", "〕").replace("［", "〔")
			.replace("］", "〕").replace("(", "〔").replace(")", "〕").replace("（", "〔").replace("）", "〕");
		var m = java.util.regex.Pattern.compile("〔?(\\d{4})〕?(准|备)字?第?(\\d{1,6})号?").matcher(s);
		if (!m.matches()) {
			return null;
		}
		return format(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(2).equals("备"));
	}
}
