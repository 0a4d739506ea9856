package cn.qingdan.services;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.ChangeProposal;
import cn.qingdan.catalogue.ChangeProposals;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.catalogue.ProposalChange;
import cn.qingdan.identity.QingdanUser;

/**
 * Demo: the fifth list enters the demo county's catalogue the way any change does — the office drafts a proposal,
 * 县民政局 and 苏坊镇 agree, the office assesses, the approver publishes the next version.
 */
@Component
class ServicesDemoList {

	private static final String BASIS = "《国务院办公厅关于政府向社会力量购买服务的指导意见》；《政府购买服务管理办法》（财政部令第102号）";

	private final Catalogues catalogues;
	private final ChangeProposals proposals;
	private final UserDetailsService users;

	ServicesDemoList(Catalogues catalogues, ChangeProposals proposals, UserDetailsService users) {
		this.catalogues = catalogues;
		this.proposals = proposals;
		this.users = users;
	}

	/** The items: name, field, price per village and year, basis of the price, suppliers, lowest grade, description. */
	private static final List<String[]> ITEMS = List.of(
			new String[] { "居家和社区养老服务（上门探访、助餐）", "老年人服务", "6000", "按服务对象人数和县民政局测算标准核定，列入下年度县财政预算", "社会组织；村（社区）组织", "3A", "为独居、高龄、失能老人提供上门探访、助餐和健康监测服务" },
			new String[] { "困难群众社会工作服务（三社联动）", "社会保障", "8000", "按服务户数核定，列入下年度县财政预算", "社会组织", "4A", "社会工作者为困难家庭提供心理疏导、资源链接、能力提升服务" },
			new String[] { "残疾人康复和托养服务", "残疾人服务", "5000", "按县残联康复服务标准核定，列入下年度县财政预算", "社会组织", "3A", "为重度残疾人提供上门康复训练和日间托养服务" },
			new String[] { "村级社会救助协理服务（费随事转）", "社会保障", "2000", "与依法协助政府工作事项“最低生活保障对象动态管理”经费标准一致，由乡镇与村签订委托协议", "村（社区）组织", null, "村（社区）协助开展低保、临时救助对象走访核查和信息报送，由乡镇政府与村签订委托协议，以购买服务方式落实经费" },
			new String[] { "社区矫正对象日常走访协助", "社区矫正", "1500", "按县司法局测算标准核定", "社会组织；村（社区）组织", "3A", "协助司法所开展社区矫正对象日常走访和帮扶" },
			new String[] { "农村文化体育活动组织", "文化体育", "3000", "按每村每年活动场次核定", "社会组织；村（社区）组织", "3A", "组织开展农村文艺演出、全民健身等群众性文化体育活动" },
			new String[] { "就业创业信息服务（公益性岗位对接）", "就业", "2500", "按县人社局公益性岗位补贴标准核定", "社会组织；村（社区）组织", null, "收集发布就业岗位信息，协助对接公益性岗位和创业培训" },
			new String[] { "留守儿童关爱服务（课后托管）", "教育", "4000", "按服务儿童人数核定，列入下年度县财政预算", "社会组织", "3A", "为农村留守儿童提供课后托管、作业辅导和心理关爱" },
			new String[] { "农村危房改造信息采集协助", "住房保障", "1000", "按户核定，随项目资金拨付", "村（社区）组织", null, "协助采集农村低收入群体住房安全信息" },
			new String[] { "家庭医生签约服务宣传协助", "医疗卫生", "1200", "按县卫健局基本公共卫生服务经费标准核定", "村（社区）组织", null, "协助宣传家庭医生签约服务、组织签约居民集中体检" });

	/** Publishes the list; returns the new version's number, or 0 when the county already has one. */
	int load(long countyUnitId) {
		Catalogue catalogue = catalogues.forCounty(countyUnitId).orElse(null);
		if (catalogue == null) {
			return 0;
		}
		var current = catalogues.current(catalogue.id()).orElseThrow();
		if (!catalogues.search(current.id(), null, ListType.SERVICE_PURCHASE).isEmpty()) {
			return current.number();
		}
		QingdanUser office = user("jfb_admin");
		ChangeProposal p = proposals.create(office, catalogue.id(), "增设政府购买服务（费随事转）事项清单",
				"落实“政府购买服务（费随事转）事项清单”：延伸到村级组织的基本公共服务，社会力量或村级组织能够承担的，逐步由政府购买服务，经费列入下年度财政预算");
		for (String[] i : ITEMS) {
			ItemContent item = new ItemContent(null, ListType.SERVICE_PURCHASE, i[0], i[1], i[6], BASIS, null, List.of("县民政局", "县财政局"),
					List.of(), List.of(), "武功县基层减负办", null, null, null, new BigDecimal(i[2]), true, null, null, null, null,
					null, null, null, null, "经费标准为本县设定的参考值", i[3], List.of(i[4].split("；")), i[5]);
			proposals.addChange(office, p.id(), proposals.require(p.id(), office).version(), ProposalChange.Operation.ADD, null,
					"纳入政府购买服务（费随事转）事项清单", BASIS, item);
		}
		QingdanUser minzheng = user("minzheng");
		QingdanUser sufang = user("sufang");
		proposals.consult(office, p.id(), proposals.require(p.id(), office).version(), List.of(minzheng.unitId(), sufang.unitId()), 5);
		proposals.comment(minzheng, p.id(), "同意", null);
		proposals.comment(sufang, p.id(), "同意", null);
		proposals.closeConsultation(office, p.id(), proposals.require(p.id(), office).version());
		proposals.assess(office, p.id(), proposals.require(p.id(), office).version(),
				"事项均属延伸到村的基本公共服务，可由社会组织或村级组织承接；经费标准经县财政局核定", ChangeProposal.Recommendation.APPROVE);
		QingdanUser approver = user("approver");
		return proposals.approve(approver, p.id(), proposals.require(p.id(), approver).version(), "同意发布").number();
	}

	private QingdanUser user(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}
}
