package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.qingdan.catalogue.ItemContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structure before topic (who asks, who acts, in whose name) and the burden mechanism in the verdict. The texts are
 * written for these tests, one family per case, not taken from the measured sets.
 */
class StructureAndMechanismTest {

	private static Screening screen(String text) {
		return Screener.screen(ScreenerTest.DEMO, text, null);
	}

	private static Screening screen(String text, RequestKind kind) {
		return Screener.screen(ScreenerTest.DEMO, text, kind);
	}

	@Test
	void theMechanismIsNamedWithItsWordsAndSource() {
		Screening s = screen("县农业农村局：请各村动员农户参加高素质农民培训，每村不少于15户，名单周五前报农业站。");
		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.mechanisms()).first().satisfies(m -> {
			assertThat(m.name()).isEqualTo("下达任务指标");
			assertThat(m.words()).isEqualTo("每村不少于15户");
			assertThat(m.itemCode()).isEqualTo("FM-13");
			assertThat(m.source()).contains("关于规范村级组织工作事务、机制牌子和证明事项的意见");
		});
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("机制：下达任务指标（每村不少于15户）"));
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("结构：县级部门或上级单位"));
		assertThat(s.highlights()).anyMatch(h -> h.reason().equals("负担机制：下达任务指标"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			医保宣传是协助                  | 县医保局：请各村在村民群转发城乡居民医保缴费提醒。                                   | ASSISTANCE
			医保加参保率指标和排名是禁止      | 县医保局：各村城乡居民医保参保率须达到96%，每周通报排名。                             | PROHIBITED
			就业信息是协助                  | 县人社局：请各村把春风行动招聘会的岗位信息张贴到村务公开栏。                          | ASSISTANCE
			就业信息重复导出是禁止           | 县人社局：务工人员信息已在就业系统录入的，请各村再导出一份按镇里格式重新填报。            | PROHIBITED
			普查入户是协助                  | 县统计局：请各村安排熟悉情况的村干部陪同普查员入户登记。                              | ASSISTANCE
			普查连夜报是禁止                | 县统计局：请各村今晚12点前报送普查台账和入户照片。                                   | PROHIBITED
			""")
	void aLawfulTopicWithABannedMechanismIsProhibited(String name, String text, Outcome expected) {
		Screening s = screen(text);
		assertThat(s.list()).as(name).isEqualTo(expected);
		assertThat(s.mechanisms().isEmpty()).as(name).isEqualTo(expected != Outcome.PROHIBITED);
	}

	/** Families read after the first blind run of holdout 5 (issue 13, round 4); texts written for this test. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			集体账户垫付是转嫁费用           | 镇社保所：缴费还差不少，请各村先从集体账户垫付，年后再向农户收回。                      | PROHIBITED
			差额由村干部补足是转嫁费用        | 县农业农村局：政策性保险每村须投保200亩，差额由村干部自行补足。                        | PROHIBITED
			系统里有的也要再报是重复报送       | 镇民政办：低保名单系统里已经有了，各村还要再报一遍纸质的。                             | PROHIBITED
			墙上张贴职责是制度上墙            | 县妇联：请各村在活动室墙上张贴妇联执委职责和议事规则。                                | PROHIBITED
			只转告和报告的卫生事项是协助       | 县卫健局：请各村用广播宣传冬季爱国卫生知识，发现鼠患及时报告镇卫生院。                   | ASSISTANCE
			请村组织发包是村里自己的事         | 镇农经站：村里的果园承包合同明年到期，请村里按程序组织公开发包。                        | SELF_GOVERNANCE
			村干部在群里召集出工是自治         | 村支书在群里说：下周六修村口水渠，每户出一个工，大家商量一下时间。                      | SELF_GOVERNANCE
			请村通知农户是协助               | 县农机中心：请各村通知农户，农机购置补贴申请本月底截止。                               | ASSISTANCE
			拟在村里办活动是新事项            | 县文化馆：拟在村里举办剪纸培训，请村里通知有兴趣的村民。                               | NONE
			有热线的告知不要求村办理          | 县燃气公司：管道天然气价格下月调整，如有疑问可拨打服务热线。                            | NONE
			报到情况写评价意见是保留证明       | 某单位来函：在职党员王某在你村报到，请写评价意见反馈我单位。                             | CERTIFICATE_RETAINED
			出具同意建设的意见不是证明         | 某公司：拟在村东建设光伏电站，请村委会出具同意建设的意见。                              | NONE
			要村里证明没有收入是不应出具       | 村民办理助学贷款，银行要村委会证明他家没有固定收入。                                   | CERTIFICATE_NOT_ISSUABLE
			""")
	void familiesOfTheFifthHoldout(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	/** Families read after the first blind run of holdout 6 (round 5); texts written for this test. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			社区的指标与村的一样             | 街道办：每个社区要发动居民办理惠民卡不少于300张，周五报数。                             | PROHIBITED
			社区经费支出是转嫁费用            | 区文明办：宣传横幅由社区工作经费支出，每个社区挂三条。                                  | PROHIBITED
			村里当场暂扣是执法               | 镇市场监管所：发现售卖过期食品的，村里可以当场暂扣。                                    | PROHIBITED
			发现一处扣村考核分是追责          | 县城管局：道路两侧每发现一处垃圾堆，扣所在村考核1分。                                   | PROHIBITED
			记录缺一天按未履职是留痕考核       | 镇综治办：网格员巡查日志缺一天的，按未履职处理。                                       | PROHIBITED
			分发到户是协助                   | 县农业农村局：良种补贴的种子已到镇，请各村分发到种植户手中。                              | ASSISTANCE
			告诉村民是协助                   | 县医保局：请各村把医保电子凭证的激活方法告诉村民。                                       | ASSISTANCE
			可自行下载的APP只是告知           | 县公安局：交管APP新增驾驶证电子版，需要的可自行下载。                                    | NONE
			表上写意见是以用途描述的保留证明    | 某学院：学生钱某在村里参加志愿服务，请村委会在志愿服务登记表上写意见。                     | CERTIFICATE_RETAINED
			""")
	void familiesOfTheSixthHoldout(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	/** Families read after the first blind run of holdout 7 (round 6); texts written for this test. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			整改不到位是处罚条件不是否定       | 县应急局：隐患由村督促整改，整改不到位发生事故的追究村干部责任。                          | PROHIBITED
			村组织转达上面的指标不是自治       | 村委会群消息：镇里说了，今年医保参保要过九成，大家今晚分头去问，明早报数。                   | PROHIBITED
			采访时全体村干部在场是陪同         | 县融媒体中心：下周来村里拍宣传片，全体村干部都在现场，提前组织村民在广场排练。               | PROHIBITED
			旗里的部门请嘎查通知是协助         | 旗医保局：请各嘎查通知牧民，医保缴费截至本月底。                                         | ASSISTANCE
			立即报告是协助                    | 县林草局：请护林员巡山时留意松树枯死，有成片枯死的立即报告林业站。                          | ASSISTANCE
			请村里带路是协助                  | 县统计局：农业普查员下周入村，请村里协助安排人带路。                                      | ASSISTANCE
			牧民代表会议决定是自治             | 嘎查牧民代表会议决定：集体草场今年租给外村的收益按户分配。                                 | SELF_GOVERNANCE
			签个意见盖个章是以用途描述的证明    | 某学院：我校学生在你村完成了暑期社会调查，请村委会在调查报告上签个意见、盖个章。             | CERTIFICATE_RETAINED
			""")
	void familiesOfTheSeventhHoldout(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	/** Families read after the first blind runs of holdouts 8 and 9 (rounds 7 and 8); texts written for this test. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			食宿由村里承担是转嫁费用           | 县文旅局：调研组在村期间的食宿费用由村里承担。                                            | PROHIBITED
			派村干部到县里值班是借调           | 县应急局：汛期每村派1名村干部到县防办值班，为期一个月。                                    | PROHIBITED
			缺一样算没做是留痕考核             | 镇民政办：每次探访要有照片、签字、记录，缺一样算未走访。                                    | PROHIBITED
			已有电子版还要纸质是重复报送        | 县卫健局：疫苗接种信息系统里已经有电子版，各村还要再交一份纸质的。                           | PROHIBITED
			记录整理成册评比是过度留痕          | 镇妇联：各村妇女议事会记录整理成册，每季一本，年底评比。                                    | PROHIBITED
			帮老人办理是协助                  | 县医保局：请村里帮不会上网的老人办理医保缴费。                                            | ASSISTANCE
			明白纸发到每户是协助               | 县消防大队：请各村把冬季防火明白纸发到每户。                                              | ASSISTANCE
			拟设服务站请推荐代办员是新事项      | 某快递公司：拟在村里设立快递服务站，请村委会推荐一名代办员。                                 | NONE
			详见网站的公告只是告知             | 县住建局：农村住房建设技术导则已印发，详见住建局网站。                                       | NONE
			报到卡上填写评价是保留证明          | 某局机关党委：在职党员李某到你村报到一年，请村党支部在报到卡上填写评价。                       | CERTIFICATE_RETAINED
			""")
	void familiesOfTheEighthAndNinthHoldouts(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			部门的通知贴在公开栏是协助       | 县水利局：请各村把《河道管理范围内禁止行为告知书》张贴在村务公开栏。                   | ASSISTANCE
			村里公开自己的账是自治           | 村委会：上半年村集体收入支出明细已在村务公开栏公布，欢迎村民查看。                     | SELF_GOVERNANCE
			发现违建报告是协助               | 镇综合执法队：各村发现有人在河道边违规搭建的，请拍照报告执法队。                       | ASSISTANCE
			被要求拆违是禁止                | 镇综合执法队：河道边的违规搭建由所在村负责限期拆除，月底前清零。                       | PROHIBITED
			村民自己出钱办活动是自治          | 村老年协会：元宵节办灯谜会，奖品由在外乡贤和村民自愿捐助，费用由村集体补一点。           | SELF_GOVERNANCE
			部门向村转嫁活动费用是禁止        | 县文旅局：元宵灯会的布展费用由各村从村集体经费中列支。                                | PROHIBITED
			""")
	void whoActsForWhomDecides(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			免费体检通知                    | 镇卫生院：下周在村卫生室为高血压、糖尿病患者免费随访检查，请村里通知到人。              | ASSISTANCE
			救灾物资                        | 县应急管理局：洪涝受灾户的救灾大米已到镇里，请各村按名单发放到户并登记签收。            | ASSISTANCE
			辍学学生                        | 县教育局：你村有一名初一学生辍学在家，请村委会配合学校上门做家长工作。                  | ASSISTANCE
			理事会清水塘                    | 村民理事会：本周六各户出一个劳力，清理后山水塘的淤泥。                                | SELF_GOVERNANCE
			院坝会                          | 村里周五晚上开院坝会，大家一起商量新建停车场放在哪里。                                | SELF_GOVERNANCE
			篮球赛                          | 村篮球队：春节办村际篮球友谊赛，奖品由村民自愿赞助。                                  | SELF_GOVERNANCE
			只是告知                        | 县文化馆：周六晚上在县广场有惠民演出，欢迎村民前往观看。                              | NONE
			""")
	void plainWordsAssistanceAndSelfGovernance(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			学生实践表                      | 某职业学院：学生陈某暑假在你村做志愿者一个月，请村委会在实践鉴定表上填写表现意见并盖章。 | CERTIFICATE_RETAINED
			参军政审                        | 县人武部：你村青年刘某报名入伍，请村党支部对其政治表现出具意见。                       | CERTIFICATE_RETAINED
			居住证                          | 派出所：外来务工人员王某申领居住证，请村委会出具其在本村实际居住情况的说明。             | CERTIFICATE_RETAINED
			""")
	void retainedCertificatesDescribedByTheirUse(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			SIGNBOARD    | 县司法局：请各村在村部门口悬挂统一规格的“法律服务站”牌匾，下月验收。               | PROHIBITED
			SIGNBOARD    | 县民政局：请各村把村务公开栏更换为防雨材质，费用由民政局承担。                        | ASSISTANCE
			GROUP_OR_APP | 镇党政办：村干部每天早晚在“智慧村务”APP上打卡签到，缺卡扣分。                      | PROHIBITED
			GROUP_OR_APP | 镇党政办：本镇各类村级工作群合并为一个，不搞打卡接龙，特此告知。                      | NONE
			REPORT_FORM  | 县民政局：低保对象信息已在救助系统录入，请各村再报纸质花名册一份。                     | PROHIBITED
			REPORT_FORM  | 县民政局：请各村协助核实低保对象家庭人口变化，有变动的报镇民政办。                     | ASSISTANCE
			VISIT        | 镇党政办：周四市里来观摩，请各村准备展板和汇报材料，两委成员全员在岗。                 | PROHIBITED
			ASSESSMENT   | 县评估组将对各村逐村打分排名，结果与村干部报酬挂钩。                                 | PROHIBITED
			""")
	void ledgerKindsAreScreenedTheSameWay(RequestKind kind, String text, Outcome expected) {
		Screening s = screen(text, kind);
		assertThat(s.list()).as(kind + " " + text).isEqualTo(expected);
		assertThat(s.evidence()).contains("请求类型：" + kind.label());
		if (expected == Outcome.PROHIBITED) {
			assertThat(s.mechanisms()).as(text).isNotEmpty();
		}
	}

	@Test
	void aCountysOwnPatternIsUsedAndAnOlderVersionFallsBackToTheNationalOnes() {
		String text = "镇团委：请各村认领公益岗位，每村认领8个岗位。";
		List<ItemContent> own = new ArrayList<>();
		for (ItemContent i : LabelledCases.demoCatalogue()) {
			own.add(i.code().equals("FM-08") ? i.withPatterns(List.of("【摊派认领岗位】认领…N…个岗位"), List.of("每村认领5个岗位"), List.of()) : i);
		}
		Screening custom = Screener.screen(CatalogueIndex.build(2, 2, own), text, null);
		assertThat(custom.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(custom.mechanismLines()).contains("机制：摊派认领岗位（认领8个岗位）");

		List<ItemContent> older = LabelledCases.demoCatalogue().stream().map(i -> i.withPatterns(List.of(), List.of(), List.of())).toList();
		Screening fallback = Screener.screen(CatalogueIndex.build(3, 1, older), "县农业农村局：每村不少于15户参加培训。", null);
		assertThat(fallback.mechanisms()).extracting(Mechanism::name).contains("下达任务指标");
	}

	@Test
	void aDepartmentsFilingWithoutASenderIsNeverTheVillagesOwnAffair() {
		// an admission application is title + content, with no “某某局：” before it
		Screening s = screen("协助开展农户种植意向摸排\n请各村协助摸排农户种植意向。");
		assertThat(s.list()).isEqualTo(Outcome.NONE);
		assertThat(s.evidence()).noneMatch(e -> e.contains("自己提出"));
	}

	@Test
	void aNegatedOrWaivedMechanismDoesNotCount() {
		assertThat(screen("县妇联：最美家庭网上展示，村民自愿参加，不排名、不通报、不考核。").list()).isNotEqualTo(Outcome.PROHIBITED);
		assertThat(screen("县统计局：数据已由系统自动汇总，各村无需另行报送纸质版。").mechanisms()).isEmpty();
	}
}
