package cn.qingdan.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Rules of the certificate module that need no database: serials, ID numbers, templates, canonical content. */
class CertificateUnitsTest {

	@Test
	void serialsAreTwentyCrockfordCharactersAndUnique() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String s = Serials.next();
			assertThat(s).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]{20}");
			assertThat(seen.add(s)).as("100 random bits never repeat in 20,000 draws").isTrue();
		}
	}

	@Test
	void serialsAreReadForgivingly() {
		String s = Serials.next();
		String display = Serials.display(s);
		assertThat(display).matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(Serials.parse(display)).isEqualTo(s);
		assertThat(Serials.parse(" " + display.toLowerCase() + " ")).isEqualTo(s);
		assertThat(Serials.parse("ABCDE-FGHIO-KLMNP-QRSTV")).as("O→0, I→1, L→1").isEqualTo("ABCDEFGH10K1MNPQRSTV");
		assertThat(Serials.parse("too-short")).isNull();
		assertThat(Serials.parse("ABCDEFGHJKMNPQRSTVWU")).as("U is not in the alphabet").isNull();
		assertThat(Serials.parse(null)).isNull();
		assertThat(Serials.parse("<script>alert(1)</script>")).isNull();
	}

	@Test
	void idNumbersAreCheckedByChecksumAndBirthDate() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		String valid = IdNumbers.complete("61043119900101123");
		assertThat(IdNumbers.problem(valid, today)).isNull();
		assertThat(IdNumbers.problem("11010519491231002X", today)).as("the standard's own example").isNull();
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		assertThat(IdNumbers.problem(valid.substring(0, 17) + wrong, today)).contains("校验位");
		assertThat(IdNumbers.problem("61043119901301123X", today)).contains("出生日期");
		assertThat(IdNumbers.problem(IdNumbers.complete("61043120990101123"), today)).contains("出生日期");
		assertThat(IdNumbers.problem("6104311990", today)).contains("18 位");
		assertThat(IdNumbers.problem("", today)).contains("请填写");
	}

	@Test
	void templatesFillKnownValuesAndAskTheClerkForTheRest() {
		String template = "兹证明{申请人姓名}（身份证号：{身份证号}）自{起始日期}起在本村{居住地址}实际居住（{自有住房/租住}），至今未间断。"
				+ "此证明仅用于{事由}。特此证明。{村民委员会名称}（盖章）{出具日期}";
		assertThat(CertificateTemplates.clerkFields(template)).containsExactly("起始日期", "居住地址", "自有住房/租住");
		String body = CertificateTemplates.fill(template, new CertificateTemplates.Known("张三", "610431199001011234",
				"子女入学", "田庄村委会", "二〇二六年十一月二十三日"),
				Map.of("起始日期", "2018年3月1日", "居住地址", "三组12号", "自有住房/租住", "自有住房"));
		assertThat(body).isEqualTo("兹证明张三（身份证号：610431199001011234）自2018年3月1日起在本村三组12号实际居住（自有住房），"
				+ "至今未间断。此证明仅用于子女入学。特此证明。");
		assertThatThrownBy(() -> CertificateTemplates.fill(template, new CertificateTemplates.Known("张三", "1", "x", "v", "d"),
				Map.of("起始日期", "2018年"))).hasMessage("居住地址");
		assertThat(CertificateTemplates.fill("{学生姓名}参加{活动内容}，金额$1\\2。", new CertificateTemplates.Known("李四", "", "", "", ""),
				Map.of("活动内容", "义务劳动"))).as("regex metacharacters in values stay literal").isEqualTo("李四参加义务劳动，金额$1\\2。");
	}

	@Test
	void officialChineseDates() {
		assertThat(CertificateTemplates.chineseDate(LocalDate.of(2026, 11, 23))).isEqualTo("二〇二六年十一月二十三日");
		assertThat(CertificateTemplates.chineseDate(LocalDate.of(2026, 1, 10))).isEqualTo("二〇二六年一月十日");
		assertThat(CertificateTemplates.chineseDate(LocalDate.of(2030, 10, 31))).isEqualTo("二〇三〇年十月三十一日");
	}

	@Test
	void canonicalContentChangesWithEveryFieldAndCannotBeForgedByNewlines() {
		CertificateContent base = new CertificateContent("S", "N", "610431", "610431101200", "田庄村委会", "ZM-01", "居住证明",
				"入学", "张三", "610431199001011234", LocalDate.of(2026, 11, 23), "正文");
		byte[] b = base.canonical();
		assertThat(new String(b, java.nio.charset.StandardCharsets.UTF_8)).startsWith("QINGDAN-CERTIFICATE/1\nserial=S\n");
		assertThat(new CertificateContent("S", "N", "610431", "610431101200", "田庄村委会", "ZM-01", "居住证明", "入学", "张四",
				"610431199001011234", LocalDate.of(2026, 11, 23), "正文").canonical()).isNotEqualTo(b);
		assertThat(new CertificateContent("S", "N", "610431", "610431101200", "田庄村委会", "ZM-01", "居住证明", "入学", "张三",
				"610431199001011234", LocalDate.of(2026, 11, 24), "正文").canonical()).isNotEqualTo(b);
		// a value that tries to start a new line is escaped, so it cannot pose as another field
		CertificateContent forged = new CertificateContent("S", "N", "610431", "610431101200", "田庄村委会", "ZM-01",
				"居住证明\nholderName=王五", "入学", "张三", "610431199001011234", LocalDate.of(2026, 11, 23), "正文");
		assertThat(new String(forged.canonical(), java.nio.charset.StandardCharsets.UTF_8)).contains("title=居住证明\\nholderName=王五\n");
	}

	@Test
	void villageShortNames() {
		assertThat(Certificates.shortName("田庄村委会")).isEqualTo("田庄村");
		assertThat(Certificates.shortName("东街社区居委会")).isEqualTo("东街社区");
		assertThat(Certificates.shortName("河道村民委员会")).isEqualTo("河道村");
		assertThat(Certificates.shortName("村委会")).isEqualTo("村委会");
	}
}
