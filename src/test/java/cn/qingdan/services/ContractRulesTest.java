package cn.qingdan.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.shared.RuleViolation;

/** Money, the clause and schedule lines, the even split and supplier eligibility. */
class ContractRulesTest {

	@Test
	void amountsAreExactYuanWithTwoPlaces() {
		assertThat(Money.parse("amount", "12,000.5元", "金额")).isEqualTo(new BigDecimal("12000.50"));
		assertThatThrownBy(() -> Money.parse("amount", "0.001", "金额")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("两位小数");
		assertThatThrownBy(() -> Money.parse("amount", "-5", "金额")).hasMessageContaining("大于 0");
		assertThatThrownBy(() -> Money.parse("amount", "1e3", "金额")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> Money.parse("amount", "abc", "金额")).extracting(e -> ((RuleViolation) e).field()).isEqualTo("amount");
		assertThat(Money.percent(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.3");
	}

	@Test
	void theAmountIsSplitOverVillagesToTheFen() {
		assertThat(SignContract.split(new BigDecimal("100.00"), 3)).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"),
				new BigDecimal("33.33"));
		assertThat(SignContract.split(new BigDecimal("36000.00"), 6)).allMatch(p -> p.compareTo(new BigDecimal("6000.00")) == 0);
	}

	@Test
	void clausesMustBeMeasurableAndMilestonesWellFormed() {
		var clauses = ContractLines.clauses("上门探访｜每月入户探访不少于 2 次｜是\n助餐服务 | 每周提供助餐五天");
		assertThat(clauses).extracting(ContractLines.ClauseLine::byResidents).containsExactly(true, false);
		assertThatThrownBy(() -> ContractLines.clauses("服务态度｜热情周到")).hasMessageContaining("可计量");
		assertThatThrownBy(() -> ContractLines.clauses("  ")).hasMessageContaining("请填写合同条款");
		var ms = ContractLines.milestones("预付｜2027-01-15｜20000\n尾款｜2027/12/20｜10000.50");
		assertThat(ms.get(1).dueOn()).isEqualTo(LocalDate.of(2027, 12, 20));
		assertThat(ms.get(1).amount()).isEqualTo(new BigDecimal("10000.50"));
		assertThatThrownBy(() -> ContractLines.milestones("预付｜明年｜20000")).hasMessageContaining("第 1 行");
		assertThatThrownBy(() -> ContractLines.milestones("预付｜2027-01-15｜2万")).hasMessageContaining("金额");
	}

	private static ItemContent item(List<String> suppliers, String rating) {
		return new ItemContent("GM-01", ListType.SERVICE_PURCHASE, "居家养老服务", "老年人服务", null, null, null, List.of(), List.of(),
				List.of(), null, null, null, null, new BigDecimal("6000"), true, null, null, null, null, null, null, null, null,
				null, "按人数核定", suppliers, rating);
	}

	@Test
	void theGradeIsAConditionOfEligibilityForFiveYears() {
		LocalDate signed = LocalDate.of(2026, 12, 1);
		Supplier fourA = new Supplier(1, 1, Supplier.Kind.SOCIAL_ORG, "启航", null, "52610431MJY4B0027P", "4A", LocalDate.of(2023, 9, 10), 0);
		Supplier threeA = new Supplier(2, 1, Supplier.Kind.SOCIAL_ORG, "阳光", null, "x", "3A", LocalDate.of(2024, 5, 20), 0);
		Supplier expired = new Supplier(3, 1, Supplier.Kind.SOCIAL_ORG, "绿野", null, "x", "5A", LocalDate.of(2021, 11, 30), 0);
		Supplier unrated = new Supplier(4, 1, Supplier.Kind.SOCIAL_ORG, "安心", null, "x", null, null, 0);
		Supplier village = new Supplier(5, 1, Supplier.Kind.VILLAGE, "田庄村村民委员会", 77L, null, null, null, 0);
		ItemContent social4A = item(List.of("社会组织"), "4A");
		assertThat(Eligibility.refusal(social4A, fourA, signed, List.of(1L))).isNull();
		assertThat(Eligibility.refusal(social4A, threeA, signed, List.of(1L))).contains("要求 4A 级及以上");
		assertThat(Eligibility.refusal(social4A, expired, signed, List.of(1L))).contains("有效期");
		assertThat(Eligibility.refusal(social4A, expired, LocalDate.of(2026, 11, 29), List.of(1L))).isNull();
		assertThat(Eligibility.refusal(social4A, unrated, signed, List.of(1L))).contains("尚未取得");
		assertThat(Eligibility.refusal(social4A, village, signed, List.of(77L))).contains("可承接主体为社会组织");
		ItemContent both = item(List.of("社会组织", "村（社区）组织"), null);
		assertThat(Eligibility.refusal(both, village, signed, List.of(77L))).isNull();
		assertThat(Eligibility.refusal(both, village, signed, List.of(77L, 78L))).contains("只承接本村");
		assertThat(Eligibility.refusal(both, unrated, signed, List.of(1L))).isNull();
	}
}
