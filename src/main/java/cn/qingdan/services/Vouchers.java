package cn.qingdan.services;

import cn.qingdan.shared.RuleViolation;

/** Attached files (payment vouchers, the signed agreement): type decided by content, at most 10 MB. */
public final class Vouchers {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private Vouchers() {
	}

	/** A stored file. */
	public record File(String name, String contentType, byte[] content) {
	}

	/** The content type of a PDF, JPG or PNG file, or a field error. */
	static String type(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new RuleViolation("voucher", "附件不超过 10 MB");
		}
		if (starts(content, '%', 'P', 'D', 'F')) {
			return "application/pdf";
		}
		if (starts(content, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(content, 0x89, 'P', 'N', 'G')) {
			return "image/png";
		}
		throw new RuleViolation("voucher", "附件应为 PDF、JPG 或 PNG 文件");
	}

	/** A signed agreement must be a PDF. */
	static void requirePdf(byte[] content) {
		if (content == null || content.length == 0) {
			throw new RuleViolation("agreement", "请选择已签订合同的 PDF 扫描件");
		}
		if (content.length > MAX_BYTES) {
			throw new RuleViolation("agreement", "附件不超过 10 MB");
		}
		if (!starts(content, '%', 'P', 'D', 'F')) {
			throw new RuleViolation("agreement", "已签订的合同应上传 PDF 文件");
		}
	}

	private static boolean starts(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
