package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.regex.Pattern;

import cn.qingdan.shared.RuleViolation;

/**
 * What the clerk records at the counter. Either {@code itemCode} (chosen from the lists) or {@code requestedText}
 * (described in the resident's or agency's words) names the certificate.
 */
record RequestForm(String applicantName, String applicantId, String applicantPhone, String itemCode,
		String requestedText, String purpose, AgencyType agencyType, String agencyName, String materialsSeen,
		Boolean publicInterest) {

	private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•A-Za-z ]{2,30}");
	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{9,11}");

	public static RequestForm empty() {
		return new RequestForm("", "", "", "", "", "", null, "", "", false);
	}

	/** The form with every text stripped (nulls become empty). */
	public RequestForm normalised() {
		return new RequestForm(s(applicantName), s(applicantId).toUpperCase(java.util.Locale.ROOT).replace(" ", ""),
				s(applicantPhone).replace(" ", "").replace("-", ""), s(itemCode), s(requestedText), s(purpose),
				agencyType, s(agencyName), s(materialsSeen), Boolean.TRUE.equals(publicInterest));
	}

	/** Checks a normalised form; the first problem is thrown with its field. */
	void validate(LocalDate today) {
		RequestForm f = this;
		if (!NAME.matcher(f.applicantName()).matches()) {
			throw new RuleViolation("applicantName", "请填写申请人姓名（2–30 个字）");
		}
		String idProblem = IdNumbers.problem(f.applicantId(), today);
		if (idProblem != null) {
			throw new RuleViolation("applicantId", idProblem);
		}
		if (!f.applicantPhone().isEmpty() && !PHONE.matcher(f.applicantPhone()).matches()) {
			throw new RuleViolation("applicantPhone", "联系电话应为 11 位手机号码或带区号的固定电话");
		}
		if (f.requestedText().length() > 500) {
			throw new RuleViolation("requestedText", "所需证明不超过 500 字");
		}
		if (f.itemCode().isEmpty() && f.requestedText().isEmpty()) {
			throw new RuleViolation("requestedText", "请从清单中选择证明事项，或写明要开具的证明");
		}
		if (f.purpose().isEmpty() || f.purpose().length() > 500) {
			throw new RuleViolation("purpose", "请填写证明用途（不超过 500 字）");
		}
		if (f.agencyType() == null) {
			throw new RuleViolation("agencyType", "请选择用证单位类型");
		}
		if (f.agencyName().isEmpty() || f.agencyName().length() > 200) {
			throw new RuleViolation("agencyName", "请填写用证单位名称（不超过 200 字）");
		}
		if (f.materialsSeen().length() > 1000) {
			throw new RuleViolation("materialsSeen", "已查验材料不超过 1000 字");
		}
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
