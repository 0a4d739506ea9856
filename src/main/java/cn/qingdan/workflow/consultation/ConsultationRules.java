package cn.qingdan.workflow.consultation;

import java.time.LocalDate;
import java.util.List;

import cn.qingdan.shared.RuleViolation;

/**
 * The one set of checks on a unit's feedback, whether the unit answers in the system or the office records its
 * written opinion: only a consulted unit, only once, within the deadline, one of the three opinions, a comment when
 * the unit does not simply agree, and at most {@value #MAX_COMMENT} characters. Written feedback counts on the day
 * it was received, which lies between the start of the consultation and today.
 */
public final class ConsultationRules {

	/** The opinions a unit may give, in the order forms show them. */
	public static final List<String> OPINIONS = List.of("同意", "修改意见", "不同意");

	/** The stricter of the former limits (the admission gate's); the column holds 4,000. */
	public static final int MAX_COMMENT = 2000;

	/** How the feedback reached the office; the messages speak to the unit or to the office recording for it. */
	public enum Channel {
		ONLINE, OFFLINE
	}

	private ConsultationRules() {
	}

	/**
	 * Checks feedback given on {@code on} (today online; the day the letter was received offline) against the unit's
	 * consultation ({@code null} when the unit was not consulted). Returns the comment to store (stripped, or null).
	 */
	public static String check(Consultation c, Channel channel, String opinion, String text, LocalDate on, LocalDate today) {
		boolean online = channel == Channel.ONLINE;
		if (c == null) {
			throw online ? new RuleViolation("本单位不在征求意见范围内") : new RuleViolation("unitId", "该单位不在本次征求意见范围内");
		}
		if (c.answered()) {
			throw online ? new RuleViolation("本单位已反馈意见，不能重复反馈")
					: new RuleViolation("unitId", c.unitName() + "已反馈意见，不能重复登记");
		}
		if (online && today.isAfter(c.deadline())) {
			throw new RuleViolation("征求意见的反馈期限（" + c.deadline() + "）已过，不能再反馈意见，逾期视为无意见");
		}
		if (!online) {
			if (on == null || on.isAfter(today) || c.openedOn() != null && on.isBefore(c.openedOn())) {
				throw new RuleViolation("receivedOn", "收到日期应在发起征求意见（" + c.openedOn() + "）至今天之间");
			}
			if (on.isAfter(c.deadline())) {
				throw new RuleViolation("receivedOn", "收到日期晚于反馈期限（" + c.deadline() + "），逾期反馈视为无意见，不能登记");
			}
		}
		if (opinion == null || !OPINIONS.contains(opinion)) {
			throw new RuleViolation("opinion", online ? "请选择意见：同意、不同意或修改意见" : "请选择该单位的意见：同意、不同意或修改意见");
		}
		String comment = text == null || text.isBlank() ? null : text.strip();
		if (comment == null && !opinion.equals("同意")) {
			throw new RuleViolation("comment", online ? "不同意或提出修改意见时，请写明具体意见"
					: "不同意或提出修改意见时，请照录该单位书面意见的具体内容");
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new RuleViolation("comment", "意见不超过 " + MAX_COMMENT + " 字（当前 " + comment.length() + " 字"
					+ (online ? "" : "，原件见附件") + "）");
		}
		return comment;
	}
}
