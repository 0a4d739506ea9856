package cn.qingdan.certificate;

import java.net.URI;

import org.springframework.stereotype.Component;

import cn.qingdan.workflow.document.A4Html;
import cn.qingdan.workflow.document.A4Pdf;
import cn.qingdan.workflow.document.DocumentText;
import cn.qingdan.workflow.document.QrCode;

/**
 * The printable certificate: one A4 page (more only for very long texts) laid out like the paper a village clerk
 * hands over — number top right, the type as the title, the text with two-character indents, the village and the
 * date in Chinese numerals (二〇二六年十一月二十三日) bottom right where the seal goes, the verification QR code and
 * the grouped serial bottom left, and a footnote saying where to verify (the signing key is not printed).
 * <p>
 * Built with the workflow kit's A4 document parts ({@link A4Html}) and rendered by {@link A4Pdf} (Noto Sans SC
 * embedded, nothing loaded from outside but the inline QR image, the same bytes on every reprint).
 */
@Component
class CertificatePdf {

	public byte[] render(CertificateDocument doc) {
		check(doc);
		String html = html(doc, QrCode.dataUri(doc.verificationUrl()));
		String serial = groupedSerial(doc.serial());
		return A4Pdf.render(html, new A4Pdf.Info(blank(doc.number()) ? doc.title() : doc.title() + " " + doc.number(),
				doc.villageName(), join(doc.countyName(), doc.villageName()) + "出具的证明，核验码 " + serial,
				"证明," + doc.title() + "," + serial, doc.issuedOn()));
	}

	private static void check(CertificateDocument doc) {
		if (doc == null || blank(doc.title()) || blank(doc.villageName()) || doc.issuedOn() == null
				|| blank(doc.serial()) || blank(doc.verificationUrl())) {
			throw new IllegalArgumentException("证明缺少标题、出具单位、日期、核验码或核验地址，无法生成 PDF");
		}
	}

	// ---------------------------------------------------------------- page

	static String html(CertificateDocument doc, String qrDataUri) {
		StringBuilder h = A4Html.open(doc.title(), A4Html.PAGE_CSS + CSS + A4Html.SEAL_CSS);
		h.append(A4Html.footer("本证明经数字签名，可扫描二维码或在 " + verificationPage(doc.verificationUrl(), doc.serial())
				+ " 输入核验码核验真伪。"));
		h.append(A4Html.documentNumber(doc.number()));
		h.append(A4Html.title(title(doc.title())));
		h.append(A4Html.paragraphs(doc.body()));

		h.append("<table class=\"foot\"><tr><td class=\"qr\">");
		h.append(A4Html.image(qrDataUri, "核验二维码"));
		h.append("<div class=\"caption\">扫码核验 / 核验码：<br/><span class=\"serial\">")
				.append(DocumentText.escape(groupedSerial(doc.serial()))).append("</span></div>");
		h.append("</td><td class=\"sign\">");
		h.append(A4Html.sealLine(doc.villageName(), doc.issuedOn()));
		h.append("</td></tr></table>");
		h.append(A4Html.close());
		return h.toString();
	}

	/** The certificate's own parts: the QR code and serial bottom left, the seal line bottom right. */
	private static final String CSS = """
			table.foot { width: 100%; margin-top: 14mm; border-collapse: collapse; page-break-inside: avoid; }
			table.foot td { padding: 0; }
			td.qr { width: 62mm; vertical-align: bottom; }
			td.qr img { width: 30mm; height: 30mm; display: block; image-rendering: pixelated; }
			.caption { font-size: 8.5pt; line-height: 1.5; color: #333; margin-top: 1mm; }
			.serial { font-size: 9pt; letter-spacing: 0.3pt; }
			td.sign { vertical-align: top; text-align: right; }
			""";

	/** A bare "证明" is spaced as on the paper form (证　明); any other type name is the title as it stands. */
	static String title(String title) {
		String t = title.strip();
		return t.equals("证明") ? "证　明" : t;
	}

	/** The 20-character serial in groups of five: XXXXX-XXXXX-XXXXX-XXXXX. */
	static String groupedSerial(String serial) {
		String s = serial.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
		StringBuilder g = new StringBuilder(s.length() + 4);
		for (int i = 0; i < s.length(); i++) {
			if (i > 0 && i % 5 == 0) {
				g.append('-');
			}
			g.append(s.charAt(i));
		}
		return g.toString();
	}

	/**
	 * Host and path of the verification address, where a reader types the code: a trailing path segment that is the
	 * serial itself is left off (https://x.gov.cn/public/certificates/ABC… → x.gov.cn/public/certificates).
	 */
	static String verificationPage(String url, String serial) {
		try {
			URI uri = URI.create(url.strip());
			if (uri.getHost() == null) {
				return url.strip();
			}
			String path = uri.getPath() == null ? "" : uri.getPath();
			String bare = serial.replaceAll("[\\s-]", "");
			int slash = path.lastIndexOf('/');
			if (slash >= 0 && path.substring(slash + 1).replace("-", "").equalsIgnoreCase(bare)) {
				path = path.substring(0, slash);
			}
			while (path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
		}
		catch (IllegalArgumentException e) {
			return url.strip();
		}
	}

	private static String join(String county, String village) {
		return (blank(county) ? "" : county.strip()) + village.strip();
	}

	private static boolean blank(String s) {
		return DocumentText.blank(s);
	}
}
