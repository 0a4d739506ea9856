package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The spec a board's name suggests, from the county's 15-kind table and its merge rules. */
class SpecsTest {

	static List<Spec> table() {
		List<Spec> specs = new ArrayList<>();
		for (SpecTable.Row r : SpecTable.ROWS) {
			specs.add(new Spec(r.no(), 1, r.no(), r.name(), r.issuer(), r.place(), r.size(), r.absorbs(), r.aliases(),
					LocalDate.of(2024, 1, 1), null, "县减负办"));
		}
		return specs;
	}

	@Test
	void theTableHas15KindsAndTheTwoMergeRulesOfTheSeeds() {
		assertThat(SpecTable.ROWS).hasSize(15);
		assertThat(SpecTable.ROWS.get(5).absorbs()).contains("妇女之家", "青年之家", "志愿服务", "人大代表之家");
		assertThat(SpecTable.ROWS.get(6).absorbs()).contains("治保", "法律服务", "司法援助", "矛盾纠纷调处", "禁毒");
	}

	@Test
	void aBoardsNameSuggestsItsSpecOrTheBoardThatAbsorbsIt() {
		var villageCommittee = Specs.suggest(table(), "田庄村村民委员会").orElseThrow();
		assertThat(villageCommittee.spec().kindNo()).isEqualTo(2);
		assertThat(villageCommittee.absorbed()).isFalse();
		var women = Specs.suggest(table(), "田庄村妇女之家").orElseThrow();
		assertThat(women.spec().standardName()).isEqualTo("新时代文明实践站");
		assertThat(women.absorbed()).isTrue();
		var drugs = Specs.suggest(table(), "禁毒工作站").orElseThrow();
		assertThat(drugs.spec().standardName()).isEqualTo("综治中心");
		assertThat(Specs.suggest(table(), "招商引资服务站")).isEmpty();
		assertThat(Specs.suggest(table(), "田庄村务监督委员会").orElseThrow().spec().kindNo()).isEqualTo(4);
	}

	@Test
	void demoBoardNamesUseTheVillagesShortName() {
		assertThat(LedgerDemo.shortName("田庄村委会")).isEqualTo("田庄村");
		assertThat(LedgerDemo.shortName("东关社区居委会")).isEqualTo("东关社区");
	}
}
