package cn.qingdan.workflow;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.qingdan.workflow.document.A4Html;
import cn.qingdan.workflow.document.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/** The A4 page parts escape every value and write the seal line and dates the official way. */
class A4HtmlTest {

	@Test
	void partsEscapeTheirValues() {
		assertThat(A4Html.title("<b>通知</b>")).isEqualTo("<h1>&lt;b&gt;通知&lt;/b&gt;</h1>");
		assertThat(A4Html.documentNumber(" ")).isEmpty();
		assertThat(A4Html.documentNumber("武减负函〔2026〕3号")).isEqualTo("<div class=\"number\">编号：武减负函〔2026〕3号</div>");
		assertThat(A4Html.paragraphs("第一段。\r\n\r\n第二段 & 附件")).isEqualTo(
				"<p class=\"text\">第一段。</p><p class=\"text\">第二段 &amp; 附件</p>");
		assertThat(A4Html.paragraphs(null)).isEqualTo("<p class=\"text\"></p>");
		assertThat(A4Html.footer("a\u0001<b>")).isEqualTo(
				"<div class=\"footer\"><div class=\"note\">a&lt;b&gt;</div><div class=\"pages\"></div></div>");
	}

	@Test
	void theSealLineCarriesUnitSealAndChineseDate() {
		assertThat(A4Html.sealLine("武功县基层减负办", LocalDate.of(2026, 10, 1))).isEqualTo(
				"<div class=\"signature\"><div class=\"village\">武功县基层减负办</div><div class=\"seal\">（盖章）</div>"
						+ "<div class=\"date\">二〇二六年十月一日</div></div>");
		assertThat(DocumentText.chineseNumber(20)).isEqualTo("二十");
		assertThat(DocumentText.chineseNumber(11)).isEqualTo("十一");
	}
}
