package cn.qingdan.ledger;

import java.util.List;

/** The demo ledgers' names: non-compliant boards and wall rules, groups and apps, report forms and their fields. */
final class DemoPools {

	private DemoPools() {
	}

	/** Compliant boards by the spec table (the first five hang on every village). */
	static final List<String> IN_SPEC = List.of("中国共产党{v}支部委员会", "{v}村民委员会", "{v}股份经济合作社", "{v}村务监督委员会",
			"{v}党群服务中心", "新时代文明实践站", "综治中心", "便民服务站", "退役军人服务站", "民兵连", "村卫生室", "农家书屋", "党员活动室",
			"警务室", "荣誉集中展陈墙");

	/** Non-compliant boards: name, issuer, reason (absorbed boards are merged). */
	static final List<String[]> OUT_OF_SPEC = List.of(new String[] { "妇女之家", "县妇联", "SIMILAR" },
			new String[] { "青年之家", "团县委", "SIMILAR" }, new String[] { "人大代表之家", "县人大常委会办公室", "SIMILAR" },
			new String[] { "禁毒工作站", "县禁毒办", "SIMILAR" }, new String[] { "法律服务室", "县司法局", "SIMILAR" },
			new String[] { "矛盾纠纷调处室", "县司法局", "SIMILAR" }, new String[] { "食品安全工作站", "县市场监督管理局", "OUT_OF_SPEC" },
			new String[] { "安全生产监管站", "县应急管理局", "UNADMITTED" }, new String[] { "环境卫生整治办公室", "县住房和城乡建设局", "UNADMITTED" },
			new String[] { "招商引资服务站", "县商务局", "UNADMITTED" }, new String[] { "脱贫攻坚作战室", "县乡村振兴局", "LAPSED" },
			new String[] { "扫黑除恶专项斗争工作站", "县委政法委", "LAPSED" }, new String[] { "创建国家卫生县城工作站", "县卫生健康局", "LAPSED" },
			new String[] { "计划生育协会", "县卫生健康局", "IDLE" }, new String[] { "老年人体育协会", "县体育局", "IDLE" },
			new String[] { "科普e站", "县科协", "MISMATCH" }, new String[] { "网格化服务管理工作站", "县委政法委", "OUT_OF_SPEC" });

	/** A township's own premises: boards that belong there ({t}: the township's name), with their issuer and place. */
	static final List<String[]> TOWNSHIP_KEPT = List.of(new String[] { "中国共产党{t}委员会", "县委", "OUTSIDE" },
			new String[] { "{t}人民政府", "县人民政府", "OUTSIDE" }, new String[] { "{t}人民代表大会主席团", "县人大常委会", "OUTSIDE" },
			new String[] { "中国共产党{t}纪律检查委员会", "县纪委", "OUTSIDE" }, new String[] { "{t}党群服务中心", "县委组织部", "OUTSIDE" },
			new String[] { "{t}便民服务中心", "县人民政府", "HALL" }, new String[] { "{t}综合行政执法队", "县人民政府", "OUTSIDE" },
			new String[] { "{t}新时代文明实践所", "县委宣传部", "INSIDE" }, new String[] { "{t}综治中心", "县委政法委", "INSIDE" },
			new String[] { "{t}退役军人服务站", "县退役军人事务局", "HALL" }, new String[] { "{t}司法所", "县司法局", "OUTSIDE" },
			new String[] { "{t}人民武装部", "县人民武装部", "OUTSIDE" });

	/** A township's own boards set up by departments and now cut: name, issuer, reason. */
	static final List<String[]> TOWNSHIP_CUT = List.of(new String[] { "{t}创建全国文明城市指挥部", "县文明办", "LAPSED" },
			new String[] { "{t}脱贫攻坚指挥部", "县乡村振兴局", "LAPSED" }, new String[] { "{t}扫黑除恶专项斗争领导小组办公室", "县委政法委", "LAPSED" },
			new String[] { "{t}河长制工作站", "县水利局", "SIMILAR" }, new String[] { "{t}安全生产委员会办公室", "县应急管理局", "OUT_OF_SPEC" },
			new String[] { "{t}招商引资工作站", "县商务局", "UNADMITTED" }, new String[] { "{t}食品安全委员会办公室", "县市场监督管理局", "IDLE" },
			new String[] { "{t}网格化服务管理中心", "县委政法委", "MISMATCH" });

	static final List<String> RULES_KEPT = List.of("村务公开制度", "村民议事规则", "村规民约", "村级财务管理制度", "便民服务事项清单");

	static final List<String> RULES_CUT = List.of("网格员工作职责", "安全生产工作职责", "档案管理员岗位职责", "村两委班子分工及联系电话",
			"食品安全协管员职责", "禁毒工作领导小组成员名单", "森林防火责任制度", "文明创建工作制度");

	/** Field groups forms are built from; names repeat across forms on purpose, with synonyms. */
	static final List<List<String>> FIELD_POOLS = List.of(
			List.of("姓名", "性别", "身份证号", "出生日期", "联系电话", "家庭住址", "所在村组"),
			List.of("户主姓名", "公民身份号码", "家庭人口", "手机号码", "现住址", "文化程度", "民族"),
			List.of("耕地面积（亩）", "种植品种", "播种面积", "预计产量", "家庭年收入", "收入来源"),
			List.of("房屋结构", "建房年份", "房屋面积", "是否危房", "改造方式", "补助金额"),
			List.of("参保类型", "缴费档次", "缴费金额", "银行卡号", "参保状态"),
			List.of("外出务工地点", "务工时间", "月收入", "就业岗位", "返乡时间"),
			List.of("残疾类别", "残疾等级", "监护人", "救助类型", "救助金额"),
			List.of("隐患地点", "隐患类型", "整改措施", "整改时限", "责任人", "排查日期"),
			List.of("党员姓名", "入党时间", "所在支部", "党费金额", "学习时长"));

	/** Demo forms: issuer, name, frequency, the pools its fields come from. */
	static final List<Object[]> FORMS = List.of(
			new Object[] { "县民政局", "低保家庭基本情况表", "QUARTERLY", new int[] { 0, 1, 6 } },
			new Object[] { "县民政局", "特困人员供养情况统计表", "QUARTERLY", new int[] { 0, 6 } },
			new Object[] { "县民政局", "留守老人、儿童关爱台账", "HALF_YEARLY", new int[] { 0, 1 } },
			new Object[] { "县民政局", "临时救助对象登记表", "MONTHLY", new int[] { 0, 6 } },
			new Object[] { "县农业农村局", "粮食播种面积统计表", "YEARLY", new int[] { 1, 2 } },
			new Object[] { "县农业农村局", "农户家庭经营情况调查表", "YEARLY", new int[] { 0, 1, 2 } },
			new Object[] { "县农业农村局", "农村人居环境整治进度表", "MONTHLY", new int[] { 7 } },
			new Object[] { "县乡村振兴局", "脱贫户收入监测表", "MONTHLY", new int[] { 0, 1, 2, 5 } },
			new Object[] { "县乡村振兴局", "防返贫监测对象信息采集表", "QUARTERLY", new int[] { 1, 2, 6 } },
			new Object[] { "县卫生健康局", "家庭医生签约服务统计表", "QUARTERLY", new int[] { 0, 4 } },
			new Object[] { "县卫生健康局", "老年人健康体检名册", "YEARLY", new int[] { 0, 1 } },
			new Object[] { "县人力资源和社会保障局", "城乡居民养老保险参保登记表", "YEARLY", new int[] { 0, 4 } },
			new Object[] { "县人力资源和社会保障局", "农村劳动力转移就业台账", "QUARTERLY", new int[] { 0, 5 } },
			new Object[] { "县医疗保障局", "城乡居民医保参保缴费统计表", "YEARLY", new int[] { 1, 4 } },
			new Object[] { "县住房和城乡建设局", "农村危房改造对象登记表", "HALF_YEARLY", new int[] { 1, 3 } },
			new Object[] { "县住房和城乡建设局", "农村自建房安全排查表", "QUARTERLY", new int[] { 0, 3, 7 } },
			new Object[] { "县应急管理局", "安全隐患排查整治台账", "MONTHLY", new int[] { 7 } },
			new Object[] { "县应急管理局", "自然灾害受灾情况统计表", "AD_HOC", new int[] { 0, 3 } },
			new Object[] { "县退役军人事务局", "退役军人信息采集表", "ONCE", new int[] { 0, 5 } },
			new Object[] { "县残联", "残疾人基本服务状况调查表", "YEARLY", new int[] { 0, 1, 6 } },
			new Object[] { "县委组织部", "农村党员信息统计表", "YEARLY", new int[] { 0, 8 } },
			new Object[] { "县委组织部", "党员学习积分统计表", "MONTHLY", new int[] { 8 } },
			new Object[] { "县教育局", "适龄儿童入学摸底表", "YEARLY", new int[] { 0, 1 } },
			new Object[] { "县公安局", "流动人口登记表", "MONTHLY", new int[] { 0, 5 } },
			new Object[] { "县统计局", "农村住户调查表", "QUARTERLY", new int[] { 1, 2, 5 } },
			new Object[] { "县林业局", "森林防火巡查记录表", "MONTHLY", new int[] { 7 } },
			new Object[] { "县水利局", "农村饮水安全情况调查表", "HALF_YEARLY", new int[] { 0, 3 } },
			new Object[] { "县市场监督管理局", "农村集体聚餐备案登记表", "AD_HOC", new int[] { 0 } });

	static final List<String[]> GROUPS = List.of(
			new String[] { "WECHAT", "县农业农村局村级信息员工作群", "县农业农村局", "SCREENSHOT" },
			new String[] { "WECHAT", "县民政局社会救助工作群", "县民政局", "" },
			new String[] { "QQ", "县卫健局村医工作QQ群", "县卫生健康局", "RELAY" },
			new String[] { "DINGTALK", "县应急管理局安全生产钉钉群", "县应急管理局", "CHECK_IN" },
			new String[] { "APP", "平安乡村积分APP", "县委政法委", "POINTS,CHECK_IN" },
			new String[] { "APP", "人居环境随手拍APP", "县住房和城乡建设局", "SCREENSHOT" },
			new String[] { "MINI_PROGRAM", "防溺水打卡小程序", "县教育局", "CHECK_IN" },
			new String[] { "WECHAT", "县乡村振兴局防返贫监测群", "县乡村振兴局", "" },
			new String[] { "APP", "党员学习在线APP", "县委组织部", "ONLINE_TIME" },
			new String[] { "QQ", "县统计局统计员QQ群", "县统计局", "" });
}
