package cn.qingdan.screening;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds 10 to 18 of issue 13 (after the first blind runs of holdouts 12, 13 and 14, then of holdouts 15 to 22, one a
 * round): the families their misses belong to, each with near misses on the other side. Texts are written for this test, not taken from the measured sets.
 */
class ScreeningRounds10To18Test {

	private static Screening screen(String text) {
		return Screener.screen(ScreenerTest.DEMO, text, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			盖章的材料证明还活着           | 某县社保中心：在外地居住的退休人员，每年请村里出一份盖章的材料，证明本人还活着。       | CERTIFICATE_NOT_ISSUABLE
			在世的书面材料加盖公章         | 县人社局：异地居住的领取人，请村里每年出具本人仍然在世的书面材料并加盖公章。           | CERTIFICATE_NOT_ISSUABLE
			没结过婚                       | 村民小李：公积金中心贷款要一份我没结过婚的证明，麻烦村里给盖个章。                     | CERTIFICATE_NOT_ISSUABLE
			函调表                         | 某县医院党委：我院发展对象王某户籍在你村，请村党支部填写函调表并盖章。                 | CERTIFICATE_RETAINED
			宅基地哪一年批的               | 县自然资源局：办理房地一体登记，请村委会说明张某家宅基地是哪一年批的。                 | CERTIFICATE_RETAINED
			政治考核意见并盖章             | 县人武部：请村里对应征青年本人的现实表现填写政治考核意见并盖章。                       | CERTIFICATE_RETAINED
			平台已有仍分别报送             | 县卫健局：慢病患者名单健康平台里已有，但医保、民政口径不同，请各村分别报送。           | PROHIBITED
			协助清缴税费                   | 镇税务分局：请各村协助清缴辖区商铺欠缴的税费，月底前报完成情况。                       | PROHIBITED
			每村下达任务金额               | 镇政府：今年每村下达医保征缴任务8万元，年底通报。                                     | PROHIBITED
			紧急联系村民                   | 县应急局紧急通知：上游水库泄洪，请村里马上联系河滩边放羊的村民撤到高处。               | ASSISTANCE
			坝坝会定的集体开支             | 坝坝会记录：大家商量修村口的小桥，多数村民同意从集体收入里出钱。                       | SELF_GOVERNANCE
			钱大家自己凑                   | 村里几个年轻人想办一场篮球赛，费用大家自己凑，请村委会借个场地。                       | SELF_GOVERNANCE
			""")
	void familiesOfRoundTen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			镇里让村集体出电费             | 镇政府：请各村召开院坝会，商议后路灯电费一律由村集体承担。                             | PROHIBITED
			部门让村里出演出费             | 县文旅局：春节村晚的演出费用由村集体承担，请各村提前准备。                             | PROHIBITED
			个税汇算是纳税人自己的事       | 县税务局：个人所得税年度汇算清缴开始，有需要的可登录个税APP自行办理。                   | NONE
			""")
	void nearMissesOfRoundTen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			已录入系统仍手工再填           | 县民政局：低保数据已录入救助系统，仍请各村按新模板逐户手工填写一遍。                 | PROHIBITED
			今晚几点前报送                 | 镇农办：各村今晚11点前上报电子版和盖章扫描件。                                       | PROHIBITED
			团体会员缴会费                 | 县老年体协来函：各行政村作为团体会员，每村缴纳年度会费500元。                         | PROHIBITED
			报到情况反馈我局               | 县司法局机关党委：请社区把我局党员报到后参加活动的情况反馈我局。                     | CERTIFICATE_RETAINED
			村民大会通过的公约             | 几户村民提议把红白喜事的标准写进村规民约，交村民大会讨论通过。                       | SELF_GOVERNANCE
			村里的委员陪同部门上门         | 县残联：下周走访重度残疾人家庭，请村公共卫生委员会委员陪同工作人员上门，慰问品由残联准备。 | ASSISTANCE
			""")
	void familiesOfRoundEleven(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			今晚前提醒村民不是报送         | 县气象局：寒潮来袭，今晚8点前请村里提醒村民关好门窗。                               | ASSISTANCE
			村民自己交会费                 | 县养蜂协会：村民自愿入会的，会费由本人缴纳，详见协会公告。                           | NONE
			""")
	void nearMissesOfRoundEleven(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			测评抽查在岗待命               | 县创建办：市测评组本周随机抽查，请各村两委成员在岗待命，提前布置展板。               | PROHIBITED
			系统已有仍要纸质版             | 县残联：请各村把持证残疾人名单再填一份，系统里已有，但我们要纸质版归档。             | PROHIBITED
			从村级经费中扣划               | 镇文化站：各村文艺汇演服装费由镇财政所从村级经费中统一扣划。                         | PROHIBITED
			情况说明加盖公章               | 某职业学校：学生李某申请助学金，请村委会出具其父亲长期卧床不能劳动的情况说明并加盖公章。 | CERTIFICATE_NOT_ISSUABLE
			小组长反映按户出工             | 第二村民小组长反映：组里的水渠淤塞，组员商量按户出工清淤，请村委会帮着安排日子。     | SELF_GOVERNANCE
			""")
	void familiesOfRoundTwelve(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			测评结束照常工作               | 县文明办：全市测评已经结束，各村照常开展工作，不再另行布置。                         | NONE
			县财政列支不扣村里             | 县文旅局：送戏下乡的演出费由县财政列支，不从村级经费中扣划，请各村通知村民观看。     | ASSISTANCE
			""")
	void nearMissesOfRoundTwelve(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			开个材料写明关系               | 村民赵某：保险公司理赔要村里开个材料，写明我和死者是母子，再盖个章。                 | CERTIFICATE_NOT_ISSUABLE
			出一份说明                     | 某幼儿园：孩子入园登记，请社区出一份孩子家长在本小区租住情况的说明。                 | CERTIFICATE_RETAINED
			书面说明并盖章                 | 县水务公司：申请减免水费的，须村委会书面说明其家庭经济困难的实际情况并盖章。         | CERTIFICATE_NOT_ISSUABLE
			出具材料写明继承               | 县公证处：办理房屋继承公证，请村委会出具材料写明老人有几个子女并加盖公章。           | CERTIFICATE_NOT_ISSUABLE
			团体会员会费                   | 县餐饮行业协会：各村委会作为会员单位入会，每年会费800元。                           | PROHIBITED
			每村宣传费                     | 县融媒体中心：乡村振兴专题片每村宣传费6000元，请于月底前交齐。                       | PROHIBITED
			明早几点前上报                 | 县统计局：明天一早9点前各村填报本村外出务工人员的人数和去向。                         | PROHIBITED
			几位老人自己组织               | 几位退休教师想在村里办个书法班，每周六下午教孩子写字，请村委会借一间活动室。           | SELF_GOVERNANCE
			供参考无需回复                 | 县水文站：本周河道水位平稳，水情简报已在官网发布，供各村参考，无需回复。               | NONE
			""")
	void familiesOfRoundThirteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			开展走访并收集材料不是证明     | 县民政局：请各村开展困难群众走访，收集走访记录，发现困难及时报告镇民政办。             | ASSISTANCE
			部门提供说明材料               | 县医保局：城乡居民医保缴费说明已印好，请各村发给各户。                               | ASSISTANCE
			""")
	void nearMissesOfRoundThirteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			费用村里承担                   | 镇宣传办：下周市里来观摩，村口的宣传栏由各村重新喷绘，费用村里承担。                 | PROHIBITED
			检查组看点村书记待命           | 镇党政办：后天检查组来看点，三个村的村书记上午在村部待命。                           | PROHIBITED
			每村赞助经费                   | 县体育局：全县农民运动会请每村赞助比赛经费1500元。                                   | PROHIBITED
			分三次各报                     | 县农业农村局、县统计局、镇农办的种植面积表字段相近，各村须分三次分别上报。           | PROHIBITED
			请村里写明待业                 | 某超市人事部：应聘人员吴某说去年一直在家，请村委会写明她去年没有在外工作。           | CERTIFICATE_NOT_ISSUABLE
			写清楚并盖章                   | 村民钱某：我想用自家门面开个理发店，市场监管所让村里写清楚这房子是我家的，盖个章。   | CERTIFICATE_NOT_ISSUABLE
			防指紧急转移                   | 县防指紧急通知：山洪预警，请各村立即把河边低洼地带的住户转移到安置点。               | ASSISTANCE
			""")
	void familiesOfRoundFourteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			村里不承担费用                 | 县文旅局：送戏下乡的费用由县财政承担，村里不承担，请各村通知村民观看。               | ASSISTANCE
			分两次发放不是报送             | 县民政局：今年的高龄津贴分两次发放到老人账户，请各村告知老人。                       | ASSISTANCE
			""")
	void nearMissesOfRoundFourteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			由社区开罚单                   | 县市场监管局：占道经营屡劝不改的，由社区开具罚单，每次罚款100元。                    | PROHIBITED
			各社区抽调人员                 | 县创卫办：各社区抽调3名工作人员到创卫专班集中办公两个月。                           | PROHIBITED
			系统中已录入仍重填             | 县医保局：请各村将系统中已经录入的参保人员信息按新表重新填写一份报局。               | PROHIBITED
			楼栋长参与治理证明             | 社区居民：单位评优要我在社区当楼栋长的情况，请社区出个证明写明我参与社区治理的情况。   | CERTIFICATE_RETAINED
			""")
	void familiesOfRoundFifteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			罚款由部门处理                 | 县城管局：发现乱扔垃圾的请劝导并告知城管中队，罚款由城管局依法处理。                 | ASSISTANCE
			""")
	void nearMissesOfRoundFifteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			报到情况作出反馈               | 某街道机关党委：请社区对我单位报到党员本年度参加社区活动的情况作出反馈。             | CERTIFICATE_RETAINED
			小区几位居民自己组织           | 小区几位退休工人想成立一个象棋兴趣小组，想借社区活动室，每周活动一次。               | SELF_GOVERNANCE
			""")
	void familiesOfRoundSixteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			反馈党员参加活动情况           | 县档案馆机关党委：请社区反馈我馆报到党员今年参加社区巡逻和环境整治的情况。           | CERTIFICATE_RETAINED
			无需村里做任何事               | 县供电公司告知：本月电费可在网上营业厅自行缴纳，无需村委会做任何工作。               | NONE
			内容相同表格不同               | 县林业局和镇林业站都要各村报护林员名单，内容基本相同，但表格各不一样。               | PROHIBITED
			集体账户垫资                   | 镇政府：道路硬化补助年底才到，先由各村从集体账户垫资给施工方。                       | PROHIBITED
			""")
	void familiesOfRoundSeventeen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			明早八点前汇总报镇里           | 镇民政办群消息：各村独居老人名单明早七点前汇总报镇里。                               | PROHIBITED
			格式各不相同分别填报           | 县人社局、县医保局的参保表格式各不相同，请各村分别填报。                             | PROHIBITED
			当场对农户罚款                 | 县城管执法局：发现乱搭乱建的，由村委会当场对户主处以五百元罚款。                     | PROHIBITED
			自愿申请不影响考核             | 县科协：有意愿的村可自愿申请建科普宣传栏，材料由科协提供，不申请的不影响任何考核。   | NONE
			""")
	void familiesOfRoundEighteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}
}
