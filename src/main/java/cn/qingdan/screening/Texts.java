package cn.qingdan.screening;

/** Text normalisation that keeps every character's position (so matches can be highlighted in the original). */
final class Texts {

	private Texts() {
	}

	/** Full-width ASCII to half-width, upper to lower case; same length as the input. */
	static String normalise(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' && c != '\uFF1B' && c != '\uFF01' && c != '\uFF1F'
					&& c != '\uFF08' && c != '\uFF09' && c != '\uFF1A') {
				c = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000') {
				c = ' ';
			}
			out[i] = Character.toLowerCase(c);
		}
		return new String(out);
	}
}
