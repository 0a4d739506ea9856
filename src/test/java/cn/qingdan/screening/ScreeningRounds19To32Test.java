package cn.qingdan.screening;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds 19 to 32 of issue 13 (after the first blind runs of holdouts 23, 24, 25 with 26, 27 with 28 and 29, then 30
 * to 44, one to three a round): the families their misses belong to, each with near misses on the other side. Texts are written for this test, not taken from the
 * measured sets.
 */
class ScreeningRounds19To32Test {

	private static Screening screen(String text) {
		return Screener.screen(ScreenerTest.DEMO, text, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			已报过又分别要                 | 镇社会事务办：上个月已报过的困难儿童名单，县教育局、团县委、妇联又分别要一份。         | PROHIBITED
			分头报送                       | 县农业农村局：种粮大户名单请各村按三个科室的表分头报送。                               | PROHIBITED
			今晚填好报镇里                 | 镇党政办：请各村今晚把返乡大学生情况表填好报镇里。                                     | PROHIBITED
			费用由各村分摊大写金额         | 镇文化站：春节灯会的布展费用由各村分摊，每村贰仟元，节前交到镇财政所。               | PROHIBITED
			证明自己还活着                 | 一位在外地养老的老人来电：领退休金要证明自己还活着，想请村里给写一张。                 | CERTIFICATE_NOT_ISSUABLE
			村民意见向镇政府反映           | 乡亲们对镇上改线的公交站点有意见，请村委会收集大家的意见后向镇政府反映。               | SELF_GOVERNANCE
			""")
	void familiesOfRoundNineteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			不需另建台账                   | 县妇联：请村妇联执委在日常走访中留意家暴线索，发现后及时报告派出所，不需另建台账。     | ASSISTANCE
			不向各村分摊                   | 县委宣传部：宣传册印刷费由县财政承担，不向各村分摊，请各村协助发放到户。               | ASSISTANCE
			不再要求分头报送               | 县统计局：各部门的表已合并，不再要求各村分头报送，请村里提醒住户配合入户调查。         | ASSISTANCE
			""")
	void nearMissesOfRoundNineteen(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			村干部扣下货物                 | 镇市场监管所群消息：各村对路口卖水果的流动摊点先劝，劝不走的由村干部当场扣下三轮车。   | PROHIBITED
			由村委会收取罚款               | 县林业局来电：发现乱砍滥伐的，由村委会按每棵两百元收取罚款后上缴。                   | PROHIBITED
			村委会下达停工通知             | 镇规划办：对未批先建的农房，由村委会开具停工通知书并张贴到户。                       | PROHIBITED
			负责谈补偿签协议               | 县交通局：高速匝道征地涉及三个村，由村干部负责逐户谈补偿、签协议。                   | PROHIBITED
			率月底前达到百分之几           | 镇政府：电子医保凭证激活率本月底前达到百分之九十五。                                 | PROHIBITED
			每天在群里晒进度               | 镇农办：秸秆离田进度请各村每天在群里晒一晒。                                         | PROHIBITED
			每户附两张照片少一张重做       | 镇统计站：住户调查表每户附三张入户照片，照片少一张整村退回重做。                     | PROHIBITED
			纸质电子两版                   | 镇党政办：村集体资产清查表本周五前交纸质和电子两版。                                 | PROHIBITED
			每村维护费大写                 | 县广电中心：每村应急广播维护费陆佰元，请各村年底前汇到指定账户。                     | PROHIBITED
			不用开证明                     | 县民政局：高龄津贴年审改为数据比对，请村里通知老人家属，村里不用再开任何证明。       | ASSISTANCE
			在本村租房住满                 | 外地来务工的小王，孩子上幼儿园要证明一家在本村租房住了两年，想请村里开个证明。       | CERTIFICATE_RETAINED
			""")
	void familiesOfRoundTwenty(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			拨付代办经费的委托代收         | 县税务局已与各村签订委托协议：由村里代收城乡居民养老保险费，按每户三元标准拨付代办经费，收缴期两个月。 | ASSISTANCE
			拨给每村维护费                 | 县广电中心：每年给每村拨付应急广播维护费陆佰元，请各村协助看护设备。                 | ASSISTANCE
			""")
	void nearMissesOfRoundTwenty(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			全体干部收看截屏签到           | 县审计局通知：周四召开全县内审业务视频培训，各村全体干部在村部收看，会中截图签到。     | PROHIBITED
			缺席的村通报                   | 市场监管局通知：明天的食品安全视频会各村两委必须参加，缺席的村在全县通报。             | PROHIBITED
			系统已录入另需纸质盖章件       | 县民政局：低保年审数据各村已在系统录入，但局里还需一份纸质盖章件和一份电子表格。       | PROHIBITED
			周末加班填报                   | 镇经发办：规上企业用工统计表请各村周末加班一并填报。                                   | PROHIBITED
			除了系统还要再报               | 各村注意：除了在监测平台更新，还要再报一份纸质表给农经站，周五前交。                   | PROHIBITED
			几份内容一样都要交             | 镇党政办：给组织办、宣传办、综治办的三份表内容一样，周三前都要交。                     | PROHIBITED
			腾空房屋更换门锁               | 县法院执行局：请村委会组织人员把被执行人的房屋腾空，并更换门锁。                       | PROHIBITED
			领导来看统一摆花盆             | 镇党政办：后天省领导来看示范村，沿线各村统一摆上花盆，村干部在路口等候。               | PROHIBITED
			山火疏散                       | 县森林防火指挥部紧急通知：林区发生山火，请附近各村立即组织疏散进山群众。               | ASSISTANCE
			部门名后直接请社区转发         | 县公安局反诈中心本周末在文化广场开展宣传，请社区在居民群里转发活动通知。             | ASSISTANCE
			派人入户请村里带路             | 县农业农村局下周派人入户核查耕地种植情况，请村里安排熟悉情况的干部带路。             | ASSISTANCE
			业主想成立业委会               | 小区业主们想成立业主委员会，请居委会指导筹备业主大会。                                 | SELF_GOVERNANCE
			""")
	void familiesOfRoundTwentyOne(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			法院执行请村干部见证           | 县法院执行局：依法执行时，请村干部到场见证，执行由法院干警实施。                       | ASSISTANCE
			不另要表格                     | 县民政局：数据已在系统录入的，由局里直接导出，不另要表格，请村里提醒低保户按时年审。   | ASSISTANCE
			""")
	void nearMissesOfRoundTwentyOne(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			报酬由村里解决                 | 县农业农村局：每个村确定一名专职防疫员，不得由村干部兼任，报酬由村里解决。             | PROHIBITED
			按亩向承包户收取               | 乡政府：农田水利配套款按每亩贰拾元向承包户收取，由村会计收齐后上缴。                   | PROHIBITED
			每村派村民到县城执勤           | 县交警大队：国庆期间各村每天派三名村民到县城路口协助执勤，连续七天。                   | PROHIBITED
			系统录完再填纸质               | 各村注意：困难群众信息在救助平台录完后，再按镇里的表填一遍纸质版。                     | PROHIBITED
			验收插彩旗做画册               | 镇党政办：下周市里来考察乡村振兴，沿线各村做好展板和宣传画册，路边插上彩旗。           | PROHIBITED
			村里代收税款                   | 县税务局：请各村督促农户缴纳契税，由村会计代收后统一上交。                             | PROHIBITED
			每个村完成保险单数             | 镇保险服务站：每个村今年完成家庭财产保险六十单，完不成的由村书记自己想办法补上。       | PROHIBITED
			村委会开的条子                 | 在外地的老人说，养老金那边要一张村委会开的“人还活着”的条子，每年一次。               | CERTIFICATE_NOT_ISSUABLE
			反馈报到党员表现               | 县财政局机关党委来电：我局党员到你村报到服务一年了，请村党支部反馈他参加活动的表现。   | CERTIFICATE_RETAINED
			村里组织义务清扫               | 入冬前村里组织各户义务清扫房前屋后，党员带头，村民自愿参加。                         | SELF_GOVERNANCE
			不下任务数不排名               | 县医保局：请各村在村民群里转发缴费通知，本次不下任务数、不统计转发量、不排名。       | ASSISTANCE
			""")
	void familiesOfRoundTwentyTwoFromHoldout27(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			填写外调材料并盖章             | 某武警支队政治处：本村籍士兵拟发展为党员，请村党支部填写外调材料并盖章。               | CERTIFICATE_RETAINED
			乡镇办公室名开头               | 社会事务办：请在村务公开栏张贴养老保险缴费通知，不下指标、无需报送材料。             | ASSISTANCE
			村委会下达停用通知             | 县住建局：对鉴定为危房的出租屋，由村委会下达停用通知并负责整改销号。                   | PROHIBITED
			全员到县城参会交心得           | 县文旅局召开全域旅游推进会，各村书记全员到县城参会，会后每村交一篇心得体会。         | PROHIBITED
			职责流程挂在墙上               | 县司法局要求各村把调委会成员名单和工作流程挂在村部墙上，月底前拍照上传。             | PROHIBITED
			刑满回乡帮教                   | 司法所：本村一名人员下月刑满回乡，请村委会配合做好帮教衔接。                           | ASSISTANCE
			派人上街劝离没收               | 镇党政办：集日街道占道严重，请沿街各村各派五人上街劝离，不听劝的没收货物。             | PROHIBITED
			没有其他任务                   | 县邮政公司想在村里设一个快递代收点，请村委会推荐一名代收员，按件数付费，村里没有其他任务。 | NONE
			搬离物品看守现场               | 县法院执行局：请村委会组织人员负责搬离被执行人屋内物品并看守现场。                     | PROHIBITED
			不统计转发量                   | 县人社局：招聘会下周在镇上举办，请各村在村民群转发信息，局里不统计转发量。             | ASSISTANCE
			文艺队自己筹办                 | 村秧歌队自己筹办元宵节演出，请回乡过年的年轻人到村部报名出节目。                       | SELF_GOVERNANCE
			所在村负责整改到位追究书记     | 县水利局：河道乱堆问题由所在村负责整改到位，逾期未改的追究村党支部书记责任。           | PROHIBITED
			""")
	void familiesOfRoundTwentyTwoFromHoldouts28And29(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			社区责令清退断水断电           | 街道办：违规群租房由各社区责令房东限期清退，逾期不清退的由社区断电。                   | PROHIBITED
			刚收过又各发表格               | 镇党政办：残疾人名单残联上周刚收过，这周民政办和卫健办又各发来一张格式不同的表。       | PROHIBITED
			三张表都要盖章                 | 镇社会事务办：这三张表都要由村里盖章后报回。                                         | PROHIBITED
			考察组来所有村干部待命         | 镇办来电：后天市里考察组来看项目，所有村干部在村委会待命，不准下组。                   | PROHIBITED
			实践情况证明                   | 在省城读书的村民孩子寒假在村里做了两周志愿服务，学校要一份村委会盖章的实践情况证明。 | CERTIFICATE_RETAINED
			寨子里年轻人自己凑奖品         | 屯里的年轻人想在国庆组织一场拔河比赛，奖品由村民自愿凑，希望村委会帮忙借场地。       | SELF_GOVERNANCE
			""")
	void familiesOfRoundTwentyThree(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			盖章的引号里的证明             | 县医保局窗口要求申请人上传村委会盖章的“家中无其他收入”证明，村民拿着表来盖章。       | CERTIFICATE_NOT_ISSUABLE
			全员必须进群回复收到           | 镇应急办：新建一个防汛值班群，各村两委全员必须进群，消息五分钟内回复收到。           | PROHIBITED
			牌子挂在大门两侧               | 县民政局为各村制作“婚姻家庭辅导站”牌子，请月底前挂在村委会门口，挂好拍照发回。       | PROHIBITED
			各村负责税款催缴               | 县税务局：请各村负责辖区内小餐馆税款的催缴，督促缴清。                               | PROHIBITED
			进度按村通报                   | 镇财政所：城乡居民医保收缴进度按村通报。                                             | PROHIBITED
			""")
	void familiesOfRoundTwentyFour(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			为了开头的村里自己的比赛       | 为了丰富冬闲生活，村委会计划组织一场村民拔河比赛，奖品从村集体文化活动经费里列支。   | SELF_GOVERNANCE
			光荣牌挂在门上                 | 县退役军人事务局：新一批光荣牌已到镇里，请各村领回送到军属家中，并协助挂在门上。     | ASSISTANCE
			不按村排名                     | 县医保局：请各村在村民群转发缴费通知，进度由县里统一公布，不按村排名。               | ASSISTANCE
			""")
	void nearMissesOfRoundTwentyFour(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			系统里都有还要纸质抄一遍       | 民政所来电：低保名单系统里都有，但所长想看纸质的，请各村手工抄一遍按组装订。           | PROHIBITED
			今晚几点前送到镇里             | 换届工作群@各村文书：今晚九点前把选民登记表复印件各三份送到镇换届办。                 | PROHIBITED
			迟交的村点名                   | 镇党政办：年度台账本周五前交齐，迟交的村在例会上点名。                               | PROHIBITED
			扑火带路转移老人               | 昨夜山林起火，县森林防火指挥部要求村里立即组织村民给扑火队带路，并把山脚的老人转移出来。 | ASSISTANCE
			派出所请治保会协助巡逻         | 镇派出所：节日期间请村治保会协助组织夜间义务巡逻，补贴由派出所按协议拨付。             | ASSISTANCE
			今晚汇总迟了点名               | 镇党政办：各村务必今晚把返乡人员名单汇总上传，迟了点名。                               | PROHIBITED
			原单位要本人健在的盖章证明     | 外省原单位寄来一张表，每年要由居住地村委会盖章证明退休职工本人仍然健在。             | CERTIFICATE_NOT_ISSUABLE
			""")
	void familiesOfRoundTwentyFive(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			企业问是否愿意合作             | 某快递公司想在村部设一个代收点，由村里安排一个人代收，按件支付费用，问村里是否愿意合作。 | NONE
			""")
	void nearMissesOfRoundTwentyFive(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			按村分摊大写金额交财政所       | 县里办灯会，布展费按村分摊，每村壹仟伍佰元，周五前交镇财政所。                         | PROHIBITED
			村委会负责清空房屋             | 县法院执行局：被执行人拒不腾房，请村委会负责本月内将房屋清空并交付申请人。             | PROHIBITED
			周末加班补录                   | 这个周末各村干部全员到岗，加班补录低保系统数据，一律不准请假。                         | PROHIBITED
			调研备汇报稿档案盒             | 下周县农业农村局到各村调研产业发展，请备好汇报稿、PPT和近三年工作档案盒。              | PROHIBITED
			抽调报账员集中办公             | 镇里项目缺人，现抽调各村报账员到镇上集中办公两个月。                                   | PROHIBITED
			写个鉴定盖章                   | 大学生暑假在村里做了一个月志愿者，学校要村里写个社会实践鉴定盖章。                     | CERTIFICATE_RETAINED
			表格上村委会填写并盖章收入     | 孩子办助学贷款，学校的表里要村委会填写并盖章，写明家里去年年收入多少。                 | CERTIFICATE_NOT_ISSUABLE
			好几位村民的意见反映给镇里     | 好几位村民说村口的路灯坏了半年，请村委会把意见汇总后反映给镇政府。                     | SELF_GOVERNANCE
			年终述职测评                   | 年终村两委述职安排：各成员向村民代表报告工作，村民代表现场测评，不排名。               | SELF_GOVERNANCE
			无县名的局请张贴转发           | 人社局新出台的技能培训补贴政策，请在村务公开栏张贴，并在村民群转发一次。               | ASSISTANCE
			法院请转交传票                 | 县法院：村民李某在外务工，请村委会协助把开庭传票转交其家属。                           | ASSISTANCE
			""")
	void familiesOfRoundTwentySix(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			村里注意每个村分了保单         | 村里注意：镇里配合保险公司推广家财险，每个村分了一百单，月底前收齐保费交农经站。       | PROHIBITED
			完不成的作说明                 | 镇农办：秋粮收购进度请抓紧，完不成的村在例会上作说明。                                 | PROHIBITED
			今晚十二点前长句报来           | 镇办公室：请各村今晚十二点前把全村八十岁以上老人名单、身体和住房情况统计好报来。     | PROHIBITED
			每个村任务是关注人数评先进要看 | 镇宣传办：公众号要涨粉，每个村任务是新增关注一百人，年底评先进要看这个。             | PROHIBITED
			已录入仍请再报各要过一次       | 县民政局：这些信息上月已在平台录入，卫健也各要过一次，仍请按本表再报。               | PROHIBITED
			反馈表逗号后填写               | 县税务局机关党委发来反馈表，请村党支部填写我局报到党员参加活动的情况。               | CERTIFICATE_RETAINED
			""")
	void familiesOfRoundTwentySeven(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			观摩连夜刷墙摆花               | 市里观摩团周五路过，镇里要求沿线各村连夜粉刷墙面、摆上花盆。                           | PROHIBITED
			应知应会背熟                   | 镇党政办：测评组下周入户，请给农户发应知应会答题卡，让大家背熟。                       | PROHIBITED
			另挂铜牌配专干                 | 县司法局：各村要另挂“法律服务站”铜牌，配一间专用办公室和一名专职专干。               | PROHIBITED
			扣网格员绩效                   | 街道城管科：市民每投诉一次，扣该社区网格员绩效五十元。                               | PROHIBITED
			妇女小组自己搞评选             | 村妇女小组商量自己搞一次“好媳妇”评选，由村民代表投票，纯属村里自己的事。             | SELF_GOVERNANCE
			""")
	void familiesOfRoundTwentyEight(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			是否挂牌由村里定               | 县文化馆想在村里设一个书画辅导点，老师由馆里派，是否挂牌由村里自己定，不考核。         | NONE
			减负解散工作群                 | 镇党政办：按照减负要求，原有的涉村工作群全部解散，只保留一个联络群。                   | NONE
			""")
	void nearMissesOfRoundTwentyEight(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			意思一下大村小村               | 镇文化站：中秋晚会经费还差一些，各村意思一下，大村三千、小村一千五，转到站里账户。     | PROHIBITED
			排在后三名说明情况             | 县卫健局：每月公布各村慢病随访率，连续两次排在后三名的，村支书到局里说明情况。         | PROHIBITED
			自己组织人手拆干净             | 镇规划办：路边那几处违建上面要看，下周前请相关村自己组织人手拆干净。                   | PROHIBITED
			出了事故问的就是村里           | 应急站：村里几家加工厂的用电，从下月起由村里每周查一遍，出了事故问的就是村里。         | PROHIBITED
			文书借给党政办工资村里发       | 镇党政办：请各村把会计借给镇财政所用一个月，工资还是村里发。                           | PROHIBITED
			村干部上门动员补缴税           | 镇财政所：没按时申报纳税的个体户，由村干部上门动员补缴。                               | PROHIBITED
			出个反馈意见                   | 县水利局党支部：我局党员到你村报到一年了，请村党支部就他参加活动的情况出个反馈意见。   | CERTIFICATE_RETAINED
			出面做工作绩效别想             | 镇征拆办：还剩五户没签，各村出面做工作，签一户算一户，签不下来的村绩效就别想了。       | PROHIBITED
			签个字出一起由村里兜底         | 镇应急办：防汛关键期，请各村支书到镇里签个字，辖区内出一起险情由村里兜底。             | PROHIBITED
			排个队排后面的找原因           | 街道：各社区每天报劝导车辆数，周五按数量排个队，排后面的自己找原因。                   | PROHIBITED
			麻烦各村贴到公开栏             | 医保局印好了缴费宣传单，麻烦各村今天贴到公开栏，再在广播里念两遍，不用报数。           | ASSISTANCE
			村里只需协助带路不排名         | 县统计局：普查员由局里选聘，村里只需协助带路，不需要另建台账，也不排名。               | ASSISTANCE
			句中的站请各村                 | 清明前后上坟的人多，林业站请各村在山口插宣传旗、用广播提醒文明祭扫。                   | ASSISTANCE
			""")
	void familiesOfRoundTwentyNine(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			出具整改意见不是证明           | 县应急管理局：请村里协助安全员查看小作坊，由安全员出具整改意见。                       | NONE
			一起火情不是起火               | 县林业局：去年全县发生一起火情，今年请各村在山口张贴防火宣传画。                       | ASSISTANCE
			计划给每个村拍片               | 县融媒体中心计划给每个村拍一部宣传片，想请村里推荐拍摄点，费用全包，不列入考核。       | NONE
			报表等减负办批复               | 县商务局新设一张月度物价监测表，已报县减负办审核，等批复后再请村里填报。               | NONE
			企业先谈意向                   | 县邮政分公司想在村部设一个快递代收点，由村便民服务员兼职收发，想先跟村里谈谈意向。     | NONE
			""")
	void nearMissesOfRoundTwentyNine(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			按人口每人N元分摊拉赞助        | 镇文化站：元宵灯会各村按户籍人口每人叁元分摊布展经费，另外请村里联系企业赞助。       | PROHIBITED
			会场坐满每村安排干部签到通报   | 县里后天召开项目推介会，会场座位要坐满，每个村安排书记和两名干部参加，签到情况会后通报。 | PROHIBITED
			村委会上门代收工本费           | 县不动产登记中心：每户收取确权工本费贰拾元，由村委会上门代收，未收齐的村暂不安排登记。 | PROHIBITED
			选举委员会公告                 | 本村选举委员会公告：换届选民登记今天开始，外出人员可委托近亲属登记。                   | SELF_GOVERNANCE
			畜牧站请村委会广播             | 县畜牧站秋季动物集中免疫，防疫员由站里派出，请村委会提前广播通知养殖户圈好牛羊。       | ASSISTANCE
			""")
	void familiesOfRoundThirty(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			一所大学不是派出所             | 省内一所大学的课题组想到村里做问卷调查，请村里帮忙联系十户村民，不占用村干部时间。     | NONE
			""")
	void nearMissesOfRoundThirty(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			不锈钢牌匾挂在大门             | 县气象局寄来不锈钢牌匾一块，请各村收到后挂在村委会门口，挂牌情况列入示范村评选。       | PROHIBITED
			反馈表填入后寄回               | 县人社局机关党委：请村党支部将我局报到党员参加活动的情况填入反馈表后寄回。           | CERTIFICATE_RETAINED
			借调报账员到局里工资村里发     | 县农业农村局来电：借调各村报账员一名到局里集中录入数据，工资由村里照常发放。         | PROHIBITED
			村委会直接下达停产贴封条       | 县市场监管局：群众举报的黑作坊，请村委会直接下达停产通知、贴封条。                   | PROHIBITED
			填写年收入并盖章确认           | 县资助中心的表格里要村委会填写家庭年收入并盖章确认，学生家长拿着表来村部。           | CERTIFICATE_NOT_ISSUABLE
			作为年度评价的参考             | 麻烦各村帮个忙：每户填一份满意度问卷，按户拍照上传，结果作为各村年度评价的参考。     | PROHIBITED
			集体经济必须增收N万元          | 县里定了：每个村今年集体收入必须增收叁万元，完不成的扣村干部当年报酬。               | PROHIBITED
			今晚几点前必须报上来           | 紧急！县上要全村残疾人名单，今晚十一点前必须报上来，按新模板重新填一遍。             | PROHIBITED
			检查组来不准离开村部           | 省里检查组这周可能下来，各村两委成员周末都不准离开村部，随时等通知。                 | PROHIBITED
			税款催上来算到村里头上         | 税务分局让村上把开小卖部那些户的税款催上来，没收齐的话得算到村里头上。               | PROHIBITED
			吵起来让调委会评评理           | 老张家和老刘家为院墙又吵起来了，两家都来村部，让调解委员会给评评理。                 | SELF_GOVERNANCE
			拿村里的证明只有我一个继承人   | 房管部门说老屋过户得先拿村里的证明，证明我爸只有我一个继承人。                         | CERTIFICATE_NOT_ISSUABLE
			委托协议的巡逻                 | 派出所与村委会签了委托协议：冬季夜间由村治保会组织巡逻，派出所提供装备和补助经费。   | ASSISTANCE
			""")
	void familiesOfRoundThirtyOne(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			提请审查后下发的新报表         | 县民政局拟新增一张季度养老服务统计表，现提请审查后下发各村。                           | NONE
			不作为评价依据                 | 县统计局：请各村协助发放满意度问卷，结果只用于了解情况，不作为任何评价依据。           | ASSISTANCE
			暴雨随时报上来                 | 县防指紧急通知：今晚有暴雨，请各村组织转移，转移情况随时报上来。                       | ASSISTANCE
			""")
	void nearMissesOfRoundThirtyOne(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void aPendingMatterSaysWhyItGoesToFullReview() {
		Screening s = screen("县民政局拟新增一张季度养老服务统计表，现提请审查后下发各村。");
		assertThat(s.list()).isEqualTo(Outcome.NONE);
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("说明：这是尚未定下的新事项"));
		assertThat(screen("县人社局：请各村在村民群转发招聘信息。").evidence()).noneMatch(e -> e.startsWith("说明：这是尚未定下的新事项"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			记录补一补纸张弄旧             | 镇里来电：下周可能来抽查，近两年的走访记录有缺的抓紧补一补，纸张弄旧一点。             | PROHIBITED
			执法队不方便出面               | 镇综合执法办：村里出面把河滩上那几台挖砂机请走，执法队不方便出面。                     | PROHIBITED
			让违建消失就说村民自己拆的     | 镇规划办微信：那两处彩钢棚月底前村里想办法让它消失，上面问起就说是村民自己拆的。       | PROHIBITED
			青苗和坟自己消化               | 镇征拆办：线路上的青苗和坟，这周村里自己消化，下周施工队进场。                         | PROHIBITED
			调研组来两委在村部等着         | 镇政府办来电：调研组后天要来，几点还定不下，请村两委全体成员都在村部等着，别出门。     | PROHIBITED
			系统里已录过还要纸质三家都要   | 残联系统里已经录过的名单，民政办又要纸质版，社保所要表格，三家本周都要交。             | PROHIBITED
			爱心支持参考标准每村           | 县老年体协来函：诚邀各村爱心支持重阳节活动，参考标准为每村伍佰元。                     | PROHIBITED
			后三名交流一下经验             | 镇党建办：学习平台活跃度后三名的村，下周请书记来镇里交流一下经验。                     | PROHIBITED
			明早七点半前报上来             | 晚上九点镇里在群里发：明早七点半前把全村低保户的住房情况全部统计好报上来。             | PROHIBITED
			妇女主任组织大扫除             | 村妇女主任在村民群里发：周六上午组织全村大扫除，各家自愿参加，村里准备工具。           | SELF_GOVERNANCE
			拟新增年报表                   | 县林业局拟从明年起新增一张村级护林员巡护情况年报表，每年一月填报一次。                 | NONE
			公司想与村委会商量             | 县燃气公司来函：拟在村部旁设一个液化气代售点，想与村委会商量场地租用办法。             | NONE
			""")
	void familiesOfRoundThirtyTwo(String name, String text, Outcome expected) {
		assertThat(screen(text).list()).as(name).isEqualTo(expected);
	}
}
