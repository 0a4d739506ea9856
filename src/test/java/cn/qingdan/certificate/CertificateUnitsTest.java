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
		assertThat(CertificateTemplates.clerkFields(template)).extracting(TemplateField::name)
			.containsExactly("起始日期", "居住地址", "自有住房/租住");
		LocalDate today = LocalDate.of(2026, 11, 23);
		String body = CertificateTemplates.fill(template, new CertificateTemplates.Known("张三", "610431199001011234",
				"子女入学", "田庄村委会", "二〇二六年十一月二十三日"),
				Map.of("起始日期", "2018-03-01", "居住地址", "三组12号", "自有住房/租住", "自有住房"), today);
		assertThat(body).isEqualTo("兹证明张三（身份证号：610431199001011234）自2018年3月1日起在本村三组12号实际居住（自有住房），"
				+ "至今未间断。此证明仅用于子女入学。特此证明。");
		assertThatThrownBy(() -> CertificateTemplates.fill(template, new CertificateTemplates.Known("张三", "1", "x", "v", "d"),
				Map.of("起始日期", "2018年3月1日"), today)).hasMessage("请填写“居住地址”").extracting("field").isEqualTo("居住地址");
		assertThat(CertificateTemplates.fill("{学生姓名}参加{活动内容}，金额$1\\2。", new CertificateTemplates.Known("李四", "", "", "", ""),
				Map.of("活动内容", "义务劳动"), today)).as("regex metacharacters in values stay literal").isEqualTo("李四参加义务劳动，金额$1\\2。");
	}

	@Test
	void templateBlanksAreTypedByNameOrByAnExplicitType() {
		String zm = "自{起始日期}起（{自有住房/租住}），于{起止日期}参加，面积约{面积}平方米，{婚姻状况}，{四至}，{报到日期}，"
				+ "{居住方式:自有住房/租住/借住}，{开始:日期}，{编号:文字}，{户数:数字}";
		assertThat(CertificateTemplates.clerkFields(zm)).extracting(TemplateField::name, TemplateField::kind).containsExactly(
				org.assertj.core.groups.Tuple.tuple("起始日期", TemplateField.Kind.DATE),
				org.assertj.core.groups.Tuple.tuple("自有住房/租住", TemplateField.Kind.CHOICE),
				org.assertj.core.groups.Tuple.tuple("起止日期", TemplateField.Kind.PERIOD),
				org.assertj.core.groups.Tuple.tuple("面积", TemplateField.Kind.NUMBER),
				org.assertj.core.groups.Tuple.tuple("婚姻状况", TemplateField.Kind.CHOICE),
				org.assertj.core.groups.Tuple.tuple("四至", TemplateField.Kind.TEXT),
				org.assertj.core.groups.Tuple.tuple("报到日期", TemplateField.Kind.DATE),
				org.assertj.core.groups.Tuple.tuple("居住方式", TemplateField.Kind.CHOICE),
				org.assertj.core.groups.Tuple.tuple("开始", TemplateField.Kind.DATE),
				org.assertj.core.groups.Tuple.tuple("编号", TemplateField.Kind.TEXT),
				org.assertj.core.groups.Tuple.tuple("户数", TemplateField.Kind.NUMBER));
		assertThat(TemplateField.parse("自有住房/租住").options()).containsExactly("自有住房", "租住");
		assertThat(TemplateField.parse("居住方式:自有住房/租住/借住").options()).containsExactly("自有住房", "租住", "借住");
		assertThat(TemplateField.parse("婚姻状况").options()).containsExactly("未婚", "已婚", "离婚", "丧偶");

		LocalDate day = LocalDate.of(2026, 11, 23);
		TemplateField date = TemplateField.parse("起始日期");
		assertThat(date.value("2018-03-01", day)).isEqualTo("2018年3月1日");
		assertThat(date.value("2018年3月1日", day)).isEqualTo("2018年3月1日");
		assertThatThrownBy(() -> date.value("2018年", day)).hasMessageContaining("请填写日期");
		assertThatThrownBy(() -> date.value("2018-02-30", day)).hasMessageContaining("日期不正确");
		assertThatThrownBy(() -> date.value("2026-11-24", day)).hasMessageContaining("不能晚于出具日期");
		TemplateField period = TemplateField.parse("起止日期");
		assertThat(period.value("2026-07-10至2026-08-20", day)).isEqualTo("2026年7月10日至2026年8月20日");
		assertThatThrownBy(() -> period.value("2026-08-20至2026-07-10", day)).hasMessageContaining("结束日期不能早于开始日期");
		assertThatThrownBy(() -> period.value("2026-08-20至", day)).hasMessageContaining("开始和结束日期");
		TemplateField number = TemplateField.parse("面积");
		assertThat(number.value("166.5", day)).isEqualTo("166.5");
		assertThatThrownBy(() -> number.value("一百", day)).hasMessageContaining("数字");
		assertThatThrownBy(() -> number.value("0", day)).hasMessageContaining("大于 0");
		TemplateField choice = TemplateField.parse("自有住房/租住");
		assertThat(choice.value("租住", day)).isEqualTo("租住");
		assertThatThrownBy(() -> choice.value("借住", day)).hasMessageContaining("请从自有住房、租住中选择");
		assertThatThrownBy(() -> choice.value(" ", day)).hasMessage("请选择“自有住房/租住”");
	}

	@Test
	void evidenceIsSaidInWordsWithoutScores() {
		java.util.List<String> stored = java.util.List.of("结论：依法出具证明", "请求类型：证明要求",
				"命中规则【要求出具证明】（证明请求）：“开具”“证明”",
				"匹配事项 ZM-01“居（租）住证明”（依法出具证明，得分 4.60）：名称“居住证明”、别名“租住证明”；文本相似度 0.35",
				"依据：《居住证暂行条例》", "另一证明清单中较接近的是 BZ-11“居住情况证明”（得分 1.20），得分较低",
				"判定理由：最匹配的事项属依法出具证明事项清单；次选 BZ-11“居住情况证明”（不应出具证明，得分 1.20）；禁止性负担信号合计 3.20，未达 4.00",
				"判定理由：这是向村索要证明，但依法出具证明事项清单未列此类证明；按“清单之外一律不出具”的原则不予出具，请索要方依法核验或采用告知承诺");
		java.util.List<String> words = new EvidenceWords().words(stored, Decision.UNLISTED);
		assertThat(String.join("\n", words)).doesNotContain("得分").doesNotContain("信号合计").doesNotContain("文本相似度")
			.doesNotContain("4.60").doesNotContain("3.20").doesNotContain("结论：").doesNotContain("请求类型")
			.doesNotContain("不予出具");
		assertThat(words).contains("文字中有“开具”“证明”，属于“要求出具证明”的说法",
				"对应清单事项 ZM-01“居（租）住证明”（依法出具证明）：所需证明中的“居住证明”、“租住证明”与该事项的名称或别名一致",
				"依据：《居住证暂行条例》", "另一证明清单中的 BZ-11“居住情况证明”也有相近之处，但相符的字句更少",
				"判定理由：最匹配的事项属依法出具证明事项清单；次选 BZ-11“居住情况证明”（不应出具证明）",
				"判定理由：所需证明不在本县证明事项清单中，须由用证单位提供要求村（社区）出具该证明的法律法规依据");
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
