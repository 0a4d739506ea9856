package cn.qingdan.screening;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scenario per list and the deliberate pairs (same topic, different demand), against the shipped demo catalogue.
 * The texts are written for these tests, not taken from the labelled sets.
 */
class ScreenerTest {

	static final CatalogueIndex DEMO = CatalogueIndex.build(1, 1, LabelledCases.demoCatalogue());

	static Screening screen(String text) {
		return Screener.screen(DEMO, text, null);
	}

	@Test
	void prohibited_aTargetWithRankingOverridesAnAssistanceTopic() {
		Screening s = screen("县医保局：各村居民医保参保率不低于95%，每周通报排名，完成情况纳入村级年度考核。");
		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.evidence()).anyMatch(e -> e.contains("【下达任务数或指标】"))
			.anyMatch(e -> e.contains("【纳入考核或与报酬挂钩】"))
			.anyMatch(e -> e.contains("虽然主题接近") && e.contains("XZ-21"));
	}

	@Test
	void assistance_theSameTopicWithFundingIsAssistance() {
		Screening s = screen("县医保局：请各村做好城乡居民医保政策宣传，为行动不便的群众代办参保登记。");
		assertThat(s.list()).isEqualTo(Outcome.ASSISTANCE);
		assertThat(s.item().code()).isEqualTo("XZ-21");
		assertThat(s.evidence()).anyMatch(e -> e.contains("委托协议"));
	}

	@Test
	void selfGovernance_villagersSettleTheirOwnMatter() {
		Screening s = screen("村民代表会议讨论决定：修订村规民约，倡导红白喜事简办。");
		assertThat(s.list()).isEqualTo(Outcome.SELF_GOVERNANCE);
		assertThat(s.item().code()).isIn("ZZ-07", "ZZ-06");
	}

	@Test
	void certificateRetained_residenceCanBeCertified() {
		Screening s = screen("幼儿园要求家长提供村委会出具的在本村实际居住的证明。");
		assertThat(s.list()).isEqualTo(Outcome.CERTIFICATE_RETAINED);
		assertThat(s.item().code()).isEqualTo("ZM-01");
	}

	@Test
	void certificateNotIssuable_householdRegistrationIsNotTheVillages() {
		Screening s = screen("幼儿园要求家长提供村委会出具的孩子户口在本村的户籍证明。");
		assertThat(s.list()).isEqualTo(Outcome.CERTIFICATE_NOT_ISSUABLE);
		assertThat(s.item().code()).isEqualTo("BZ-02");
		assertThat(s.evidence()).anyMatch(e -> e.contains("不应出具证明事项清单"));
	}

	@Test
	void certificateNotIssuable_aCertificateOnNeitherListIsRefusedWithoutAnItem() {
		Screening s = screen("某公司要求村委会开具村民李某的钓鱼技能等级证明。");
		assertThat(s.list()).isEqualTo(Outcome.CERTIFICATE_NOT_ISSUABLE);
		assertThat(s.item()).isNull();
		assertThat(s.evidence()).anyMatch(e -> e.contains("清单之外一律不出具"));
	}

	@Test
	void none_aMatterNoListNames() {
		Screening s = screen("县图书馆：拟在村里举办一次读书分享会，请村里通知感兴趣的村民参加。");
		assertThat(s.list()).isEqualTo(Outcome.NONE);
		assertThat(s.item()).isNull();
		assertThat(s.evidence()).anyMatch(e -> e.contains("完整准入审查"));
	}

	@Test
	void pair_pensionCertificationHelpIsAssistanceButALifeCertificateIsNot() {
		assertThat(screen("请各村协助领取养老金的老人用手机完成待遇资格认证。").list()).isEqualTo(Outcome.ASSISTANCE);
		assertThat(screen("社保所要求各村为领取养老金的老人出具健在证明。").list()).isEqualTo(Outcome.CERTIFICATE_NOT_ISSUABLE);
	}

	@Test
	void pair_strawBurningPublicityIsAssistanceButAResponsibilityPledgeIsProhibited() {
		assertThat(screen("请各村用大喇叭宣传秸秆禁烧，发现焚烧及时报告。").list()).isEqualTo(Outcome.ASSISTANCE);
		assertThat(screen("各村签订秸秆禁烧责任状，出现火点一票否决。").list()).isEqualTo(Outcome.PROHIBITED);
	}

	@Test
	void emergencyFavoursAssistance() {
		Screening s = screen("紧急通知：今晚有暴雨，请各村立即通知低洼地带群众转移。");
		assertThat(s.list()).isEqualTo(Outcome.ASSISTANCE);
		assertThat(s.evidence()).anyMatch(e -> e.contains("【突发紧急事项】")).anyMatch(e -> e.contains("事后备案"));
	}

	@Test
	void theKindOfRequestRoutesToTheCertificateLists() {
		String text = "请村委会写明村民王某的收养能力情况。";
		assertThat(Screener.screen(DEMO, text, RequestKind.CERTIFICATE).list()).isEqualTo(Outcome.CERTIFICATE_RETAINED);
		assertThat(Screener.screen(DEMO, text, RequestKind.CERTIFICATE).evidence()).contains("请求类型：证明要求");
	}

	@Test
	void anExplanationNamesConclusionRulesItemWordsAndBasis() {
		String text = "镇禁烧办：请各村书记签订目标责任状，实行一票否决。";
		Screening s = screen(text);
		assertThat(s.evidence().get(0)).isEqualTo("结论：禁止准入事项");
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("命中规则【签订责任状】（禁止性负担）：“签订目标责任”"))
			.anyMatch(e -> e.startsWith("命中规则【一票否决】"))
			.anyMatch(e -> e.startsWith("匹配事项 FM-14") && e.contains("别名“一票否决”"))
			.anyMatch(e -> e.startsWith("依据："))
			.anyMatch(e -> e.startsWith("判定理由："));
		assertThat(s.item().code()).isEqualTo("FM-14");
		assertThat(s.item().basis()).isNotBlank();
		assertThat(s.highlights()).anyMatch(h -> text.substring(h.start(), h.end()).equals("一票否决"));
		assertThat(s.confidence()).isBetween(0.0, 1.0);
		assertThat(s.catalogueVersion()).isEqualTo(1);
	}

	@Test
	void highlightsNeverOverlapAndStayInsideTheText() {
		String text = "各村须设立工作站并挂牌，配专职协管员，制度上墙，拍照上传留痕。";
		Screening s = screen(text);
		int end = 0;
		for (Screening.Highlight h : s.highlights()) {
			assertThat(h.start()).isGreaterThanOrEqualTo(end);
			assertThat(h.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(h.start());
			end = h.end();
		}
		assertThat(Highlights.segments(text, s.highlights()).stream().map(Highlights.Segment::text)
			.reduce("", String::concat)).isEqualTo(text);
	}

	/** Officers read the evidence: it says which rule, which words and which item, never a score. */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = {
			"镇禁烧办：请各村书记签订目标责任状，实行一票否决。",
			"县医保局：各村居民医保参保率不低于95%，每周通报排名，完成情况纳入村级年度考核。",
			"县医保局：请各村做好城乡居民医保政策宣传，为行动不便的群众代办参保登记，每月通报一次。",
			"幼儿园要求家长提供村委会出具的孩子户口在本村的户籍证明。",
			"请各村组织人员参加全县广场舞比赛的彩排。",
			"某公司要求村委会开具村民李某的钓鱼技能等级证明。" })
	void theEvidenceIsInWordsWithoutScores(String text) {
		Screening s = screen(text);
		assertThat(s.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e).doesNotContain("得分", "信号合计", "相似度", "未达", "低于 ")
			.doesNotContainPattern("\\d\\.\\d\\d"));
	}

	@Test
	void aProhibitedVerdictNamesTheRulesThatMadeIt() {
		Screening s = screen("镇禁烧办：请各村书记签订目标责任状，实行一票否决。");
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("判定理由：文中要求") && e.contains("【签订责任状】")
				&& e.contains("【一票否决】") && e.contains("禁止准入事项"));
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("匹配事项 FM-14") && e.contains("文中出现了该事项的"));
	}
}
