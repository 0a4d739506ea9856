package cn.qingdan.certificate;

/**
 * What the clerk records at the counter. Either {@code itemCode} (chosen from the lists) or {@code requestedText}
 * (described in the resident's or agency's words) names the certificate.
 */
public record RequestForm(String applicantName, String applicantId, String applicantPhone, String itemCode,
		String requestedText, String purpose, AgencyType agencyType, String agencyName, String materialsSeen,
		Boolean publicInterest) {

	public static RequestForm empty() {
		return new RequestForm("", "", "", "", "", "", null, "", "", false);
	}

	/** The form with every text stripped (nulls become empty). */
	public RequestForm normalised() {
		return new RequestForm(s(applicantName), s(applicantId).toUpperCase(java.util.Locale.ROOT).replace(" ", ""),
				s(applicantPhone).replace(" ", "").replace("-", ""), s(itemCode), s(requestedText), s(purpose),
				agencyType, s(agencyName), s(materialsSeen), Boolean.TRUE.equals(publicInterest));
	}

	private static String s(String v) {
		return v == null ? "" : v.strip();
	}

	/** Never print personal data (logs, exceptions). */
	@Override
	public String toString() {
		return "RequestForm[item=" + itemCode + ", requested=" + requestedText + ", agency=" + agencyType + "]";
	}
}
