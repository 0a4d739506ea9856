package cn.qingdan.screening;

/** Text normalisation that keeps every character's position (so matches can be highlighted in the original). */
final class Texts {

	private Texts() {
	}

	/**
	 * The words for a village's organisation in a community or pastoral area read as the village's, keeping every
	 * position (社区 → 村里, 居委会 → 村委会, 嘎查 → 村里): a burden imposed on a 社区 is the same burden (民发〔2015〕136号
	 * lists it for communities, the 2022 opinion for villages). Used to read the structure and find burden mechanisms, never for the topic.
	 */
	static String villageWords(String norm) {
		return norm.replace("社区", "村里").replace("居委会", "村委会").replace("嘎查", "村里");
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
