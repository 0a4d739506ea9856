package cn.qingdan.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.qingdan.workflow.document.A4Html;
import cn.qingdan.workflow.document.A4Pdf;
import cn.qingdan.workflow.document.DocumentText;

/**
 * The letter (工作提示函) and the notice (通报) as A4 PDFs in the office's format: the number top right, the title, the
 * addressee, the problems, the rectification requirements and the deadline (in working days and as a date), the
 * office and the date where the seal goes.
 */
@Component
public class LetterPdf {

	private static final String CSS = ".to { margin: 0 0 2mm 0; } h2 { font-size: 15pt; font-weight: 700; margin: 4mm 0 1mm 0; }"
			+ " .sign { text-align: right; margin-top: 14mm; }";

	public byte[] letter(Letter l, String unitName, String officeName) {
		StringBuilder h = A4Html.open("工作提示函 " + l.number(), A4Html.PAGE_CSS + CSS + A4Html.SEAL_CSS);
		h.append(A4Html.footer("工作提示函 " + l.number() + "：请按期整改，并在基层减负平台反馈整改情况和佐证材料。"));
		h.append(A4Html.documentNumber(l.number()));
		h.append(A4Html.title("工作提示函"));
		h.append("<p class=\"to\">").append(DocumentText.escape(unitName)).append("：</p>");
		h.append(A4Html.paragraphs("在基层减负督查检查中，发现你单位存在以下问题，现予提示，请认真整改。"));
		h.append("<h2>一、存在问题</h2>").append(A4Html.paragraphs(l.problems()));
		h.append("<h2>二、整改要求</h2>").append(A4Html.paragraphs(l.requirements()));
		h.append("<h2>三、整改时限</h2>").append(A4Html.paragraphs("请于" + DocumentText.chineseDate(l.deadline()) + "前（"
				+ l.workingDays() + "个工作日内）完成整改，并将整改措施和佐证材料报送" + officeName
				+ "。逾期未整改或整改不到位的，将予以通报，并按规定问责，纳入党建工作成效考核。"));
		h.append("<div class=\"sign\">").append(A4Html.sealLine(officeName, l.issuedOn())).append("</div>");
		h.append(A4Html.close());
		return A4Pdf.render(h.toString(), new A4Pdf.Info("工作提示函 " + l.number(), officeName, "致" + unitName + "的工作提示函",
				"工作提示函," + l.number(), l.issuedOn()));
	}

	public byte[] notice(Escalation.Notice n, String officeName) {
		StringBuilder h = A4Html.open(n.title(), A4Html.PAGE_CSS + CSS + A4Html.SEAL_CSS);
		h.append(A4Html.footer((n.publicNotice() ? "公开通报" : "内部通报") + " " + n.number()));
		h.append(A4Html.documentNumber(n.number()));
		h.append(A4Html.title(n.title()));
		h.append(A4Html.paragraphs(n.body()));
		h.append("<div class=\"sign\">").append(A4Html.sealLine(officeName, n.issuedOn())).append("</div>");
		h.append(A4Html.close());
		return A4Pdf.render(h.toString(), new A4Pdf.Info(n.title(), officeName, n.number(), "通报," + n.number(), n.issuedOn()));
	}

	static String dateText(LocalDate d) {
		return DocumentText.chineseDate(d);
	}
}
