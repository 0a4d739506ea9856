package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.qingdan.workflow.imports.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The 任务分工表 reader on seed 004 and on broken sheets; the 完成时限 and cadence rules. */
class PlanSheetTest {

	static final List<Long> TOWNSHIPS = List.of(101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L);

	static UnitNames names() {
		Map<String, Long> units = new HashMap<>();
		long id = 1;
		for (String n : List.of("县委组织部", "县民政局", "县农业农村局", "县委编办", "县公安局", "县卫生健康局", "县妇联", "县乡村振兴局",
				"县行政审批服务局", "县财政局", "团县委", "县住房和城乡建设局", "县司法局", "县人力资源和社会保障局", "县市场监督管理局",
				"县应急管理局", "县纪委监委", "县人民法院", "县人民检察院", "县自然资源局", "县人大常委会", "县经信局", "经开区", "县委政法委",
				"县委目标绩效办", "县总工会", "县教育局", "县城乡环境综合治理办", "县政协", "县消防救援大队")) {
			units.put(n, id++);
		}
		return new UnitNames(units, TOWNSHIPS, List.of(1L, 2L, 3L));
	}

	@Test
	void seed004LoadsAsAPlanTree() {
		ImportResult<PlanSheet.ParsedNode> r = PlanSheet.read(SeedPlan.rows(0), names());
		assertThat(r.errors()).isEmpty();
		List<PlanSheet.ParsedNode> nodes = r.rows();
		assertThat(nodes.stream().filter(n -> n.level() == 1).count()).isEqualTo(7);
		assertThat(nodes.stream().filter(n -> n.level() == 2).count()).isEqualTo(17);
		List<PlanSheet.ParsedNode> work = nodes.stream().filter(PlanSheet.ParsedNode::carriesWork).toList();
		assertThat(work).hasSize(51).allMatch(n -> n.level() == 3);
		// C-03: six rows with several lead units
		assertThat(work.stream().filter(n -> n.leads().size() > 1).map(PlanSheet.ParsedNode::code))
			.containsExactly("1(1)", "5(2)", "12(3)", "13(4)", "13(5)", "13(6)");
		// C-04: 2021年底 27, 持续推进 21 (+ 17(2), whose deadline the source lost, yearly), 2022年底 1, 2023年底 1
		assertThat(work.stream().filter(n -> LocalDate.of(2021, 12, 31).equals(n.deadline().dueOn()))).hasSize(27);
		assertThat(work.stream().filter(n -> n.deadline().cadence() == Cadence.QUARTERLY)).hasSize(21);
		assertThat(work.stream().filter(n -> n.deadline().cadence() == Cadence.YEARLY).map(PlanSheet.ParsedNode::code)).containsExactly("17(2)");
		assertThat(work.stream().filter(n -> LocalDate.of(2022, 12, 31).equals(n.deadline().dueOn())).map(PlanSheet.ParsedNode::code)).containsExactly("17(1)");
		assertThat(work.stream().filter(n -> LocalDate.of(2023, 12, 31).equals(n.deadline().dueOn())).map(PlanSheet.ParsedNode::code)).containsExactly("2(2)");
		// C-05: numbering skips 13(8)
		assertThat(work.stream().map(PlanSheet.ParsedNode::code)).contains("13(7)", "13(9)").doesNotContain("13(8)");
		// C-06: 各乡镇(街道) fans out to all 8 townships; as a lead in 1(1)
		PlanSheet.ParsedNode first = work.getFirst();
		assertThat(first.leads()).hasSize(2);
		assertThat(first.leads().get(1).unitIds()).isEqualTo(TOWNSHIPS);
		assertThat(first.leads().get(1).collective()).isEqualTo("各乡镇（街道）");
		assertThat(work.stream().filter(n -> n.coUnits().stream().anyMatch(c -> "县级各部门".equals(c.collective())))).hasSize(2);
		assertThat(work.stream().filter(n -> java.util.stream.Stream.concat(n.leads().stream(), n.coUnits().stream())
			.anyMatch(c -> "各乡镇（街道）".equals(c.collective())))).hasSize(34);
		// short names resolve: 县住建局 is 县住房和城乡建设局, 县法院 is 县人民法院
		assertThat(work.stream().filter(n -> n.code().equals("5(1)")).findFirst().orElseThrow().coUnits().stream()
			.map(UnitNames.Resolved::written)).contains("县法院", "县住建局");
	}

	@Test
	void everyBadRowIsReportedWithItsRowNumberAndNothingIsReturned() {
		List<PlanSheet.SheetRow> rows = List.of(new PlanSheet.SheetRow(2, "一", "加强组织建设", "", ""),
				new PlanSheet.SheetRow(3, "1", "健全制度", "", ""),
				new PlanSheet.SheetRow(4, "(1)", "建立工作台账", "县委组织部，各乡镇(街道)", "2021年底"),
				new PlanSheet.SheetRow(5, "(2)", "开展评估", "县XX局，县民政局", "2021年底"),
				new PlanSheet.SheetRow(6, "(3)", "持续整顿", "县民政局", "明年"),
				new PlanSheet.SheetRow(7, "(3)", "重复序号", "县民政局", "持续推进"),
				new PlanSheet.SheetRow(8, "2(1)", "不属于任务1", "县民政局", "持续推进"),
				new PlanSheet.SheetRow(9, "(4)", "没有牵头单位", "，县民政局", "2021年底"),
				new PlanSheet.SheetRow(10, "甲", "无法识别", "", ""));
		ImportResult<PlanSheet.ParsedNode> r = PlanSheet.read(rows, names());
		assertThat(r.ok()).isFalse();
		assertThat(r.rows()).isEmpty();
		assertThat(r.errors()).extracting(e -> e.row() + " " + e.message()).containsExactly(
				"5 责任单位“县XX局”不在本县单位名录中，请核对名称或先在“单位管理”中新建",
				"6 完成时限“明年”无法识别：应为“2021年底”“2022年6月30日”或“持续推进”",
				"7 序号“1(3)”重复",
				"8 子任务“2(1)”不属于上一行的任务 1",
				"9 责任单位缺少牵头单位：逗号前为牵头单位",
				"10 序号“甲”无法识别：部分用“一、二、三”，任务用“1、2、3”，子任务用“(1)(2)”或“1(1)”");
	}

	@Test
	void deadlinesAreDatesOrOngoingWithACadence() {
		assertThat(TaskDeadline.parse("2021年底").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2021, 12, 31));
		assertThat(TaskDeadline.parse("2022年6月底").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(TaskDeadline.parse("2022年6月15日前").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2022, 6, 15));
		assertThat(TaskDeadline.parse("2022-06-15").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2022, 6, 15));
		assertThat(TaskDeadline.parse("45000").orElseThrow().dueOn()).isEqualTo(LocalDate.of(2023, 3, 15));
		assertThat(TaskDeadline.parse("持续推进").orElseThrow().cadence()).isEqualTo(Cadence.QUARTERLY);
		assertThat(TaskDeadline.parse("持续推进（按月报送）").orElseThrow().cadence()).isEqualTo(Cadence.MONTHLY);
		assertThat(TaskDeadline.parse("持续推进（每半年）").orElseThrow().cadence()).isEqualTo(Cadence.HALF_YEARLY);
		assertThat(TaskDeadline.parse("2022年13月底")).isEmpty();
		assertThat(TaskDeadline.parse("尽快")).isEmpty();
		Cadence.Period q3 = Cadence.QUARTERLY.periodOf(LocalDate.of(2026, 8, 5));
		assertThat(q3.code()).isEqualTo("2026Q3");
		assertThat(q3.label()).isEqualTo("2026年第三季度");
		assertThat(q3.due()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(Cadence.QUARTERLY.periods(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 2))).extracting(Cadence.Period::code)
			.containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
		assertThat(Cadence.HALF_YEARLY.parse("2026H2").orElseThrow().end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(Cadence.QUARTERLY.parse("2026Q5")).isEmpty();
	}

	@Test
	void aMissedQuarterlyReportMakesAnOngoingTaskOverdue() {
		PlanNode node = new PlanNode(7, 1, null, 3, "11(1)", 10, "监测评估", TaskDeadline.parse("持续推进").orElseThrow(), false, null, 40,
				null, LocalDate.of(2026, 7, 4), 0);
		Assignee lead = new Assignee(1, 7, 55, "县民政局", true, null, 40, false, null);
		TaskState onTime = TaskState.of(node, LocalDate.of(2026, 1, 15), List.of(lead),
				java.util.Set.of("7:55:2026Q1", "7:55:2026Q2", "7:55:2026Q3"), LocalDate.of(2026, 12, 2));
		assertThat(onTime.status()).isEqualTo(TaskStatus.ONGOING);
		assertThat(onTime.nextDue()).isEqualTo(LocalDate.of(2027, 1, 10));
		TaskState missed = TaskState.of(node, LocalDate.of(2026, 1, 15), List.of(lead), java.util.Set.of("7:55:2026Q1", "7:55:2026Q2"),
				LocalDate.of(2026, 12, 2));
		assertThat(missed.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(missed.missed()).extracting(m -> m.period().label()).containsExactly("2026年第三季度");
		assertThat(missed.nextDue()).isEqualTo(LocalDate.of(2026, 10, 10));
	}
}
