package cn.qingdan.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to a public verification: what anyone may learn about a certificate. The holder is masked (张*三,
 * 320***********1234). The result is {@link Result#VALID} only when the certificate exists, is not revoked and its
 * signature verifies over the stored fields.
 */
record Verification(Result result, String serial, String number, String villageName, String title,
		LocalDate issuedOn, String holderName, String holderId, Instant revokedAt, String keyId) {

	public enum Result {
		VALID("有效", "证明真实有效"), REVOKED("已撤销", "该证明已被出具单位撤销，不再有效"),
		INVALID("无效", "签名校验未通过，证明内容与出具时不一致，请勿采信"),
		NOT_FOUND("未查到", "未查到该核验码对应的证明，请核对核验码");

		private final String label;
		private final String explanation;

		Result(String label, String explanation) {
			this.label = label;
			this.explanation = explanation;
		}

		public String label() {
			return label;
		}

		public String explanation() {
			return explanation;
		}
	}

	static Verification notFound(String serial) {
		return new Verification(Result.NOT_FOUND, serial, null, null, null, null, null, null, null, null);
	}

	public String serialDisplay() {
		return Serials.display(serial);
	}
}
