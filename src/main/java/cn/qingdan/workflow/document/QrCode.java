package cn.qingdan.workflow.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code for a printed page (level M, one-module quiet zone; the white page gives more), as a 1-bit PNG. */
public final class QrCode {

	/**
	 * Pixels per QR module in the embedded image (about 110 dpi at 30 mm): edges stay sharp even where a viewer
	 * smooths upscaled images, and encoding and decoding the PNG cost little.
	 */
	public static final int PIXELS_PER_MODULE = 4;

	private QrCode() {
	}

	/** The PNG as a data: URI, for an {@code <img>} in the page (the only resource a page may load). */
	public static String dataUri(String text) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
	}

	public static byte[] png(String text) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, 1);
		if (!text.chars().allMatch(c -> c < 0x80)) {
			// An ASCII address needs no ECI header (which some scanners mishandle); anything else goes as UTF-8.
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		}
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text.strip(), BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("核验地址无法编码为二维码", e);
		}
		int modules = matrix.getWidth();
		int size = modules * PIXELS_PER_MODULE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, size, size);
			g.setColor(Color.BLACK);
			for (int y = 0; y < modules; y++) {
				for (int x = 0; x < modules; x++) {
					if (matrix.get(x, y)) {
						g.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, PIXELS_PER_MODULE, PIXELS_PER_MODULE);
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
}
