package cn.qingdan.screening;

import java.util.List;

import static cn.qingdan.screening.Rule.Family.EMERGENCY;
import static cn.qingdan.screening.Rule.Family.SELF_GOVERNANCE;

/**
 * Context that weighs between lists without deciding alone: an emergency (生命财产安全、公共安全的突发事项, which a
 * village assists with at once and files afterwards) favours assistance items; a matter the villagers raise and decide
 * themselves favours self-governance items.
 */
final class ContextRules {

	static final double EMERGENCY_BOOST = 0.8;

	static final double SELF_GOVERNANCE_BOOST = 0.5;

	static final List<Rule> ALL = List.of(
			Rule.of(EMERGENCY, "突发紧急事项", 0.6,
					"紧急|突发|立即|预警|红色|橙色|撤离|转移避险|应转尽转|台风|暴雨|暴雪|寒潮|冰冻|大风|冰雹|洪水|山洪|地震|泥石流|疫情|病例|险情|食物中毒|中毒|火灾|失火|(?<!一)起火|着火|扑火|扑救|山火|林火|森林火险|火场|溺水|走失|坍塌|垮塌|爆炸|泄漏"),
			Rule.of(SELF_GOVERNANCE, "村民自行提议、议定", 0.6,
					"村民(代表)?(会议|大会)(讨论|决定|表决|通过)|经村民|村民代表提议|四议两公开|一事一议|村民反映|村民申请"
							+ "|(村委会|村两委|村党支部|村务监督委员会)(拟|通知|组织|商定|提醒)"
							// the village carrying its villagers' opinions up to the government (村民委员会组织法第二条)
							+ "|(村民|群众|大家|居民|把)的?(意见|诉求|建议|想法|呼声)[^。]{0,16}(向|反映给|转给|报给|递交)[^，。]{0,3}(镇|乡|县|区|街道|政府)"));

	private ContextRules() {
	}
}
