package cn.qingdan.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Certificate serials: 100 random bits from a {@link SecureRandom}, written as 20 characters of Crockford's base32
 * (no I, L, O, U), shown in groups of five. Input is forgiving: case, dashes and spaces are ignored, and the letters
 * Crockford maps (I, L → 1; O → 0) are read as digits.
 */
final class Serials {

	static final int LENGTH = 20;
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final Pattern VALID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{20}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private Serials() {
	}

	static String next() {
		byte[] bytes = new byte[13]; // 104 bits, of which 100 are used
		RANDOM.nextBytes(bytes);
		StringBuilder sb = new StringBuilder(LENGTH);
		int buffer = 0;
		int bits = 0;
		int i = 0;
		while (sb.length() < LENGTH) {
			if (bits < 5) {
				buffer = (buffer << 8) | (bytes[i++] & 0xff);
				bits += 8;
			}
			sb.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
			bits -= 5;
		}
		return sb.toString();
	}

	/** The canonical serial of an input, or null when it cannot be one. */
	static String parse(String input) {
		if (input == null || input.length() > 64) {
			return null;
		}
		String s = input.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-－—_]", "").replace('I', '1').replace('L', '1')
			.replace('O', '0');
		return VALID.matcher(s).matches() ? s : null;
	}

	/** XXXXX-XXXXX-XXXXX-XXXXX */
	static String display(String serial) {
		if (serial == null || serial.length() != LENGTH) {
			return serial;
		}
		return serial.substring(0, 5) + "-" + serial.substring(5, 10) + "-" + serial.substring(10, 15) + "-"
				+ serial.substring(15);
	}
}
