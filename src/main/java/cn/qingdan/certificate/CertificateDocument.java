package cn.qingdan.certificate;

/**
 * What a printed certificate (证明) shows: its type as the title, the human number (田庄村证〔2026〕12号), the issuing
 * village and its county, the text filled from the catalogue template (paragraphs separated by {@code \n}), the
 * issue date, the 20-character Crockford base32 serial and the absolute verification address the QR code points to.
 * The signing key is not printed: the verification page checks the signature.
 */
record CertificateDocument(String title, String number, String villageName, String countyName,
		String body, java.time.LocalDate issuedOn, String serial, String verificationUrl) {
}
