package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who asks, who must act, in whose name — read from the request before its topic. A county department or township
 * asking the village to pass on its notice, hand out its goods, visit or report is assisting government; the village
 * or its villagers deciding and paying for their own affairs is self-governance; a notice asking nothing of the
 * village is information only.
 *
 * @param asker who the request comes from
 * @param acts what the village is asked to do (relay, distribute, visit, verify, report)
 * @param villagersFund whether the villagers fund or do the work themselves (捐资、凑钱、自愿出工)
 * @param informationOnly whether the text only informs (特此告知、欢迎、自愿报名) and asks the village for nothing
 */
record Structure(Asker asker, Set<Act> acts, boolean villagersFund, boolean informationOnly) {

	enum Asker {
		DEPARTMENT("县级部门或上级单位"), TOWNSHIP("乡镇（街道）"), VILLAGE("村（社区）组织"), VILLAGERS("村民"),
		THIRD_PARTY("单位或企业"), UNKNOWN("未写明");

		final String label;

		Asker(String label) {
			this.label = label;
		}

		boolean government() {
			return this == DEPARTMENT || this == TOWNSHIP;
		}
	}

	enum Act {
		RELAY("转发、张贴或广播部门的通知", "张贴|转发|播放|广播|大喇叭|村村响|公开栏|公示栏|村民群|微信群|宣传栏|居民群|网格群|业主群"),
		NOTIFY("通知有关村民", "通知[^，。]{0,12}(老人|家庭|村民|住户|农户|群众|牧户|对象|残疾人|青年|家长|患者|种植户|养殖户|户主)|请[^，。]{0,6}通知|(请|协助)[^，。]{0,8}发布"
				+ "|联系[^，。]{0,12}(村民|住户|农户|家属|家人|老人|家庭|人员|群众|对象)"),
		HELP("协助、配合部门办理", "请[^，。]{0,6}(协助|配合|帮助|帮忙)|(协助|配合)[^，。]{0,8}(做好|开展|办理|核实|把)|委托协议|签了?委托"),
		REMIND("提醒、劝导村民防范", "提醒|告知|告诉|劝导|劝阻|宣传|转告|叮嘱|讲一讲|讲讲|说一说|(跟|给|向)(大家|村民|群众|老人|家长)[^，。]{0,4}(讲|说)"),
		DISTRIBUTE("发放物资或补贴", "发放|分发|送到户|发到户|(发|送|分)到(每户|各户|每家|户)|发给(每户|各户|村民|农户|群众|[^，。]{0,10}(家庭|住户|人家|对象|家长|学生|老人))|签收|领取|送到[^，。]{0,10}(家中|家里|手中|户)|送上门"),
		VISIT("上门走访", "走访|上门|入户|劝返|返校|复学|看望|随访|探访"),
		GUIDE("带路、陪同部门人员", "带路|领路|引路|陪同"),
		SERVE("帮村民办理政务服务", "帮办代办|帮[^，。]{0,8}(老人|村民|群众|残疾人|申请人|农户)[^，。]{0,8}(激活|办理|申请|填写|认证|缴费|领取)"),
		VERIFY("核实、摸排或登记", "核实|核对|摸排|摸清|摸底|登记|排查"),
		REPORT("发现后报告主管部门", "(发现|遇到|如有)[^。]{0,30}(报告|报送|上报|拨打|告知|反映|报(镇|县|乡|给|到))|(及时|立即|马上|第一时间)(报告|上报)|报告[^，。]{0,8}(所|站|队|局|办|中心|部门)|报(镇|乡|县|街道)[^，。]{0,6}(所|站|办|局|中心)");

		final String label;

		final Pattern pattern;

		Act(String label, String regex) {
			this.label = label;
			this.pattern = Pattern.compile(regex);
		}
	}

	private static final Pattern DEPARTMENT = Pattern.compile(
			"^[^：:，。]{0,16}?(县|市|区|省|州|旗|盟|国家)[^：:，。]{0,14}(局|委|办|中心|院|所|队|站|部|厅|馆|联|会|公司|法院|检察院|大队|机关|防指|指挥部)[^：:，。]{0,6}([：:（(]|称|来电|通知|要求|请|派|将于|定于)"
					+ "|^[^：:，。]{0,6}(驻村民警|县里|市里|人武部|派出所|卫生院|兽医站|农经站|林业站|司法所|财政所|安监站|国土所|残联)");

	private static final Pattern TOWNSHIP = Pattern.compile(
			"^[^：:，。]{0,4}(镇|乡|街道|苏木)[^：:，。]{0,12}[：:（(]|^@各村|^镇[^，。]{0,6}(办|委|所|站|中心)|^[^：:，。]{0,8}(镇里|乡里|镇党委|镇政府)"
					// a township's own offices named alone (社会事务办：, 党政办工作群：)
					+ "|^(党政办|党政综合办|社会事务办|社会事务办公室|综治办|综治中心|应急办|经发办|经济发展办|农业办|农办|农业农村办|财政所|民政办|便民服务中心|退役军人服务站|文化站|综合文化站|社保所|规划办|征拆办|组织办|宣传办|计生办|安监站|自然资源所|综合执法办)[^：:，。]{0,6}[：:]");

	private static final Pattern VILLAGE = Pattern.compile(
			"^村[^：:，。]{0,10}(小组|协会|理事会|委员会|服务队|篮球队|合作社)([：:]|(商量|决定|打算|准备|想|计划|组织|自己))|^(本村|村)?(治保会|治保委员会|调委会|调解委员会|妇联|团支部|老年协会|红白理事会|民兵连|志愿服务队|广场舞队|选举委员会|村民选举委员会|文艺队|秧歌队|舞蹈队|腰鼓队|锣鼓队|龙舟队|戏曲队)|^([^：:，。各]{0,3}村)?(村委会|村两委|村党支部|村党总支|村民委员会|居委会|村务监督委员会|村监委|村老年协会|老年协会|村团支部|村民理事会|理事会|村民小组|村民代表|村里|村篮球队|村护林|村青年|村妇联|村调委会|村红白理事会|股份经济合作社|经济合作社|[一二三四五六七八九十0-9]+组)");

	/** A village cadre speaking for the village (村主任在群里说, 组长召集): the village's own voice. */
	private static final Pattern CADRE = Pattern.compile(
			"^((为|为了)[^。：:]{0,16}[，,])?(?:(?!要求|通知|让|请|叫)[^，。：:]){0,6}(村里|村委会|村两委|村党支部)(组织|召集|决定|准备|打算|计划|号召|发动)"
					+ "|^(年终|年底|年初|年中|本月|本周|今年|春节前)的?(村两委|村委会|村党支部|村务监督委员会|村民代表会议|村民会议)"
					+ "|^(我们村|咱村|咱们村|本村)(拟|决定|计划|准备|打算|今年|明年)|^(本村|村里的?)?(村主任|村支书|村书记|村支部书记|村委会主任|村妇女主任|妇女主任|村妇联主席|妇联主席|治保主任|村文书|村民小组长|第?[一二三四五六七八九十0-9]+(村民)?小?组(组长|长)|组长)[^，。：:]{0,8}(说|讲|通知|提议|召集|商量|反映|在村民群|在群里)");

	private static final Pattern VILLAGERS = Pattern.compile("^(本村|村里的?|在外)?(村民|两户|几户|邻居|乡贤|各户|农户)"
			// the villagers (a community's owners) as a body speaking (大家对…有意见, 小区业主想…): their own matter
			+ "|^(大家|村民们|乡亲们|群众们|老百姓|居民们|(小区|本小区|我们小区)?业主们?)(对|都|想|希望|反映|觉得|商量|提出|要求|一致|普遍)"
			+ "|^(小区|村里|本村|组里|我们小区|我们村|楼里)?(几位|几个|几名|一些|部分|有几位|有几个|好几位|好几个|好些|不少|很多|许多)[^，。：:]{0,10}(老人|村民|年轻人|党员|妇女|群众|青年|家长|居民|退休|乡亲|业主)"
			// a group of the village's own people with a wish of their own (寨子里的年轻人想…, 屯里的老人们打算…)
			+ "|^(寨子里|村里|本村|组里|屯里|湾里|我们村|咱村|小区里?)的?(年轻人|老人|妇女|村民|党员|青年|老党员|乡亲|居民|业主|家长)们?(想|希望|商量|打算|准备|提议|自发|自己)");

	/**
	 * A county body named first (县公安局反诈中心周六…, 区应急管理局开展…) that goes on to ask the village (请社区…): the
	 * department is the sender even without 通知/来电 after its name.
	 */
	private static final Pattern DEPARTMENT_NAMED = Pattern.compile(
			"^[^：:，。]{0,4}(县|市|区|省|州|旗)[^：:，。]{0,12}(局|委员会|办公室|中心|法院|检察院|大队|防指|指挥部|人武部|联合会|(?<![一这那几每两])(站|所))"
					// a bureau named without its county (人社局新出台的…请在村务公开栏张贴)
					+ "|^[^：:，。村]{0,6}(局|法院|检察院|派出所|供电所|大队)");

	/** A body named inside the text asking the villages (…，林业站请各村…): the sender, when the head names none. */
	private static final Pattern ASKER_INLINE = Pattern.compile(
			"(局|站|所|办|中心|大队|中队|指挥部)(请|要求|通知|让|麻烦)(各村|村里|村委会|各社区|社区|各嘎查)");

	/** A new activity proposed, or a form awaiting the admission office (已报减负办审核, 计划给每个村拍…): full review. */
	private static final Pattern PENDING = Pattern.compile(
			"拟[^，。]{0,10}新增[^，。]{0,20}(表|报表|台账|年报|季报|月报)|(已报|报经|提交|送)[^，。]{0,8}(减负办|准入)[^，。]{0,4}(审核|审查|备案|审批)|等批复|待批复|批复后再|(提请|报请)(审查|审核|审批)|(审查|审核)(通过)?后(再)?下发|计划(给|为|在)[^，。]{0,10}(拍|办|建|设|开展|举办|搞)");

	/** Whether the text proposes something new or waits for the admission review: no list yet, full review. */
	boolean pending(String norm) {
		return PENDING.matcher(norm).find() || thirdPartyOffer(norm);
	}

	/** Words of a request addressed to the villages from above (请各村, 各村要): never the village's own affair. */
	private static final Pattern TO_VILLAGES = Pattern.compile("请(各|你|所在)(村|嘎查|社区)|(各|每个)(村|嘎查|社区)[^，。]{0,4}(要|须|务必|应当)"
			+ "|(各|每个)(村|嘎查|社区)(干部|书记|支书|主任|两委|文书|报账员|网格员)"
			+ "|(各|每个?)(村|嘎查|社区)(分了|分到|分配|摊到|任务是|要完成|须完成)|^(村里|各村|全体)(请)?注意"
			// a message addressed to the villages or their cadres (各村注意：, @各村书记, 全体网格员：)
			+ "|^@?(各|全体)(村|社区|嘎查|网格员|村书记|村支书|村委会|村两委|位村书记|位书记|位网格员)[^，。：:]{0,6}(注意|[：:，,]|请)");

	private static final Pattern THIRD_PARTY = Pattern.compile("^[^：:，。]{0,10}(银行|保险公司|学校|医院|公司|大学|学院|部队|驾校|中学|小学|公证处|企业)");

	private static final Pattern FUND = Pattern.compile(
			"(村民|乡贤|各户|农户|大家)[^，。]{0,4}(自愿|自发|自己)?[^，。]{0,2}(捐资|捐款|捐助|凑钱|凑|出资|自筹|赞助|出工|投工|筹资)|自愿(捐|出工|出资)|凑钱|募捐|各户自带|(钱|费用|经费|花销|开销)[^，。]{0,2}由?(大家|村民|各户|参加的人|我们|年轻人)[^，。]{0,3}(自己|自行|平摊|均摊|AA)?(凑|自筹|出)|自己凑|(每家|每户|各家|各户)[^，。]{0,4}出[^，。]{0,3}工|投工投劳|出人出力|出工出力|按(户|人)(出工|出资|投工|出钱)");

	private static final Pattern INFORMATION = Pattern.compile(
			"特此(告知|通知|公告)|欢迎[^，。]{0,10}(参观|报名|参加|前往|咨询|观看)|自愿(报名|参加|申报|推荐|前往|申请)|有意愿的|不影响(任何)?考核|以公告为准|敬请|仅供参考|不排名|有意向的|有需要的[^，。]{0,6}(可|请)|自行(到|前往|办理|预约|登录|申请|下载|使用|查询)|(报名|详情|详见)[^，。]{0,4}(登录|关注|查看|见)|详见[^，。]{0,10}(网站|官网|公告|平台|附件)|如有疑问|供(各村|你村|村里|大家|各位)?参考|(无需|不需|不用|无须)(回复|上报|报送|反馈)|(无需|不需|不用|无须)(村委会|村里|社区|居委会|村)?(做任何|做什么|另行)|咨询电话|可(拨打|致电)[^，。]{0,8}(热线|电话|\\d{5})"
					+ "|(村民|群众|居民|市民|大家|老人|家长|[^，。]{1,3}(农|户))可(直接)?(到|前往|凭|就近到)[^，。]{0,16}(领取|报名|兑换|咨询|预约)");

	private static final Pattern ASKS_VILLAGE = Pattern.compile(
			"(麻烦|辛苦)(各|你|本)?(村|社区)|(村里|村委会|各村)(只需|只要|需要?|负责)?(协助|配合|帮忙)|请(在|于)(村|各村|本村|村务|村民群|村里|居民群|社区)|请(张贴|转发|广播|播放)|请(各|你|本|所在)?(村|嘎查|社区)|(各|每个|所在)(村|嘎查|社区)[^，。]{0,6}(要|须|需|务必|应|请|负责|组织|通知|配合|协助)|村委会[^，。]{0,4}(协助|配合)|请村");

	private static final Pattern FROM_ABOVE = Pattern.compile("(镇里|县里|上级|上面|乡里|街道|旗里|苏木)[^，。]{0,4}(要求|通知|布置|下达|说了|说|讲了|定了|压下来|配合|推广|部署|安排|分配|下了|在群里发|群里发|发话)");

	private static final Pattern VILLAGERS_DECIDE = Pattern.compile("(村民会议|村民代表会议|村民小组会议|村民大会|村民代表大会|(牧民|居民|成员)(代表)?(会议|大会))[^，。]{0,6}(讨论|决定|表决|通过)"
			// the villagers' own meetings (院坝会、坝坝会、屋场会、议事会) deciding: their affair, their money
			+ "|(院坝会|坝坝会|屋场会|村民议事会|议事会|户主会|群众会)[^。]{0,30}(商议|商量|商定|议定|表决|讨论|同意)"
			+ "|多数(人|村民|户|代表|群众)(同意|赞成)"
			// said in so many words (纯属村里自己的事)
			+ "|(纯属|是|属于)(村里|我们村|本村|我们)自己的事");

	/** The village organising something itself (组织发包, 召开会议): more than passing a word on. */
	private static final Pattern ORGANISES = Pattern.compile("组织|召开|召集|发动|发包");

	/** How a message is introduced (电话记录：, 群消息：), not who sends it. */
	private static final Pattern PREFIX = Pattern.compile(
			"^(电话通知记录|电话通知|电话记录|来电记录|通话记录|电话|来电|工作群消息|群消息|微信工作群|微信群|微信|通知|来函|短信|@所有人)[：:\\s]*");

	static Structure read(String norm) {
		String body = PREFIX.matcher(norm).replaceFirst("");
		String head = body.length() > 40 ? body.substring(0, 40) : body;
		Asker asker = DEPARTMENT.matcher(head).find() || DEPARTMENT_NAMED.matcher(head).find() && ASKS_VILLAGE.matcher(body).find()
				? Asker.DEPARTMENT
				: TOWNSHIP.matcher(head).find() ? Asker.TOWNSHIP
						: VILLAGE.matcher(head).find() || CADRE.matcher(head).find() ? Asker.VILLAGE
								: THIRD_PARTY.matcher(head).find() ? Asker.THIRD_PARTY
										: VILLAGERS.matcher(head).find() ? Asker.VILLAGERS
												: ASKER_INLINE.matcher(body).find() ? Asker.DEPARTMENT : Asker.UNKNOWN;
		Set<Act> acts = EnumSet.noneOf(Act.class);
		for (Act a : Act.values()) {
			if (a.pattern.matcher(norm).find()) {
				acts.add(a);
			}
		}
		boolean info = INFORMATION.matcher(norm).find() && !ASKS_VILLAGE.matcher(norm).find();
		return new Structure(asker, acts, FUND.matcher(norm).find(), info);
	}

	/** An offer the village may take or leave (是否愿意合作): a company cannot lay a burden on the village. */
	private static final Pattern OFFER = Pattern.compile("是否愿意|愿不愿意|是否同意合作|是否有意|有无意向|如愿意|如有意|谈谈意向|谈意向|了解意向|想与(村委会|村里|村)商量|与(村委会|村里)商量");

	/** A company named first (县邮政分公司来函：): its proposals are offers, whatever the head's other words. */
	private static final Pattern COMPANY = Pattern.compile("^[^：:，。]{0,16}(公司|企业|银行|超市|商会)");

	/** A company or other third party proposing a cooperation and asking whether the village wants it. */
	boolean thirdPartyOffer(String norm) {
		return (asker == Asker.THIRD_PARTY || COMPANY.matcher(norm).find()) && OFFER.matcher(norm).find();
	}

	/** The village or its villagers deciding their own affair, not relaying an order from above. */
	boolean villagesOwn(String norm) {
		return (asker == Asker.VILLAGE || asker == Asker.VILLAGERS || villagersFund && !asker.government()
				|| !asker.government() && VILLAGERS_DECIDE.matcher(norm).find())
				&& !FROM_ABOVE.matcher(norm).find() && !TO_VILLAGES.matcher(norm).find();
	}

	/** A demand from above: a department or township asks, or the text addresses 各村 or relays 镇里要求. */
	boolean fromAbove(String norm) {
		return asker.government() || TO_VILLAGES.matcher(norm).find() || FROM_ABOVE.matcher(norm).find();
	}

	/** Whether the text asks the village for anything at all (请各村…, 各村要…, or any act of help). */
	boolean asksTheVillage(String norm) {
		return !acts.isEmpty() || ASKS_VILLAGE.matcher(norm).find() || TO_VILLAGES.matcher(norm).find();
	}

	/** A government body asking the village to help with its work (pass on, hand out, visit, verify, report). */
	boolean governmentAsksHelp() {
		return asker.government() && !acts.isEmpty() && !informationOnly;
	}

	/**
	 * Whether the village is asked for more than checking, listing or “helping” in general (协助摸排 alone may be a new
	 * task for full review): passing on, reminding, notifying, handing out, visiting or reporting.
	 */
	boolean helpBeyondVerifying() {
		return acts.stream().anyMatch(a -> a != Act.VERIFY && a != Act.HELP);
	}

	/**
	 * Whether the village only passes the government's word or goods on or reports back (relay, notify, remind, hand
	 * out, report), or accompanies the department's own staff (on their visits too), and organises nothing of its own: then the matter is the department's, not the villagers'
	 * self-governance.
	 */
	boolean passesOnOnly(String norm) {
		// accompanying a department's staff, or looking out on visits and reporting what is found to the competent body
		boolean accompanies = acts.contains(Act.GUIDE) || acts.contains(Act.REPORT);
		return governmentAsksHelp() && !acts.isEmpty() && !ORGANISES.matcher(norm).find() && acts.stream().allMatch(a -> a == Act.RELAY || a == Act.NOTIFY
				|| a == Act.REMIND || a == Act.REPORT || a == Act.DISTRIBUTE || a == Act.GUIDE || accompanies && a == Act.VISIT);
	}

	/** 结构：县级部门要求村（社区）转发、张贴或广播部门的通知、上门走访 */
	String describe(boolean own) {
		List<String> parts = new ArrayList<>();
		if (own) {
			// the villagers' own meeting or money with no named sender: the villagers (never “由未写明自己提出”)
			return "结构：由" + (asker == Asker.UNKNOWN ? Asker.VILLAGERS.label : asker.label) + "自己提出、自己办理" + (villagersFund ? "（村民自筹、自愿出工出资）" : "") + "，不是上级交办";
		}
		if (informationOnly) {
			return "结构：" + asker.label + "告知信息或自愿参加的机会，未要求村（社区）办理事项";
		}
		acts.forEach(a -> parts.add(a.label));
		return "结构：" + asker.label + (parts.isEmpty() ? "提出" : "请村（社区）" + String.join("、", parts));
	}
}
