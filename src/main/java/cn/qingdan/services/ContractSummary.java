package cn.qingdan.services;

import java.util.List;

import cn.qingdan.workflow.document.A4Html;
import cn.qingdan.workflow.document.A4Pdf;
import cn.qingdan.workflow.document.DocumentText;

/** The printable A4 contract summary (购买服务合同摘要): parties, item, villages, clauses, schedule and payments, results. */
final class ContractSummary {

	private static final String CSS = A4Html.PAGE_CSS + """
			h1 { font-size: 20pt; margin: 6mm 0 6mm 0; }
			h2 { font-size: 13pt; margin: 5mm 0 2mm 0; }
			table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.5; }
			th, td { border: 0.5pt solid #555; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
			td.num, th.num { text-align: right; }
			""" + A4Html.SEAL_CSS;

	private ContractSummary() {
	}

	static byte[] pdf(Contract.Detail d, List<Payments.Line> schedule, List<Evaluations.ClauseResult> results,
			java.time.LocalDate today) {
		Contract c = d.contract();
		StringBuilder h = A4Html.open(c.number() + " 合同摘要", CSS);
		h.append(A4Html.footer("本摘要由系统根据已登记的合同生成，以双方签订的合同文本为准。"));
		h.append(A4Html.documentNumber(c.number()));
		h.append(A4Html.title("政府购买服务合同摘要"));
		h.append("<table>");
		row(h, "合同名称", c.title());
		row(h, "购买方", d.buyerName());
		row(h, "承接方", d.supplier().name() + "（" + d.supplier().kind().label()
				+ (d.supplier().rating() == null ? "" : "，评估等级 " + d.supplier().rating()) + "）");
		row(h, "清单事项", c.itemCode() + " " + c.itemName() + "（" + c.serviceField() + "，清单第 " + c.catalogueVersion() + " 版）");
		if (c.admissionNumber() != null) {
			row(h, "对应准入事项", c.admissionNumber() + "（费随事转）");
		}
		row(h, "服务期限", c.termStart() + " 至 " + c.termEnd());
		row(h, "合同金额", Money.format(c.amount()) + " 元（" + c.budgetYear() + " 年度预算）");
		row(h, "签订日期", c.signedOn().toString());
		row(h, "服务对象", String.join("、", d.villages().stream().map(v -> v.name() + " " + Money.format(v.amount()) + " 元").toList()));
		h.append("</table><h2>合同条款及满意度评价</h2><table><tr><th>条款</th><th>服务标准</th><th class=\"num\">评价</th><th class=\"num\">达到</th><th class=\"num\">未达到</th><th class=\"num\">平均满意度</th></tr>");
		for (Evaluations.ClauseResult r : results) {
			h.append("<tr><td>").append(esc(r.clause().position() + ". " + r.clause().title())).append("</td><td>")
				.append(esc(r.clause().measure())).append("</td><td class=\"num\">").append(r.evaluations())
				.append("</td><td class=\"num\">").append(r.met()).append("</td><td class=\"num\">").append(r.notMet())
				.append("</td><td class=\"num\">").append(r.meanScore() == null ? "—" : r.meanScore()).append("</td></tr>");
		}
		h.append("</table><h2>付款计划及支付情况</h2><table><tr><th>付款节点</th><th>计划日期</th><th class=\"num\">计划金额</th><th class=\"num\">已付</th><th>状态</th></tr>");
		for (Payments.Line l : schedule) {
			h.append("<tr><td>").append(esc(l.milestone().title())).append("</td><td>").append(l.milestone().dueOn())
				.append("</td><td class=\"num\">").append(Money.format(l.milestone().amount())).append("</td><td class=\"num\">")
				.append(Money.format(l.paid())).append("</td><td>").append(esc(l.state().label())).append("</td></tr>");
		}
		h.append("</table><p></p>");
		h.append("<div style=\"text-align:right\">").append(A4Html.sealLine(d.buyerName(), today)).append("</div>");
		h.append(A4Html.close());
		return A4Pdf.render(h.toString(), new A4Pdf.Info(c.number() + " 合同摘要", d.buyerName(), "政府购买服务合同摘要",
				c.itemName(), today));
	}

	private static void row(StringBuilder h, String label, String value) {
		h.append("<tr><th style=\"width:28mm\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
	}

	private static String esc(String s) {
		return DocumentText.escape(s);
	}
}
