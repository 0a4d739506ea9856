package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemRulesTest {

	@Test
	void aValidItemOfEveryListPasses() {
		assertThat(ItemRules.check(TestItems.selfGovernance("ZZ-01", "组织村民自治").build())).isEmpty();
		assertThat(ItemRules.check(TestItems.assistance("XZ-12", "协助宣传").build())).isEmpty();
		assertThat(ItemRules.check(TestItems.prohibited("FM-03", "禁止摊派招商引资任务").build())).isEmpty();
		assertThat(ItemRules.check(TestItems.retained("ZM-05", "居住证明").build())).isEmpty();
		assertThat(ItemRules.check(TestItems.notIssuable("BZ-17", "亲属关系证明").build())).isEmpty();
		assertThat(ItemRules.check(TestItems.fullAssistance("XZ-1234"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Z-01", "ZZ01", "ZZ-1", "ZZ-12345", "AB-01", "zz-01", " ZZ-01", "ZZ-0A" })
	void codeMustBePrefixDashTwoToFourDigits(String code) {
		assertThat(ItemRules.check(TestItems.selfGovernance(code, "事项").build()))
			.anySatisfy(e -> assertThat(e).contains("格式不正确").contains(code));
	}

	@Test
	void missingCodeIsReported() {
		assertThat(ItemRules.check(TestItems.selfGovernance(null, "事项").build())).contains("缺少编码");
		assertThat(ItemRules.check(TestItems.selfGovernance("  ", "事项").build())).contains("缺少编码");
	}

	@Test
	void codePrefixMustMatchTheList() {
		assertThat(ItemRules.check(TestItems.selfGovernance("XZ-01", "事项").build()))
			.singleElement()
			.satisfies(e -> assertThat(e).contains("与清单“依法自治事项”不符").contains("ZZ-"));
		assertThat(ItemRules.check(TestItems.notIssuable("ZM-01", "事项").build()))
			.anySatisfy(e -> assertThat(e).contains("BZ-"));
	}

	@Test
	void missingListIsReported() {
		ItemContent item = TestItems.selfGovernance("ZZ-01", "事项").with(t -> t.list = null).build();
		assertThat(ItemRules.check(item)).contains("缺少清单类别");
	}

	@Test
	void nameIsRequiredAndLimited() {
		assertThat(ItemRules.check(TestItems.selfGovernance("ZZ-01", null).build())).containsExactly("缺少事项名称");
		assertThat(ItemRules.check(TestItems.selfGovernance("ZZ-01", " \t").build())).containsExactly("缺少事项名称");
		assertThat(ItemRules.check(TestItems.selfGovernance("ZZ-01", "长".repeat(301)).build()))
			.containsExactly("事项名称不超过 300 字");
		assertThat(ItemRules.check(TestItems.selfGovernance("ZZ-01", "长".repeat(300)).build())).isEmpty();
	}

	@Test
	void validToMayNotPrecedeValidFrom() {
		ItemContent bad = TestItems.selfGovernance("ZZ-01", "事项").with(t -> {
			t.validFrom = LocalDate.of(2026, 3, 1);
			t.validTo = LocalDate.of(2026, 2, 28);
		}).build();
		assertThat(ItemRules.check(bad)).containsExactly("失效日期不能早于生效日期");
		ItemContent sameDay = TestItems.selfGovernance("ZZ-01", "事项").with(t -> {
			t.validFrom = LocalDate.of(2026, 3, 1);
			t.validTo = LocalDate.of(2026, 3, 1);
		}).build();
		assertThat(ItemRules.check(sameDay)).isEmpty();
	}

	@Test
	void assistanceFieldsOnlyOnAssistanceItems() {
		ItemContent withFunding = TestItems.selfGovernance("ZZ-01", "事项").with(t -> t.funding = BigDecimal.TEN).build();
		ItemContent withAgreement = TestItems.prohibited("FM-01", "事项").with(t -> t.agreement = false).build();
		ItemContent withOccurrences = TestItems.retained("ZM-01", "事项").with(t -> t.occurrences = 1).build();
		ItemContent withHours = TestItems.notIssuable("BZ-01", "事项").with(t -> t.hours = BigDecimal.ONE).build();
		for (ItemContent item : new ItemContent[] { withFunding, withAgreement, withOccurrences, withHours }) {
			assertThat(ItemRules.check(item)).as(item.code())
				.containsExactly(ItemRules.ASSISTANCE_ONLY);
		}
	}

	@Test
	void certificateFieldsOnlyOnRetainedCertificates() {
		ItemContent withGuide = TestItems.selfGovernance("ZZ-01", "事项").with(t -> t.guide = "指南").build();
		ItemContent withMaterials = TestItems.assistance("XZ-01", "事项").with(t -> t.materials = "材料").build();
		ItemContent withTemplate = TestItems.prohibited("FM-01", "事项").with(t -> t.templateText = "样式").build();
		ItemContent withLimit = TestItems.notIssuable("BZ-01", "事项").with(t -> t.timeLimit = 3).build();
		for (ItemContent item : new ItemContent[] { withGuide, withMaterials, withTemplate, withLimit }) {
			assertThat(ItemRules.check(item)).as(item.code())
				.containsExactly("办事指南、所需材料、证明样式、办理时限仅适用于依法出具证明事项");
		}
	}

	@Test
	void verifierAndAlternativeOnlyOnNotIssuableCertificates() {
		ItemContent withVerifier = TestItems.retained("ZM-01", "事项").with(t -> t.verifier = "县公安局").build();
		ItemContent withAlternative = TestItems.selfGovernance("ZZ-01", "事项").with(t -> t.alternative = "告知承诺").build();
		for (ItemContent item : new ItemContent[] { withVerifier, withAlternative }) {
			assertThat(ItemRules.check(item)).as(item.code()).containsExactly("核验单位、替代方式仅适用于不应出具证明事项");
		}
	}

	@Test
	void notIssuableNeedsVerifierOrAlternative() {
		ItemContent neither = TestItems.notIssuable("BZ-01", "事项").with(t -> {
			t.verifier = null;
			t.alternative = null;
		}).build();
		assertThat(ItemRules.check(neither)).containsExactly("不应出具证明事项须写明核验单位或替代方式（如告知承诺）");
		assertThat(ItemRules.check(TestItems.notIssuable("BZ-01", "事项").with(t -> t.alternative = null).build())).isEmpty();
		assertThat(ItemRules.check(TestItems.notIssuable("BZ-01", "事项").with(t -> t.verifier = null).build())).isEmpty();
	}

	@Test
	void timeLimitAtMostSixtyWorkingDays() {
		assertThat(ItemRules.check(TestItems.retained("ZM-01", "事项").with(t -> t.timeLimit = 61).build()))
			.containsExactly("办理时限不超过 60 个工作日");
		assertThat(ItemRules.check(TestItems.retained("ZM-01", "事项").with(t -> t.timeLimit = 60).build())).isEmpty();
	}

	@Test
	void reportsEveryProblemAtOnce() {
		ItemContent item = TestItems.selfGovernance("XZ-01", "").with(t -> {
			t.validFrom = LocalDate.of(2026, 3, 1);
			t.validTo = LocalDate.of(2026, 1, 1);
			t.verifier = "某单位";
		}).build();
		assertThat(ItemRules.check(item)).hasSize(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<b>x</b>",
			"vbscript:msgbox(1)", "//evil.example/x", "www.gov.cn", "ftp://files.example/x", "http://" })
	void aSourceLinkMustBeAnHttpOrHttpsAddress(String url) {
		ItemContent item = TestItems.selfGovernance("ZZ-01", "组织村民自治").with(t -> t.sourceUrl = url).build();
		assertThat(ItemRules.check(item)).containsExactly("“参考来源链接”只能填写以 http:// 或 https:// 开头的网址");
		assertThat(item.sourceLink()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://www.gov.cn/zhengce/content/2020-03/16/content_5491771.htm", "https://mzt.shaanxi.gov.cn/" })
	void httpAndHttpsAddressesAreLinks(String url) {
		ItemContent item = TestItems.selfGovernance("ZZ-01", "组织村民自治").with(t -> t.sourceUrl = url).build();
		assertThat(ItemRules.check(item)).isEmpty();
		assertThat(item.sourceLink()).isEqualTo(url);
	}
}
