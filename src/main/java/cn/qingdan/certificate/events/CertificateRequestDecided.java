package cn.qingdan.certificate.events;

/**
 * A decision on a village's certificate request: the head approved or did not approve it (the clerk then issues or
 * the request is refused), or the request was refused.
 *
 * @param itemName the catalogue item's name, e.g. 居住证明; {@code null} for a certificate the list does not name (the
 *        clerk's free text is never carried: it may hold personal data)
 */
public record CertificateRequestDecided(long requestId, long countyUnitId, long villageUnitId, String itemName,
		Decision decision) {

	public enum Decision {
		/** 负责人审批同意 — the clerk may issue */
		APPROVED,
		/** 不予出具 */
		REFUSED
	}
}
