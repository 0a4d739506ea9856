package cn.qingdan.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;

/** The demo's contracts, payments and evaluations, each through the same services the pages call. */
@Component
class ServicesDemoContracts {

	private final Contracts contracts;
	private final Payments payments;
	private final Evaluations evaluations;
	private final Suppliers suppliers;
	private final UserDetailsService users;

	private LocalDate today;
	private int count;

	ServicesDemoContracts(Contracts contracts, Payments payments, Evaluations evaluations, Suppliers suppliers,
			UserDetailsService users) {
		this.contracts = contracts;
		this.payments = payments;
		this.evaluations = evaluations;
		this.suppliers = suppliers;
		this.users = users;
	}

	record Orgs(Supplier xiyang, Supplier qihang, Supplier yangguang, Supplier lvye) {
	}

	private static final String ELDERLY = """
			上门探访｜每月入户探访独居、高龄老人不少于 2 次｜是
			助餐服务｜每周提供助餐不少于 5 天｜否
			健康监测｜每季度为 65 岁以上老人测量血压、血糖 1 次｜否""";

	private static final String DELEGATION = """
			低保对象走访｜每季度入户走访低保对象 1 次并填写走访记录｜否
			信息报送｜动态调整信息在走访后 5 个工作日内报送镇民政办｜否""";

	int load(int y, LocalDate today, Orgs o, String dibao, List<Long> sufangVillages, List<Long> wugongVillages) {
		this.today = today;
		this.count = 0;
		QingdanUser minzheng = user("minzheng");
		QingdanUser nongye = user("nongye");
		QingdanUser sufang = user("sufang");
		QingdanUser wugong = user("wugongzhen");
		QingdanUser tianzhuang = user("tianzhuang");
		QingdanUser tiechen = user("tiechen");
		List<Long> sv = new ArrayList<>(List.of(tianzhuang.unitId(), tiechen.unitId()));
		sufangVillages.stream().filter(v -> !sv.contains(v)).forEach(sv::add);
		LocalDate start = LocalDate.of(y, 1, 1);
		LocalDate end = LocalDate.of(y, 12, 31);
		LocalDate signed = LocalDate.of(y - 1, 12, 18);

		// this year's 低保 delegation agreements (费随事转 through the villages): 苏坊镇 with 8 villages, 武功镇 with 4
		for (int i = 0; i < 12; i++) {
			boolean su = i < 8;
			long village = su ? sv.get(i) : wugongVillages.get(i - 8);
			QingdanUser buyer = su ? sufang : wugong;
			Supplier committee = suppliers.registerVillage(minzheng, village);
			long id = sign(buyer, "村级社会救助协理服务委托协议（" + y + "年）", committee, "GM-04", dibao, List.of(village), start, end,
					signed, "2000", y, DELEGATION, "上半年协理工作完成后｜" + y + "-07-15｜1000\n全年协理工作完成后｜" + y + "-12-20｜1000");
			int k = su ? i : i - 8;
			if (k <= 2) {
				pay(buyer, id, 0, LocalDate.of(y, 7, 10), "1000", "苏坊民〔" + y + "〕" + (i + 1));
				pay(buyer, id, 1, LocalDate.of(y, 11, 28), "1000", "苏坊民〔" + y + "〕" + (i + 21));
			}
			else if (k <= 5) {
				pay(buyer, id, 0, k == 5 ? LocalDate.of(y, 7, 24) : LocalDate.of(y, 7, 14), "1000", "付〔" + y + "〕" + (i + 41));
			}
		}
		// social organisations, this year's budget
		long elderly = sign(minzheng, "居家和社区养老服务项目（" + y + "年）", o.xiyang(), "GM-01", null, sv.subList(0, 6), start, end,
				signed, "36000", y, ELDERLY, "合同签订后预付｜" + y + "-01-15｜12000\n服务满半年考核后｜" + y + "-07-15｜12000\n年度满意度评价后｜" + y + "-12-20｜12000");
		pay(minzheng, elderly, 0, LocalDate.of(y, 1, 14), "12000", "民财〔" + y + "〕3");
		pay(minzheng, elderly, 1, LocalDate.of(y, 7, 14), "12000", "民财〔" + y + "〕57");
		pay(minzheng, elderly, 2, LocalDate.of(y, 12, 1), "6000", "民财〔" + y + "〕102");
		evaluate(tianzhuang, elderly, 0, y + "年上半年", true, 92, "探访按时，老人满意", 30, 28);
		evaluate(tiechen, elderly, 0, y + "年上半年", true, 85, null, 24, 20);
		evaluate(tianzhuang, elderly, 1, y + "年上半年", true, 88, null, null, null);
		long social = sign(minzheng, "困难家庭社会工作服务项目（三社联动）", o.qihang(), "GM-02", null, sv.subList(0, 4), start, end,
				signed, "45000", y, "个案服务｜为 14 户困难家庭每户建立个案并每月服务不少于 1 次｜否\n能力提升｜组织技能培训不少于 4 期，每期不少于 20 人｜否",
				"第一季度｜" + y + "-03-31｜15000\n第二季度｜" + y + "-06-30｜15000\n第三季度｜" + y + "-09-30｜15000");
		pay(minzheng, social, 0, LocalDate.of(y, 3, 30), "15000", "民财〔" + y + "〕21");
		pay(minzheng, social, 1, LocalDate.of(y, 7, 8), "15000", "民财〔" + y + "〕66");
		evaluate(tianzhuang, social, 0, y + "年度", true, 90, null, null, null);
		long rehab = sign(sufang, "残疾人居家康复服务项目", o.yangguang(), "GM-03", null, sv.subList(0, 5), start, end, signed, "25000", y,
				"上门康复｜每月为重度残疾人上门康复训练不少于 1 次｜否\n托养服务｜日间托养每周开放不少于 5 天｜否",
				"上半年服务后｜" + y + "-06-30｜12500\n全年服务后｜" + y + "-12-20｜12500");
		pay(sufang, rehab, 0, LocalDate.of(y, 6, 29), "12500", "苏财〔" + y + "〕88");
		evaluate(tiechen, rehab, 0, y + "年下半年", false, 45, "8月至10月未上门开展康复训练，与合同约定不符", null, null);
		evaluate(tianzhuang, rehab, 1, y + "年下半年", true, 80, null, null, null);
		long culture = sign(wugong, "农村文化体育活动组织服务", o.lvye(), "GM-06", null, wugongVillages.subList(0, 4), start, end,
				LocalDate.of(y - 1, 10, 15), "12000", y, "文艺演出｜每村每年组织文艺演出不少于 2 场｜是\n健身活动｜每村每季度组织全民健身活动 1 次｜否",
				"上半年活动后｜" + y + "-05-31｜6000\n下半年活动后｜" + y + "-11-30｜6000");
		pay(wugong, culture, 0, LocalDate.of(y, 6, 10), "6000", "武财〔" + y + "〕45");
		long corrections = sign(wugong, "社区矫正对象走访帮扶服务", o.qihang(), "GM-05", null, wugongVillages.subList(0, 3), start, end,
				signed, "4500", y, "日常走访｜每月走访社区矫正对象不少于 1 次并记录｜否", "上半年｜" + y + "-06-30｜2250\n下半年｜" + y + "-12-20｜2250");
		pay(wugong, corrections, 0, LocalDate.of(y, 6, 28), "2250", "武财〔" + y + "〕51");
		pay(wugong, corrections, 1, LocalDate.of(y, 11, 30), "2250", "武财〔" + y + "〕97");

		// next year's budget (signed now): the 30% indicator above target for 县民政局 and 武功镇, below for 苏坊镇 and 县农业农村局
		LocalDate nStart = LocalDate.of(y + 1, 1, 1);
		LocalDate nEnd = LocalDate.of(y + 1, 12, 31);
		LocalDate nSigned = LocalDate.of(y, 11, 20);
		sign(minzheng, "居家和社区养老服务项目（" + (y + 1) + "年）", o.xiyang(), "GM-01", null, sv.subList(0, 8), nStart, nEnd, nSigned,
				"48000", y + 1, ELDERLY, "合同签订后预付｜" + (y + 1) + "-01-15｜16000\n服务满半年考核后｜" + (y + 1) + "-07-15｜16000\n年度满意度评价后｜" + (y + 1) + "-12-20｜16000");
		sign(minzheng, "村级社会救助协理服务委托协议（" + (y + 1) + "年）", suppliers.registerVillage(minzheng, sv.get(0)), "GM-04", null,
				List.of(sv.get(0)), nStart, nEnd, nSigned, "2000", y + 1, DELEGATION, "全年｜" + (y + 1) + "-12-20｜2000");
		for (int i = 0; i < 2; i++) {
			sign(sufang, "村文化体育活动组织（" + (y + 1) + "年）", suppliers.registerVillage(minzheng, sv.get(i)), "GM-06", null,
					List.of(sv.get(i)), nStart, nEnd, nSigned, "3000", y + 1, "文体活动｜全年组织群众文体活动不少于 4 次｜是",
					"全年｜" + (y + 1) + "-12-20｜3000");
		}
		sign(sufang, "重度残疾人托养服务（" + (y + 1) + "年）", o.yangguang(), "GM-03", null, sv.subList(0, 2), nStart, nEnd, nSigned,
				"2000", y + 1, "托养服务｜日间托养每周开放不少于 5 天｜否", "全年｜" + (y + 1) + "-12-20｜2000");
		sign(wugong, "留守儿童课后托管服务（" + (y + 1) + "年）", o.qihang(), "GM-08", null, wugongVillages.subList(0, 3), nStart, nEnd,
				nSigned, "12000", y + 1, "课后托管｜学期内每周托管不少于 4 个下午｜否", "春季学期后｜" + (y + 1) + "-07-15｜6000\n秋季学期后｜" + (y + 1) + "-12-20｜6000");
		sign(nongye, "就业创业信息服务（" + (y + 1) + "年）", suppliers.registerVillage(minzheng, sv.get(2)), "GM-07", null,
				List.of(sv.get(2)), nStart, nEnd, nSigned, "2500", y + 1, "岗位信息｜每月在村务公开栏发布就业岗位信息不少于 1 次｜否",
				"全年｜" + (y + 1) + "-12-20｜2500");
		return count;
	}

	private long sign(QingdanUser buyer, String title, Supplier supplier, String item, String admission, List<Long> villages,
			LocalDate start, LocalDate end, LocalDate signedOn, String amount, int budgetYear, String clauses, String milestones) {
		ContractForm f = new ContractForm();
		f.setTitle(title);
		f.setSupplierId(supplier.id());
		f.setItemCode(item);
		f.setAdmissionNumber(admission);
		f.setVillageIds(villages);
		f.setTermStart(start);
		f.setTermEnd(end);
		f.setSignedOn(signedOn.isAfter(today) ? today : signedOn);
		f.setAmount(amount);
		f.setBudgetYear(budgetYear);
		f.setClauses(clauses);
		f.setMilestones(milestones);
		count++;
		return contracts.sign(buyer, f);
	}

	private void pay(QingdanUser buyer, long id, int milestone, LocalDate on, String amount, String voucher) {
		if (on.isAfter(today)) {
			return;
		}
		long m = contracts.detail(contracts.require(buyer, id)).milestones().get(milestone).id();
		payments.record(buyer, id, m, on, amount, voucher, null, null);
	}

	private void evaluate(QingdanUser village, long id, int clause, String period, boolean met, int score, String comment,
			Integer asked, Integer satisfied) {
		long c = contracts.detail(contracts.require(village, id)).clauses().get(clause).id();
		evaluations.evaluate(village, id, c, period, met, score, comment, asked, satisfied);
	}

	private QingdanUser user(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}
}
