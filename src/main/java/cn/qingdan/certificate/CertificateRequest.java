package cn.qingdan.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resident's request for a certificate, as the village recorded it. Personal data appears here masked only; the
 * full values are read through {@link CertificateRequests#personalData} (audited).
 */
record CertificateRequest(long id, long countyUnitId, long villageUnitId, String villageName, String villagePath,
		String createdBy, Instant createdAt, LocalDate receivedOn, String applicantNameMasked, String applicantIdMasked,
		String applicantPhoneMasked, String requestedText, String purpose, AgencyType agencyType, String agencyName,
		String materialsSeen, Decision decision, String itemCode, String itemName, String itemBasis,
		Integer catalogueVersion, Double screeningConfidence, List<String> screeningEvidence, RequestStatus status,
		String agencyBasis, String agencyBasisArticle, String agencyBasisBy, boolean publicInterest,
		String approvedBy,
		Instant approvedAt, Boolean approvalAgreed, String approvalComment, LocalDate acceptedOn,
		Integer timeLimitDays, LocalDate dueOn, LocalDate completedOn, RefusalReason refusalReason,
		String refusalDetail, String refusedBy, String noticeNumber, int version) {

	/** The certificate named for screens: the item's name, or what was asked for. */
	public String title() {
		return itemName != null && !itemName.isBlank() ? itemName : requestedText;
	}

	public String timeLimitText() {
		if (timeLimitDays == null) {
			return "—";
		}
		return timeLimitDays == 0 ? "当场办结" : timeLimitDays + " 个工作日";
	}

	/** Whether the request was completed (issued or refused) by its deadline; null while open or without deadline. */
	public Boolean onTime() {
		if (dueOn == null || completedOn == null) {
			return null;
		}
		return !completedOn.isAfter(dueOn);
	}
}
