package cn.qingdan.screening;

import java.util.List;

import static cn.qingdan.screening.Rule.Family.CERTIFICATE;

/**
 * Phrasings that make a text a demand for a certificate (证明) from the village: then it is read against the
 * certificate lists only (依法出具 / 不应出具), whatever the topic. A sum of at least {@link #THRESHOLD} routes the
 * text there on its own; weaker signals route it only together with a clear certificate item.
 */
final class CertificateRules {

	static final double THRESHOLD = 1.0;

	private static final String C = "[^，。；;！？!?]";

	static final List<Rule> ALL = List.of(
			Rule.of(CERTIFICATE, "要求出具证明", 1.0,
					"(出具|开具|开个|开张|开一张|开一份|开|提供|提交|出|写)" + C + "{0,30}证明|证明" + C + "{0,6}(盖章|盖个章)"
							+ "|(要求|让|请|需|要|叫|找)" + C + "{0,8}(村委会|村里|村党支部|村党组织|村集体|村)" + C + "{0,2}证明"),
			Rule.of(CERTIFICATE, "提到证明名称", 0.6, "[\\u4e00-\\u9fa5]{1,10}证明"),
			Rule.of(CERTIFICATE, "在表格上签署意见或出具说明（以用途描述的证明）", 1.0,
					"(鉴定表|评价表|考核表|反馈单|反馈表|考察表|审查表|记录表|报到卡|登记卡|服务卡|意见”?一?栏|政审表|实践表|记录册|记录本|登记册|实践手册)" + C
							+ "{0,12}(填写|签署|签写|盖章|确认|意见|评价|评语)|(签写|填写|写上?)(评语|鉴定意见|表现意见)|(作出|给出|出具)评价|评价并反馈|(现实表现|政治表现|表现情况)" + C + "{0,6}(材料|意见|说明)"
							+ "|出具(?!同意|是否同意)" + C + "{0,16}(意见|外调材料|书面说明|说明|情况材料|确认书)|书面确认|(对|就)" + C + "{0,30}政治表现"
							+ "|(写|填写|签署|出具|提出|给出)" + C + "{0,2}评价意见|(意见|情况)?反馈给?(我们|我单位|我委|本单位|我院|我校)"
							+ "|(填写|写明|注明)" + C + "{0,14}情况" + C + "{0,2}并" + C + "{0,2}盖章"
							+ "|[\\u4e00-\\u9fa5]{1,6}表(上|中|里)?" + C + "{0,4}(写|填写|签署|签写|签)" + C + "{0,4}(意见|评语|评价)"
							+ "|(签|写|填)(个|上)?意见" + C + "{0,6}盖(个|上)?章"
							+ "|(填写|签署|填好|填报)" + C + "{0,8}(反馈表|鉴定表|评价表|考核表|政审表|考察表|实践表)"
							+ "|(请|需|要求)" + C + "{0,14}(说明|确认)" + C + "{0,20}(何时|什么时候|由谁|来源|取得时间|使用情况|一直由)"
							+ "|(写|开|出)(一|1)?(份|个|张)" + C + "{0,30}(说明|情况说明)" + C + "{0,3}(盖章|签字盖章|盖个章)"
							+ "|(写|填|出具|给|提供)(一个|个|一份|份)?(书面)?反馈意见"),
			Rule.of(CERTIFICATE, "盖章、签署意见或外调反馈", 0.5,
					"盖章|加盖" + C + "{0,10}(印章|公章)|签署意见|外调|政审|情况反馈|进行反馈"),
			Rule.of(CERTIFICATE, "第三方（银行、学校、单位等）索要", 0.3,
					"银行|学校|小学|中学|大学|高校|幼儿园|保险公司|理赔|医院|用人单位|公司|旅行社|驾校|派出所|公证处|招聘|营业厅|登记处|登记中心"));

	private CertificateRules() {
	}
}
