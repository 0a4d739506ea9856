package cn.qingdan.village;

/** Attachment types decided by content (never by the name a browser sends). */
final class Attachments {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	record Meta(long id, String filename, String contentType, long size) {
	}

	record File(String filename, String contentType, byte[] bytes) {
	}

	private Attachments() {
	}

	static String type(byte[] b) {
		if (b == null || b.length < 8) {
			return null;
		}
		if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
			return "application/pdf";
		}
		if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		return null;
	}
}
