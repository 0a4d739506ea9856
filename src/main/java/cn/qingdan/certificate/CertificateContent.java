package cn.qingdan.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The signed content of a certificate: every field a verifier relies on, in a fixed order, one {@code key=value} line
 * each, values escaped ({@code \\}, {@code \n}, {@code \r}) so that no value can forge a line. The SM2 signature is
 * over these UTF-8 bytes; changing any stored field changes them.
 */
record CertificateContent(String serial, String number, String countyCode, String villageCode, String villageName,
		String itemCode, String title, String purpose, String holderName, String holderId, LocalDate issuedOn,
		String body) {

	static final String FORMAT = "QINGDAN-CERTIFICATE/1";

	byte[] canonical() {
		StringBuilder sb = new StringBuilder(FORMAT).append('\n');
		line(sb, "serial", serial);
		line(sb, "number", number);
		line(sb, "county", countyCode);
		line(sb, "village", villageCode);
		line(sb, "villageName", villageName);
		line(sb, "item", itemCode);
		line(sb, "title", title);
		line(sb, "purpose", purpose);
		line(sb, "holderName", holderName);
		line(sb, "holderId", holderId);
		line(sb, "issuedOn", issuedOn == null ? null : issuedOn.toString());
		line(sb, "body", body);
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder sb, String key, String value) {
		sb.append(key).append('=');
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> sb.append("\\\\");
					case '\n' -> sb.append("\\n");
					case '\r' -> sb.append("\\r");
					default -> sb.append(c);
				}
			}
		}
		sb.append('\n');
	}

	@Override
	public String toString() {
		return "CertificateContent[serial=" + serial + ", number=" + number + "]";
	}
}
