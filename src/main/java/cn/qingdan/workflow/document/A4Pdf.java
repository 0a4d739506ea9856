package cn.qingdan.workflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an A4 page ({@link A4Html}) to PDF with openhtmltopdf: Noto Sans SC embedded as a subset (so Chinese text
 * extracts correctly), nothing loaded from outside but inline data: images, and the same bytes every time for the
 * same content — the document dates are the document's own day (China time) and the file identifier is derived
 * from the page, not the clock — so a reprint is identical to the first print.
 */
public final class A4Pdf {

	static final String FONT_REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
	static final String FONT_BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The parsed fonts are shared and not safe for concurrent use: one document at a time (tens of ms each). */
	private static final ReentrantLock LOCK = new ReentrantLock();

	static {
		XRLog.setLoggerImpl(new Slf4jXRLogger());
	}

	/** The PDF's document information: what a viewer shows as title, author, subject and keywords, and its date. */
	public record Info(String title, String author, String subject, String keywords, LocalDate dated) {
	}

	private A4Pdf() {
	}

	public static byte[] render(String xhtml, Info info) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		LOCK.lock();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.withHtmlContent(xhtml, null);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, Fonts.REGULAR, true)), A4Html.FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, Fonts.BOLD, true)), A4Html.FONT_FAMILY, 700,
					FontStyle.NORMAL, true);
			// Nothing is fetched: the only resources are inline images.
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				describe(pdf.getDocumentInformation(), info);
				pdf.getDocument().setDocumentID(fileId(xhtml));
				pdf.save(out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF 生成失败：" + info.title(), e);
		}
		finally {
			LOCK.unlock();
		}
		return out.toByteArray();
	}

	private static void describe(PDDocumentInformation pdf, Info info) {
		pdf.setTitle(DocumentText.clean(info.title()));
		pdf.setAuthor(DocumentText.clean(info.author()));
		pdf.setSubject(DocumentText.clean(info.subject()));
		pdf.setKeywords(DocumentText.clean(info.keywords()));
		pdf.setCreator("Qingdan 清单");
		pdf.setProducer("Qingdan 清单 (openhtmltopdf, PDFBox)");
		GregorianCalendar dated = GregorianCalendar.from(info.dated().atStartOfDay(CHINA));
		pdf.setCreationDate(dated);
		pdf.setModificationDate(dated);
	}

	/** The file identifier (trailer /ID) from the content, not the clock. */
	private static COSArray fileId(String xhtml) {
		byte[] id;
		try {
			id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8)), 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		return ids;
	}

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
			try (InputStream in = A4Pdf.class.getResourceAsStream(resource)) {
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
}
