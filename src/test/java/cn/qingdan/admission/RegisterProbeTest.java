package cn.qingdan.admission;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check's fast counting gives what the regular-expression version gave (the reference is written here, as the
 * register had it before): the same bigrams and the same counts on random texts of Chinese characters, ASCII letters,
 * digits, blanks, every kind of punctuation the SQL function drops, and surrogate pairs.
 */
class RegisterProbeTest {

	/** The reference: blanks and punctuation removed by a regular expression, bigrams as two-character strings. */
	static Set<String> reference(String text) {
		String t = text.replaceAll("[\\s\\p{Punct}，。、；：？！“”‘’（）《》〔〕【】…—·]", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < t.length(); i++) {
			grams.add(t.substring(i, i + 2));
		}
		return grams;
	}

	static int referenceCommon(Set<String> probe, String text) {
		Set<String> grams = reference(text);
		return (int) probe.stream().filter(grams::contains).count();
	}

	private static final String ALPHABET = "请各村协助做好低保对象家庭情况走访和动态调整信息报送每季度一次县乡镇的工作准字第号"
			+ "abcXYZ0123456789 \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + RegisterProbe.SKIPPED + "\u00a0\u3000・：";

	static String random(Random r, int length) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (r.nextInt(40) == 0) {
				sb.appendCodePoint(0x20000 + r.nextInt(16));
			}
			else {
				sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
			}
		}
		return sb.toString();
	}

	@Test
	void theBigramsAreTheRegularExpressionsBigrams() {
		Random r = new Random(20261202);
		for (int i = 0; i < 5_000; i++) {
			String t = random(r, r.nextInt(120));
			assertThat(RegisterProbe.bigrams(t)).as(t).isEqualTo(reference(t));
		}
	}

	@Test
	void theCountsAreTheReferenceCounts() {
		Random r = new Random(7);
		for (int i = 0; i < 5_000; i++) {
			String probeText = random(r, 10 + r.nextInt(150));
			Set<String> probe = reference(probeText);
			RegisterProbe fast = new RegisterProbe(probe);
			for (int j = 0; j < 5; j++) {
				String text = j == 0 ? probeText : j == 1 ? "前言" + probeText.substring(probeText.length() / 3) : random(r, r.nextInt(300));
				assertThat(fast.common(text)).as(text).isEqualTo(referenceCommon(probe, text));
			}
			assertThat(fast.common(probeText)).isEqualTo(probe.size());
		}
	}

	@Test
	void aKnownCount() {
		RegisterProbe probe = new RegisterProbe(RegisterProbe.bigrams("低保对象走访"));
		assertThat(probe.size()).isEqualTo(5);
		// 低保、保对、对象、走访 (象走 is broken by 家庭)
		assertThat(probe.common("请各村做好低保对象（家庭）走访，低保对象每季度一次。")).isEqualTo(4);
		assertThat(probe.common("")).isZero();
	}
}
