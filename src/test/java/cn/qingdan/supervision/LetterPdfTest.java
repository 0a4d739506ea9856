package cn.qingdan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The letter and the notice as A4 PDFs: number, addressee, the three parts, the deadline in words, the seal line. */
class LetterPdfTest {

	@Test
	void theLetterReadsLikeTheOfficesPaper() throws Exception {
		Letter l = new Letter(1, 1, "〔2026〕第7号", 2, "1. 要求村里填报年度计划外的报表", "1. 立即停止\n2. 建立整改台账", 10,
				LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16), LetterSteps.Status.ISSUED, 0, null, null, null, null, null, "jfb_admin", 0);
		byte[] pdf = new LetterPdf().letter(l, "苏坊镇", "武功县基层减负办");
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/supervision-letter.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
			assertThat(text).contains("编号：〔2026〕第7号", "工作提示函", "苏坊镇：", "一、存在问题", "要求村里填报年度计划外的报表", "二、整改要求",
					"三、整改时限", "请于二〇二六年十二月十六日前（10个工作日内）", "武功县基层减负办", "（盖章）", "二〇二六年十二月二日");
		}
		assertThat(new LetterPdf().letter(l, "苏坊镇", "武功县基层减负办")).as("a reprint is identical").isEqualTo(pdf);
	}

	@Test
	void theNoticeSaysWhetherItIsPublic() throws Exception {
		byte[] pdf = new LetterPdf().notice(new Escalation.Notice(1, 1, "〔2026〕通报第2号", "关于小村镇逾期未整改的通报", "小村镇逾期未整改。",
				true, LocalDate.of(2026, 12, 2), 1), "武功县基层减负办");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("关于小村镇逾期未整改的通报", "公开通报〔2026〕通报第2号");
		}
	}
}
