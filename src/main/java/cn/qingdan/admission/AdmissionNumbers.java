package cn.qingdan.admission;

import org.springframework.stereotype.Component;

import cn.qingdan.workflow.numbering.Numbering;

/** Issues admission numbers per county and year: 〔2026〕准字第0001号 (and 〔2026〕备字第0001号 for filed emergencies). */
@Component
class AdmissionNumbers {

	private final Numbering numbering;

	AdmissionNumbers(Numbering numbering) {
		this.numbering = numbering;
	}

	String next(long countyUnitId, int year, boolean filing) {
		int seq = numbering.next(filing ? Numbering.ADMISSION_FILING : Numbering.ADMISSION, countyUnitId, year);
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
