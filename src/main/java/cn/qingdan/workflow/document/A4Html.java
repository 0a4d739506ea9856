package cn.qingdan.workflow.document;

import java.time.LocalDate;

/**
 * The parts of an A4 official page as XHTML, every value escaped: the head with the page style, the running footer
 * (a note and 第 N 页，共 M 页), the document number top right, the title, paragraphs with two-character indents, and
 * the seal line (the issuing unit, （盖章）, the date in Chinese numerals). A document appends its own parts in between
 * and renders the result with {@link A4Pdf}. The class names are fixed (the signature's unit line is {@code village},
 * as on the first document, the certificate): changing any markup changes every rendered file.
 */
public final class A4Html {

	/** The embedded face's family name, as the style sheets use it. */
	public static final String FONT_FAMILY = "Noto Sans SC";

	/** The page (A4, margins, footer bottom left), body text, footer, document number, title and paragraphs. */
	public static final String PAGE_CSS = """
			@page {
				size: A4 portrait;
				margin: 25mm 25mm 27mm 25mm;
				@bottom-left { content: element(footer); vertical-align: top; }
			}
			body { font-family: 'Noto Sans SC'; font-size: 14pt; line-height: 1.8; color: #000; margin: 0; }
			.footer { position: running(footer); width: 160mm; margin-top: 4mm; padding-top: 1.5mm;
				border-top: 0.5pt solid #999; font-size: 8pt; line-height: 1.5; color: #555; }
			.footer .pages { text-align: right; }
			.footer .pages::after { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; }
			.number { text-align: right; font-size: 11pt; line-height: 1.5; }
			h1 { text-align: center; font-size: 24pt; font-weight: 700; line-height: 1.4;
				margin: 12mm 0 10mm 0; letter-spacing: 2pt; }
			p.text { text-indent: 2em; margin: 0; text-align: justify; }
			""";

	/** The seal line: the unit, （盖章） in grey where the seal goes, the date. */
	public static final String SEAL_CSS = """
			.signature { display: inline-block; text-align: center; margin-right: 2em; }
			.village { font-size: 14pt; }
			.seal { font-size: 10pt; color: #999; line-height: 1.6; }
			.date { font-size: 14pt; }
			""";

	private A4Html() {
	}

	/** The page up to the opening body tag; {@code css} is the whole style sheet (usually PAGE_CSS + own + SEAL_CSS). */
	public static StringBuilder open(String title, String css) {
		StringBuilder h = new StringBuilder(4096);
		h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>");
		h.append("<title>").append(DocumentText.escape(title)).append("</title>");
		h.append("<style>").append(css).append("</style></head><body>");
		return h;
	}

	/** The running footer on every page: the note, then 第 N 页，共 M 页. Put it first in the body. */
	public static String footer(String note) {
		return "<div class=\"footer\"><div class=\"note\">" + DocumentText.escape(note)
				+ "</div><div class=\"pages\"></div></div>";
	}

	/** 编号：… top right, or nothing without a number. */
	public static String documentNumber(String number) {
		return DocumentText.blank(number) ? "" : "<div class=\"number\">编号：" + DocumentText.escape(number) + "</div>";
	}

	public static String title(String title) {
		return "<h1>" + DocumentText.escape(title) + "</h1>";
	}

	/** One paragraph per non-blank line (an empty one when there is none). */
	public static String paragraphs(String body) {
		StringBuilder h = new StringBuilder();
		int paragraphs = 0;
		for (String line : (body == null ? "" : body).split("\r\n|\r|\n")) {
			if (!line.isBlank()) {
				h.append("<p class=\"text\">").append(DocumentText.escape(line.strip())).append("</p>");
				paragraphs++;
			}
		}
		if (paragraphs == 0) {
			h.append("<p class=\"text\"></p>");
		}
		return h.toString();
	}

	/** The issuing unit, （盖章） and the date in Chinese numerals, centred on each other. */
	public static String sealLine(String unit, LocalDate date) {
		return "<div class=\"signature\"><div class=\"village\">" + DocumentText.escape(unit)
				+ "</div><div class=\"seal\">（盖章）</div><div class=\"date\">" + DocumentText.chineseDate(date) + "</div></div>";
	}

	/** An image from a data: URI (a {@link QrCode}), with its alternative text. */
	public static String image(String dataUri, String alt) {
		return "<img src=\"" + dataUri + "\" alt=\"" + DocumentText.escape(alt) + "\"/>";
	}

	public static String close() {
		return "</body></html>";
	}
}
