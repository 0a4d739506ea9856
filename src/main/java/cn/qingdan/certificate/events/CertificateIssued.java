package cn.qingdan.certificate.events;

/** A village issued a certificate (number such as 田庄村证〔2026〕12号). */
public record CertificateIssued(long requestId, long certificateId, long countyUnitId, long villageUnitId,
		String number) {
}
