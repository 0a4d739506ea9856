package cn.qingdan.certificate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks of resident identity numbers (GB 11643-1999, 18 digits with an ISO 7064 MOD 11-2 check character). */
final class IdNumbers {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = "10X98765432".toCharArray();

	private IdNumbers() {
	}

	/** Null when valid, otherwise the Chinese reason. */
	static String problem(String id, LocalDate today) {
		if (id == null || id.isEmpty()) {
			return "请填写居民身份证号码";
		}
		if (!SHAPE.matcher(id).matches()) {
			return "身份证号码应为 18 位，前 17 位为数字，末位为数字或 X";
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			if (birth.isAfter(today) || birth.getYear() < 1890) {
				return "身份证号码中的出生日期不正确";
			}
		}
		catch (DateTimeException ex) {
			return "身份证号码中的出生日期不正确";
		}
		return checkChar(id) == id.charAt(17) ? null : "身份证号码校验位不正确，请核对";
	}

	static char checkChar(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	/** Completes 17 digits with their check character (demo data and tests). */
	static String complete(String first17) {
		return first17 + checkChar(first17);
	}
}
