package cn.qingdan.certificate.events;

/** A village revoked a certificate it issued; verification answers 已撤销 from now on. */
public record CertificateRevoked(long requestId, long certificateId, long countyUnitId, long villageUnitId,
		String number) {
}
