package cn.qingdan.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued certificate as the register shows it (holder masked). {@code verificationBase} is the public address its QR
 * code points to (null: issued before addresses were stored, or demo data; printed with the current address).
 */
record Certificate(long id, long requestId, String serial, String number, long countyUnitId,
		String countyCode, long villageUnitId, String villagePath, String villageCode, String villageName,
		String itemCode, String title, String purpose, String holderNameMasked, String holderIdMasked,
		LocalDate issuedOn, Instant issuedAt, String issuedBy, String keyId, Instant revokedAt, String revokedBy,
		String revokeReason,
		String verificationBase) {

	public boolean revoked() {
		return revokedAt != null;
	}

	/** The serial in groups of five, as printed. */
	public String serialDisplay() {
		return Serials.display(serial);
	}
}
