package cn.qingdan.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CertificatePdfTest {

	static final String URL = "https://wugong.qingdan.gov.cn/public/certificates/7K3M9QX2VD8F4HJN6TRW";
	static final String BODY = "兹证明张三（身份证号：610431199001011234）自2020年3月1日起在本村三组实际居住（自有住房），至今未间断。"
			+ "此证明仅用于子女入学。\n特此证明。";

	static final CertificatePdf PDF = new CertificatePdf();
	static byte[] sample;

	@BeforeAll
	static void renderSample() {
		sample = PDF.render(certificate("居（租）住证明", BODY));
	}

	static CertificateDocument certificate(String title, String body) {
		return new CertificateDocument(title, "田庄村证〔2026〕12号", "田庄村民委员会", "陕西省咸阳市武功县", body,
				LocalDate.of(2026, 11, 23), "7K3M9QX2VD8F4HJN6TRW", URL);
	}

	@Test
	void isOneA4PageThatPdfBoxLoads() throws IOException {
		assertThat(new String(sample, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDPage page = pdf.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, within(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, within(1f));
		}
	}

	@Test
	void textExtractsWithTitleNumberBodyVillageDateAndSerial() throws IOException {
		String text = squeeze(text(sample));
		assertThat(text).contains("居（租）住证明", "编号：田庄村证〔2026〕12号", "田庄村民委员会", "二〇二六年十一月二十三日",
				"（盖章）", "7K3M9-QX2VD-8F4HJ-N6TRW");
		assertThat(text).contains("兹证明张三（身份证号：610431199001011234）自2020年3月1日起在本村三组实际居住（自有住房），至今未间断。",
				"此证明仅用于子女入学。", "特此证明。");
		assertThat(text).contains(
				"本证明经数字签名，可扫描二维码或在wugong.qingdan.gov.cn/public/certificates输入核验码核验真伪。");
		assertThat(text).as("no signing key on paper").doesNotContain("密钥").doesNotContain("SM2");
	}

	@Test
	void metadataNamesTheCertificateAndTheVillage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("居（租）住证明 田庄村证〔2026〕12号");
			assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("田庄村民委员会");
			assertThat(pdf.getDocumentInformation().getSubject()).contains("陕西省咸阳市武功县");
		}
	}

	@Test
	void everyFontIsEmbeddedNotoSansSc() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			List<PDFont> fonts = new ArrayList<>();
			collectFonts(pdf.getPage(0).getResources(), fonts);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy(f -> {
				assertThat(f.isEmbedded()).as(f.getName()).isTrue();
				assertThat(f.getName()).contains("NotoSansSC");
			});
			// The regular face for the text and the bold one for the title, each a subset (ABCDEF+ prefix).
			assertThat(fonts).extracting(PDFont::getName)
					.anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSansSC-Regular"))
					.anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSansSC-Bold"));
		}
		assertThat(sample.length).as("subset, not the 10 MB font").isLessThan(200_000);
	}

	@Test
	void qrImageDecodesToTheVerificationAddress() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			List<PDImageXObject> images = new ArrayList<>();
			collectImages(pdf.getPage(0).getResources(), images);
			assertThat(images).hasSize(1);
			assertThat(decodePure(images.get(0).getImage())).isEqualTo(URL);
		}
	}

	@Test
	void qrDecodesFromThePrintedPage() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
			assertThat(decode(page)).isEqualTo(URL);
		}
	}

	@Test
	void markupInValuesIsPrintedLiterally() throws Exception {
		String hostile = "兹证明<script>alert(1)</script> & \"引号\" 'x' <img src=\"file:///etc/passwd\"/> ]]> <!-- 注释 -->。";
		CertificateDocument doc = new CertificateDocument("居住证明<b>&amp;", "田庄村证〔2026〕<13>号", "田庄村\"民\"委员会&",
				"陕西省咸阳市武功县", hostile + "\u0000\u0007\uD800", LocalDate.of(2026, 1, 1), "7K3M9QX2VD8F4HJN6TRW",
				URL + "?q=<&>");
		byte[] bytes = PDF.render(doc);
		String text = squeeze(text(bytes));
		assertThat(text).contains(squeeze(hostile), "居住证明<b>&amp;", "田庄村证〔2026〕<13>号", "田庄村\"民\"委员会&",
				"二〇二六年一月一日");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			List<PDImageXObject> images = new ArrayList<>();
			collectImages(pdf.getPage(0).getResources(), images);
			assertThat(images).hasSize(1);
			assertThat(decodePure(images.get(0).getImage())).isEqualTo(URL + "?q=<&>");
		}
	}

	@Test
	void aLongBodyFlowsOntoFurtherPagesAndStaysComplete() throws IOException {
		StringBuilder body = new StringBuilder();
		int sentence = 0;
		while (body.length() < 1_500) {
			body.append("第").append(++sentence).append("句：该户自二〇一八年起在本村居住，家庭成员均在本村务农，情况属实。");
			if (sentence % 6 == 0) {
				body.append('\n');
			}
		}
		byte[] bytes = PDF.render(certificate("居（租）住证明", body.toString()));
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isBetween(1, 3);
		}
		// Every page repeats the footnote and its page number; the rest is the text in order.
		String text = squeeze(text(bytes)).replaceAll("本证明经数字签名.*?核验真伪。第\\d+页，共\\d+页", "");
		assertThat(text).contains(squeeze(body.toString()), "田庄村民委员会", "二〇二六年十一月二十三日");
	}

	@Test
	void multiParagraphBodyKeepsItsParagraphs() throws IOException {
		byte[] bytes = PDF.render(certificate("证明", "第一段。\r\n\r\n第二段。\n第三段。"));
		String text = text(bytes);
		assertThat(text).contains("证　明").contains("第一段。").contains("第二段。").contains("第三段。");
		assertThat(text.indexOf("第一段。")).isLessThan(text.indexOf("第二段。"));
		assertThat(text.indexOf("第二段。")).isLessThan(text.indexOf("第三段。"));
	}

	@Test
	void theSameCertificateRendersToTheSameBytes() {
		assertThat(PDF.render(certificate("居（租）住证明", BODY))).isEqualTo(sample);
		assertThat(PDF.render(certificate("居（租）住证明", BODY + "\n另附说明。"))).isNotEqualTo(sample);
	}

	/**
	 * The bytes a certificate printed before the A4 document kit was extracted from this class: a reprint must be the
	 * same file (SHA-256 of the sample).
	 */
	@Test
	void aReprintIsTheSameFileAsTheFirstPrint() throws Exception {
		String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(sample));
		assertThat(sha).isEqualTo("2e1beac434df5ddad5687efc16349edbff88be6eeba0c55fd0e751e062e72729");
	}

	@Test
	void incompleteCertificateIsRefused() {
		assertThatThrownBy(() -> PDF.render(new CertificateDocument("证明", "1", "田庄村民委员会", null, "正文", null,
				"7K3M9QX2VD8F4HJN6TRW", URL))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void datesInChineseNumerals() {
		assertThat(cn.qingdan.workflow.document.DocumentText.chineseDate(LocalDate.of(2026, 11, 23))).isEqualTo("二〇二六年十一月二十三日");
		assertThat(cn.qingdan.workflow.document.DocumentText.chineseDate(LocalDate.of(2030, 1, 10))).isEqualTo("二〇三〇年一月十日");
		assertThat(cn.qingdan.workflow.document.DocumentText.chineseDate(LocalDate.of(2025, 10, 1))).isEqualTo("二〇二五年十月一日");
		assertThat(cn.qingdan.workflow.document.DocumentText.chineseDate(LocalDate.of(2024, 12, 31))).isEqualTo("二〇二四年十二月三十一日");
		assertThat(cn.qingdan.workflow.document.DocumentText.chineseDate(LocalDate.of(2027, 2, 20))).isEqualTo("二〇二七年二月二十日");
	}

	@Test
	void serialGroupsAndVerificationPage() {
		assertThat(CertificatePdf.groupedSerial("7k3m9qx2vd8f4hjn6trw")).isEqualTo("7K3M9-QX2VD-8F4HJ-N6TRW");
		assertThat(CertificatePdf.groupedSerial("7K3M9-QX2VD-8F4HJ-N6TRW")).isEqualTo("7K3M9-QX2VD-8F4HJ-N6TRW");
		assertThat(CertificatePdf.verificationPage(URL, "7K3M9QX2VD8F4HJN6TRW"))
				.isEqualTo("wugong.qingdan.gov.cn/public/certificates");
		assertThat(CertificatePdf.verificationPage("http://localhost:8080/public/certificates?serial=7K3M9", "7K3M9"))
				.isEqualTo("localhost:8080/public/certificates");
	}

	// ---------------------------------------------------------------- helpers

	static String text(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	/** Extracted text breaks lines wherever the layout did: compare without whitespace. */
	static String squeeze(String s) {
		return s.replaceAll("\\s+", "");
	}

	static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	static void collectImages(PDResources resources, List<PDImageXObject> images) throws IOException {
		for (COSName name : resources.getXObjectNames()) {
			PDXObject x = resources.getXObject(name);
			if (x instanceof PDImageXObject image) {
				images.add(image);
			}
			else if (x instanceof PDFormXObject form && form.getResources() != null) {
				collectImages(form.getResources(), images);
			}
		}
	}

	/** Reads the embedded image module by module: it is exactly the symbol, nothing around it to find it in. */
	static String decodePure(BufferedImage image) throws Exception {
		return decode(image, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
				DecodeHintType.PURE_BARCODE, Boolean.TRUE));
	}

	/** Finds and decodes a QR code as a scanner would (on a rendered page, say). */
	static String decode(BufferedImage image) throws NotFoundException {
		return decode(image, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
				DecodeHintType.TRY_HARDER, Boolean.TRUE));
	}

	/** The image gets a white border first, as the page around it is white. */
	static String decode(BufferedImage image, Map<DecodeHintType, ?> hints) throws NotFoundException {
		int pad = Math.max(16, image.getWidth() / 10);
		int w = image.getWidth() + 2 * pad;
		int h = image.getHeight() + 2 * pad;
		int[] pixels = new int[w * h];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				pixels[(y + pad) * w + x + pad] = image.getRGB(x, y);
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
		return new MultiFormatReader().decode(bitmap, hints).getText();
	}
}
