package cn.qingdan.certificate;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the certificate desk and its public verification.
 *
 * @param publicBaseUrl the address residents and agencies reach the public pages at (printed in the QR code); unset by
 *        default: without it a demo installation prints the address it is served at and a production one refuses to
 *        issue (see {@link PublicAddress})
 * @param unlistedTimeLimitDays working days for a certificate outside the list once the agency cited its basis
 * @param defaultTimeLimitDays working days for a retained item that names no time limit
 * @param publicInterestItems retained items that always touch public or most residents' interests (议事 + 审批)
 * @param verificationBurst verifications a client address may make at once
 * @param verificationPerSecond verifications per second a client address may make in the long run
 */
@ConfigurationProperties("qingdan.certificates")
record CertificateProperties(String publicBaseUrl,
		@DefaultValue("5") int unlistedTimeLimitDays, @DefaultValue("5") int defaultTimeLimitDays,
		@DefaultValue({ "ZM-02", "ZM-09" }) List<String> publicInterestItems,
		@DefaultValue("60") int verificationBurst, @DefaultValue("10") double verificationPerSecond) {
}
