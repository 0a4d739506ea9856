package cn.qingdan.certificate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * The printable certificate: one A4 page (more only for very long texts) laid out like the paper a village clerk
 * hands over — number top right, the type as the title, the text with two-character indents, the village and the
 * date in Chinese numerals (二〇二六年十一月二十三日) bottom right where the seal goes, the verification QR code and
 * the grouped serial bottom left, and a footnote saying where to verify (the signing key is not printed).
 * <p>
 * The page is XHTML built here with every value escaped, rendered by openhtmltopdf with Noto Sans SC embedded as a
 * subset (so the Chinese text extracts correctly) and nothing loaded from outside but the inline QR image.
 */
@Component
public class CertificatePdf {

	static final String FONT_FAMILY = "Noto Sans SC";
	static final String FONT_REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
	static final String FONT_BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	/**
	 * Pixels per QR module in the embedded image (about 110 dpi at 30 mm): edges stay sharp even where a viewer
	 * smooths upscaled images, and encoding and decoding the PNG cost little.
	 */
	static final int QR_PIXELS_PER_MODULE = 4;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String[] DIGITS = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	/** The parsed fonts are shared and not safe for concurrent use: one document at a time (tens of ms each). */
	private static final ReentrantLock LOCK = new ReentrantLock();

	static {
		XRLog.setLoggerImpl(new Slf4jXRLogger());
	}

	public byte[] render(CertificateDocument doc) {
		check(doc);
		String html = html(doc, qrDataUri(doc.verificationUrl()));
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		LOCK.lock();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.withHtmlContent(html, null);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, Fonts.REGULAR, true)), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, Fonts.BOLD, true)), FONT_FAMILY, 700,
					FontStyle.NORMAL, true);
			// Nothing is fetched: the only resource is the inline QR image.
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				describe(pdf.getDocumentInformation(), doc);
				pdf.getDocument().setDocumentID(fileId(html));
				pdf.save(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("证明 PDF 生成失败：" + doc.number(), e);
		}
		finally {
			LOCK.unlock();
		}
		return out.toByteArray();
	}

	private static void check(CertificateDocument doc) {
		if (doc == null || blank(doc.title()) || blank(doc.villageName()) || doc.issuedOn() == null
				|| blank(doc.serial()) || blank(doc.verificationUrl())) {
			throw new IllegalArgumentException("证明缺少标题、出具单位、日期、核验码或核验地址，无法生成 PDF");
		}
	}

	private static void describe(PDDocumentInformation info, CertificateDocument doc) {
		info.setTitle(clean(blank(doc.number()) ? doc.title() : doc.title() + " " + doc.number()));
		info.setAuthor(clean(doc.villageName()));
		info.setSubject(clean(join(doc.countyName(), doc.villageName()) + "出具的证明，核验码 " + groupedSerial(doc.serial())));
		info.setKeywords(clean("证明," + doc.title() + "," + groupedSerial(doc.serial())));
		info.setCreator("Qingdan 清单");
		info.setProducer("Qingdan 清单 (openhtmltopdf, PDFBox)");
		// Reprints of one certificate carry the same dates: the day it was issued, China time.
		GregorianCalendar issued = GregorianCalendar.from(doc.issuedOn().atStartOfDay(CHINA));
		info.setCreationDate(issued);
		info.setModificationDate(issued);
	}

	/** The file identifier (trailer /ID) from the content, not the clock: a certificate always renders the same bytes. */
	private static COSArray fileId(String html) {
		byte[] id = Arrays.copyOf(sha256(html), 16);
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		return ids;
	}

	private static byte[] sha256(String s) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// ---------------------------------------------------------------- page

	static String html(CertificateDocument doc, String qrDataUri) {
		StringBuilder h = new StringBuilder(4096);
		h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>");
		h.append("<title>").append(escape(doc.title())).append("</title>");
		h.append("<style>").append(CSS).append("</style></head><body>");

		h.append("<div class=\"footer\"><div class=\"note\">本证明经数字签名，可扫描二维码或在 ")
				.append(escape(verificationPage(doc.verificationUrl(), doc.serial())))
				.append(" 输入核验码核验真伪。</div><div class=\"pages\"></div></div>");

		if (!blank(doc.number())) {
			h.append("<div class=\"number\">编号：").append(escape(doc.number())).append("</div>");
		}
		h.append("<h1>").append(escape(title(doc.title()))).append("</h1>");
		int paragraphs = 0;
		for (String line : (doc.body() == null ? "" : doc.body()).split("\r\n|\r|\n")) {
			if (!line.isBlank()) {
				h.append("<p class=\"text\">").append(escape(line.strip())).append("</p>");
				paragraphs++;
			}
		}
		if (paragraphs == 0) {
			h.append("<p class=\"text\"></p>");
		}

		h.append("<table class=\"foot\"><tr><td class=\"qr\">");
		h.append("<img src=\"").append(qrDataUri).append("\" alt=\"核验二维码\"/>");
		h.append("<div class=\"caption\">扫码核验 / 核验码：<br/><span class=\"serial\">")
				.append(escape(groupedSerial(doc.serial()))).append("</span></div>");
		h.append("</td><td class=\"sign\"><div class=\"signature\">");
		h.append("<div class=\"village\">").append(escape(doc.villageName())).append("</div>");
		h.append("<div class=\"seal\">（盖章）</div>");
		h.append("<div class=\"date\">").append(chineseDate(doc.issuedOn())).append("</div>");
		h.append("</div></td></tr></table>");
		h.append("</body></html>");
		return h.toString();
	}

	private static final String CSS = """
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
			table.foot { width: 100%; margin-top: 14mm; border-collapse: collapse; page-break-inside: avoid; }
			table.foot td { padding: 0; }
			td.qr { width: 62mm; vertical-align: bottom; }
			td.qr img { width: 30mm; height: 30mm; display: block; image-rendering: pixelated; }
			.caption { font-size: 8.5pt; line-height: 1.5; color: #333; margin-top: 1mm; }
			.serial { font-size: 9pt; letter-spacing: 0.3pt; }
			td.sign { vertical-align: top; text-align: right; }
			.signature { display: inline-block; text-align: center; margin-right: 2em; }
			.village { font-size: 14pt; }
			.seal { font-size: 10pt; color: #999; line-height: 1.6; }
			.date { font-size: 14pt; }
			""";

	/** A bare "证明" is spaced as on the paper form (证　明); any other type name is the title as it stands. */
	static String title(String title) {
		String t = title.strip();
		return t.equals("证明") ? "证　明" : t;
	}

	/** 2026-11-23 → 二〇二六年十一月二十三日 (the 公文 style). */
	static String chineseDate(LocalDate date) {
		StringBuilder s = new StringBuilder();
		for (char c : Integer.toString(date.getYear()).toCharArray()) {
			s.append(DIGITS[c - '0']);
		}
		return s.append('年').append(chineseNumber(date.getMonthValue())).append('月')
				.append(chineseNumber(date.getDayOfMonth())).append('日').toString();
	}

	/** 1–99: 一, 十, 十一, 二十, 二十三. */
	static String chineseNumber(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("超出范围：" + n);
		}
		int tens = n / 10;
		int ones = n % 10;
		String s = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
		return ones == 0 ? s : s + DIGITS[ones];
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

	// ---------------------------------------------------------------- QR code

	/** The QR code (level M, one-module quiet zone; the white page gives more) as a 1-bit PNG data: URI. */
	static String qrDataUri(String url) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(url));
	}

	static byte[] qrPng(String url) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, 1);
		if (!url.chars().allMatch(c -> c < 0x80)) {
			// An ASCII address needs no ECI header (which some scanners mishandle); anything else goes as UTF-8.
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		}
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(url.strip(), BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("核验地址无法编码为二维码", e);
		}
		int modules = matrix.getWidth();
		int size = modules * QR_PIXELS_PER_MODULE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, size, size);
			g.setColor(Color.BLACK);
			for (int y = 0; y < modules; y++) {
				for (int x = 0; x < modules; x++) {
					if (matrix.get(x, y)) {
						g.fillRect(x * QR_PIXELS_PER_MODULE, y * QR_PIXELS_PER_MODULE, QR_PIXELS_PER_MODULE,
								QR_PIXELS_PER_MODULE);
					}
				}
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	// ---------------------------------------------------------------- text

	/** XML-escaped, with characters XML cannot carry (controls, lone surrogates) dropped. */
	static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder e = new StringBuilder(s.length() + 16);
		clean(s).codePoints().forEach(c -> {
			switch (c) {
				case '&' -> e.append("&amp;");
				case '<' -> e.append("&lt;");
				case '>' -> e.append("&gt;");
				case '"' -> e.append("&quot;");
				case '\'' -> e.append("&#39;");
				case '\t' -> e.append(' ');
				default -> e.appendCodePoint(c);
			}
		});
		return e.toString();
	}

	private static String clean(String s) {
		StringBuilder c = new StringBuilder(s.length());
		s.codePoints().filter(CertificatePdf::xmlChar).forEach(c::appendCodePoint);
		return c.toString();
	}

	private static boolean xmlChar(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private static String join(String county, String village) {
		return (blank(county) ? "" : county.strip()) + village.strip();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	// ---------------------------------------------------------------- fonts

	/**
	 * The two faces (about 10 MB each), read from the classpath and parsed once, on first use: handing openhtmltopdf
	 * an InputStream supplier instead has it parse both for every document, which made a render several times slower.
	 * PDFBox subsets them per document, so only the glyphs used end up in the PDF. A parsed font is not safe for
	 * concurrent use, hence {@link #LOCK}.
	 */
	private static final class Fonts {

		static final TrueTypeFont REGULAR = parse(FONT_REGULAR);
		static final TrueTypeFont BOLD = parse(FONT_BOLD);

		private static TrueTypeFont parse(String resource) {
			try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("缺少字体 " + resource + "（依赖 com.helger.font:ph-fonts-noto-sans-sc）");
				}
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
				// Chinese text needs no glyph substitution; PDFBox's (Latin) GSUB pass took a large share of each render.
				font.setEnableGsub(false);
				return font;
			}
			catch (IOException e) {
				throw new UncheckedIOException("字体无法读取：" + resource, e);
			}
		}
	}

	// ---------------------------------------------------------------- logging

	/**
	 * openhtmltopdf's messages go to SLF4J under their own names (com.openhtmltopdf.load, …) so the application's
	 * logging settings apply; its default prints several INFO lines per document on a console handler of its own.
	 * Its INFO (timings, "loading font") is logged at DEBUG.
	 */
	static final class Slf4jXRLogger implements XRLogger {

		@Override
		public void log(String where, Level level, String msg) {
			log(where, level, msg, null);
		}

		@Override
		public void log(String where, Level level, String msg, Throwable th) {
			Logger logger = LoggerFactory.getLogger(where);
			int v = level.intValue();
			if (v >= Level.SEVERE.intValue()) {
				logger.error(msg, th);
			}
			else if (v >= Level.WARNING.intValue()) {
				logger.warn(msg, th);
			}
			else if (v >= Level.INFO.intValue()) {
				logger.debug(msg, th);
			}
			else {
				logger.trace(msg, th);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// Levels are the logging system's business.
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
			int v = diagnostic.getLevel().intValue();
			return v >= Level.WARNING.intValue() ? logger.isWarnEnabled()
					: v >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
		}
	}
}
