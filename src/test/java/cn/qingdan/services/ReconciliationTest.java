package cn.qingdan.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.qingdan.admission.AssistanceFunding;
import cn.qingdan.admission.AssistanceFunding.Reach;

/** 费随事转核对 as arithmetic: what each village was promised against what reached it, with literal figures. */
class ReconciliationTest {

	// two townships (10, 20): villages 11, 12 under 10; 21 under 20
	private static final List<Reconciliation.Village> VILLAGES = List.of(new Reconciliation.Village(11, 10),
			new Reconciliation.Village(12, 10), new Reconciliation.Village(21, 20));

	private static AssistanceFunding.Matter matter(long id, long dept, String funding, String share, Reach reach, List<Long> scope) {
		return new AssistanceFunding.Matter(id, "武准〔2026〕" + id + "号", "事项" + id, dept, funding == null ? null : new BigDecimal(funding),
				new BigDecimal(share), reach, scope);
	}

	private static Reconciliation.Reached reached(String contracted, String paid) {
		return new Reconciliation.Reached(new BigDecimal(contracted), new BigDecimal(paid));
	}

	@Test
	void fundedPartlyAndUnfundedPerVillageWithTheGapPerMatterDepartmentAndCounty() {
		var dibao = matter(1, 100, "2000", "1", Reach.ALL, List.of());
		var relief = matter(2, 100, "1200", "1", Reach.TOWNSHIPS, List.of(20L));
		var straw = matter(3, 200, "1000", "0.285047", Reach.VILLAGES, List.of(11L, 12L));
		Map<String, Reconciliation.Reached> money = Map.of(
				"武准〔2026〕1号/11", reached("2000.00", "2000.00"),
				"武准〔2026〕1号/12", reached("2000.00", "1000.00"),
				"武准〔2026〕3号/11", reached("500.00", "500.00"));
		var r = Reconciliation.compute(2026, List.of(dibao, relief, straw), VILLAGES, money, id -> true);

		var first = r.matters().get(0);
		assertThat(first.villages()).isEqualTo(3);
		assertThat(first.due()).isEqualByComparingTo("6000.00");
		assertThat(first.paid()).isEqualByComparingTo("3000.00");
		assertThat(first.gap()).isEqualByComparingTo("3000.00");
		assertThat(List.of(first.funded(), first.partly(), first.unfunded())).containsExactly(1, 1, 1);
		assertThat(first.status()).isEqualTo(Reconciliation.Status.PARTLY);

		var second = r.matters().get(1);
		assertThat(second.villages()).isEqualTo(1);
		assertThat(second.status()).isEqualTo(Reconciliation.Status.UNFUNDED);
		assertThat(second.gap()).isEqualByComparingTo("1200.00");

		// 1000 × 0.285047 = 285.05 per village; village 11 got 500 (more than due: no negative gap), 12 nothing
		var third = r.matters().get(2);
		assertThat(third.due()).isEqualByComparingTo("570.10");
		assertThat(third.gap()).isEqualByComparingTo("285.05");
		assertThat(third.status()).isEqualTo(Reconciliation.Status.PARTLY);

		assertThat(r.gap()).isEqualByComparingTo("4485.05");
		assertThat(r.departments()).extracting(Reconciliation.DepartmentLine::departmentId).containsExactly(100L, 200L);
		assertThat(r.departments().get(0).gap()).isEqualByComparingTo("4200.00");
		assertThat(r.departments().get(0).unfundedMatters()).isEqualTo(1);
	}

	@Test
	void aViewerSeesOnlyItsVillagesAndAMatterWithoutFundingTermsIsNotAGap() {
		var dibao = matter(1, 100, "2000", "1", Reach.ALL, List.of());
		var emergency = matter(4, 100, null, "1", Reach.ALL, List.of());
		var r = Reconciliation.compute(2026, List.of(dibao, emergency), VILLAGES, Map.of(), id -> id == 21);
		assertThat(r.matters()).hasSize(2);
		assertThat(r.matters().get(0).villages()).isEqualTo(1);
		assertThat(r.matters().get(0).gap()).isEqualByComparingTo("2000.00");
		assertThat(r.matters().get(1).status()).isEqualTo(Reconciliation.Status.NO_TERMS);
		assertThat(r.matters().get(1).gap()).isEqualByComparingTo("0.00");
		assertThat(r.gap()).isEqualByComparingTo("2000.00");
	}

	@Test
	void oneVillagesLinesFollowTheScope() {
		var dibao = matter(1, 100, "2000", "1", Reach.ALL, List.of());
		var relief = matter(2, 100, "1200", "1", Reach.TOWNSHIPS, List.of(20L));
		var lines = Reconciliation.forVillage(12, 10, List.of(dibao, relief), Map.of("武准〔2026〕1号/12", reached("2000.00", "1000.00")));
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).status()).isEqualTo(Reconciliation.Status.PARTLY);
		assertThat(lines.get(0).gap()).isEqualByComparingTo("1000.00");
	}
}
