package cn.qingdan.screening;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each named rule: a phrasing it must catch and a near miss it must leave alone. */
class RulesTest {

	static Stream<Arguments> rules() {
		return Stream.of(
				// rule name, fires on, does not fire on
				Arguments.of("以村为责任主体", "明确村委会为垃圾分类工作责任主体", "明确乡镇为责任主体，村协助宣传"),
				Arguments.of("交村执法、拆违、整治", "各村负责查处辖区内私搭乱建", "发现违法建设及时报告执法中队"),
				Arguments.of("签订责任状", "请各村书记到镇里签订安全生产目标责任书", "请各村书记到镇里参加培训"),
				Arguments.of("一票否决", "发生一起即实行一票否决", "实行村民一事一议"),
				Arguments.of("扣分、扣绩效或问责村干部", "未完成的扣减村干部绩效工资", "完成后按标准拨付工作经费"),
				Arguments.of("纳入考核或与报酬挂钩", "完成情况纳入年度综合考核", "完成情况报乡镇备案"),
				Arguments.of("排名、打分、频繁通报", "进度每周通报一次", "进度有变化时报告乡镇"),
				Arguments.of("下达任务数或指标", "每村参保人数不少于200人", "为有需要的群众代办参保"),
				Arguments.of("强制打卡、接龙、在线时长", "每天在群里接龙报平安", "有事在群里说一声"),
				Arguments.of("强制下载APP、关注公众号", "动员村民关注县融媒体公众号", "通过广播通知村民"),
				Arguments.of("以点赞转发截图考核", "每条推文都要点赞", "把通知张贴在公开栏"),
				Arguments.of("台账留痕", "每项工作建立一事一档", "工作完成后口头汇报"),
				Arguments.of("迎检迎评", "为迎接省级验收请各村准备材料", "请各村准备年终总结"),
				Arguments.of("突击报送", "请各村今晚把名单汇总上传", "请各村本月底前把名单报镇里"),
				Arguments.of("重复多头报送", "已在系统录入的再报纸质版", "数据在系统中录入一次即可"),
				Arguments.of("转嫁费用", "宣传品费用由村集体承担", "宣传品费用由县财政承担"),
				Arguments.of("摊派订阅、保险、创收", "每村征订农民日报5份", "欢迎村民自愿阅读农家书屋报刊"),
				Arguments.of("挂牌、制度上墙", "在村部统一挂牌", "在村部召开会议"),
				Arguments.of("新设机构、专人专岗、另设窗口", "每村设立调解工作室并配专职工作人员", "由现有村干部兼顾"),
				Arguments.of("变相督查检查考核", "组织评估组逐村打分", "组织专家提供技术指导"),
				Arguments.of("要求出具证明", "让村委会开个证明", "让村委会通知一下"),
				Arguments.of("提到证明名称", "需要独生子女证明", "需要独生子女父母光荣证"),
				Arguments.of("在表格上签署意见或出具说明（以用途描述的证明）", "请村委会在实践鉴定表上填写表现意见", "请村委会把鉴定结果告诉学校"),
				Arguments.of("盖章、签署意见或外调反馈", "请村党组织加盖印章", "请村党组织研究"),
				Arguments.of("第三方（银行、学校、单位等）索要", "银行要求提供", "村民自己需要"),
				Arguments.of("突发紧急事项", "气象台发布暴雨橙色预警", "天气晴好适宜秋收"),
				Arguments.of("村民自行提议、议定", "经村民代表会议讨论决定", "县里要求各村执行"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void eachRuleCatchesItsPhrasingAndLeavesTheNearMissAlone(String name, String fires, String quiet) {
		Rule rule = rule(name);
		assertThat(RuleHit.find(List.of(rule), Texts.normalise(fires), fires)).as("“%s”应命中【%s】", fires, name).hasSize(1);
		assertThat(RuleHit.find(List.of(rule), Texts.normalise(quiet), quiet)).as("“%s”不应命中【%s】", quiet, name).isEmpty();
	}

	@Test
	void everyRuleHasATest() {
		List<String> tested = rules().map(a -> (String) a.get()[0]).toList();
		assertThat(all().stream().map(Rule::name)).containsExactlyInAnyOrderElementsOf(tested);
	}

	@Test
	void repeatedDistinctPhrasesAddHalfEachUpToTwiceTheWeight() {
		Rule rule = rule("台账留痕");
		String text = "建立台账，一事一档，对比照片，签到表，装订成册";
		RuleHit hit = RuleHit.find(List.of(rule), text, text).get(0);
		assertThat(hit.spans()).hasSize(5);
		assertThat(hit.score()).isEqualTo(2 * rule.weight());
	}

	@Test
	void fullWidthLettersAreReadAsAppAndSpansPointIntoTheOriginal() {
		String text = "请各村下载注册“智慧乡村”ＡＰＰ";
		RuleHit hit = RuleHit.find(List.of(rule("强制下载APP、关注公众号")), Texts.normalise(text), text).get(0);
		RuleHit.Span span = hit.spans().get(0);
		assertThat(text.substring(span.start(), span.end())).isEqualTo(span.phrase()).endsWith("ＡＰＰ");
	}

	static List<Rule> all() {
		return Stream.of(BurdenRules.ALL, CertificateRules.ALL, ContextRules.ALL).flatMap(List::stream).toList();
	}

	static Rule rule(String name) {
		return all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("无规则 " + name));
	}
}
