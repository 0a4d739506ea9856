package cn.qingdan.ledger;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the time and place a JPEG photo was taken from its EXIF block (APP1), if it has one: DateTimeOriginal (or
 * DateTime) and the GPS latitude and longitude. The photo file itself is stored as uploaded, so the EXIF block is kept.
 * Anything malformed reads as absent, never as an error.
 */
final class Exif {

	record Info(String takenAt, Double latitude, Double longitude) {

		static final Info NONE = new Info(null, null, null);
	}

	private Exif() {
	}

	static Info read(byte[] jpeg) {
		try {
			int i = 2;
			while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
				int marker = jpeg[i + 1] & 0xFF;
				int len = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
				if (marker == 0xE1 && i + 10 < jpeg.length
						&& new String(jpeg, i + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
					return tiff(ByteBuffer.wrap(jpeg, i + 10, Math.min(len - 8, jpeg.length - i - 10)).slice());
				}
				if (marker == 0xDA) {
					break;
				}
				i += 2 + len;
			}
		}
		catch (RuntimeException ex) {
			// malformed EXIF: treated as none
		}
		return Info.NONE;
	}

	private static Info tiff(ByteBuffer b) {
		b.order(b.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd0 = b.getInt(4);
		String time = null;
		int exifIfd = -1;
		int gpsIfd = -1;
		int n = b.getShort(ifd0) & 0xFFFF;
		for (int k = 0; k < n && k < 500; k++) {
			int e = ifd0 + 2 + k * 12;
			int tag = b.getShort(e) & 0xFFFF;
			if (tag == 0x0132) {
				time = ascii(b, e);
			}
			else if (tag == 0x8769) {
				exifIfd = b.getInt(e + 8);
			}
			else if (tag == 0x8825) {
				gpsIfd = b.getInt(e + 8);
			}
		}
		if (exifIfd > 0) {
			int m = b.getShort(exifIfd) & 0xFFFF;
			for (int k = 0; k < m && k < 500; k++) {
				int e = exifIfd + 2 + k * 12;
				if ((b.getShort(e) & 0xFFFF) == 0x9003) {
					time = ascii(b, e);
				}
			}
		}
		Double lat = null;
		Double lon = null;
		if (gpsIfd > 0) {
			String latRef = "N";
			String lonRef = "E";
			int m = b.getShort(gpsIfd) & 0xFFFF;
			for (int k = 0; k < m && k < 100; k++) {
				int e = gpsIfd + 2 + k * 12;
				switch (b.getShort(e) & 0xFFFF) {
					case 1 -> latRef = String.valueOf((char) b.get(e + 8));
					case 2 -> lat = degrees(b, b.getInt(e + 8));
					case 3 -> lonRef = String.valueOf((char) b.get(e + 8));
					case 4 -> lon = degrees(b, b.getInt(e + 8));
					default -> {
					}
				}
			}
			if (lat != null && "S".equals(latRef)) {
				lat = -lat;
			}
			if (lon != null && "W".equals(lonRef)) {
				lon = -lon;
			}
		}
		return new Info(time == null ? null : time.replaceFirst("^(\\d{4}):(\\d{2}):(\\d{2})", "$1-$2-$3"), lat, lon);
	}

	private static String ascii(ByteBuffer b, int entry) {
		int count = b.getInt(entry + 4);
		int at = count <= 4 ? entry + 8 : b.getInt(entry + 8);
		byte[] s = new byte[Math.min(count, 30)];
		for (int i = 0; i < s.length; i++) {
			s[i] = b.get(at + i);
		}
		return new String(s, StandardCharsets.US_ASCII).replace("\0", "").strip();
	}

	private static double degrees(ByteBuffer b, int at) {
		double d = rational(b, at);
		double m = rational(b, at + 8);
		double s = rational(b, at + 16);
		return Math.round((d + m / 60 + s / 3600) * 1_000_000) / 1_000_000.0;
	}

	private static double rational(ByteBuffer b, int at) {
		long num = b.getInt(at) & 0xFFFFFFFFL;
		long den = b.getInt(at + 4) & 0xFFFFFFFFL;
		return den == 0 ? 0 : (double) num / den;
	}
}
