package cn.qingdan.shared;

/** Masks personal data for display: 张*三, 138****1234, 320***********1234. */
public final class Masking {

	private Masking() {
	}

	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		String p = phone.strip();
		if (p.length() < 7) {
			return "*".repeat(p.length());
		}
		return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
	}

	public static String idNumber(String id) {
		if (id == null || id.isBlank()) {
			return "";
		}
		String s = id.strip();
		if (s.length() < 8) {
			return "*".repeat(s.length());
		}
		return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
	}

	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		int[] cps = name.strip().codePoints().toArray();
		if (cps.length == 1) {
			return "*";
		}
		if (cps.length == 2) {
			return new String(cps, 0, 1) + "*";
		}
		return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
	}
}
