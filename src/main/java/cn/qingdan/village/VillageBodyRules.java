package cn.qingdan.village;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of the village's standing bodies (村级议事协商组织), without a database: the term light (在任 / 三个月内届满 /
 * 任期届满), whether the yearly report to the villagers' (representatives') meeting is owed, and 三事分流 — where a
 * matter goes once sorted as 大事, 小事 or 私事.
 */
final class VillageBodyRules {

	static final Map<String, String> KINDS = new LinkedHashMap<>();
	static {
		KINDS.put("COUNCIL", "村民议事会");
		KINDS.put("CEREMONY", "红白理事会");
		KINDS.put("MORAL", "道德评议会");
		KINDS.put("SUPERVISION", "村务监督委员会");
		KINDS.put("OTHER", "其他议事协商组织");
	}

	/** The four bodies every village should have (seed 001 and the supervision committee). */
	static final java.util.List<String> REQUIRED = java.util.List.of("COUNCIL", "CEREMONY", "MORAL", "SUPERVISION");

	static final Map<String, String> CHOSEN = Map.of("ELECTED", "选举产生", "NOMINATED", "推选产生");

	static final Map<String, String> RECORD_KINDS = new LinkedHashMap<>();
	static {
		RECORD_KINDS.put("MEETING", "召开会议");
		RECORD_KINDS.put("MATTER", "办理事项");
		RECORD_KINDS.put("REPORT", "向村民（代表）会议报告工作");
	}

	static final Map<String, String> TRIAGE = new LinkedHashMap<>();
	static {
		TRIAGE.put("MAJOR", "大事");
		TRIAGE.put("MINOR", "小事");
		TRIAGE.put("PRIVATE", "私事");
	}

	/** Days before the term ends when the light turns amber. */
	static final int ENDING_SOON_DAYS = 90;

	private VillageBodyRules() {
	}

	enum Light {
		SERVING("在任"), ENDING("三个月内届满"), EXPIRED("任期届满，待换届");

		private final String label;

		Light(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	/** The term light on {@code today}: the last day of the term still counts as in office. */
	static Light light(LocalDate termEnd, LocalDate today) {
		if (today.isAfter(termEnd)) {
			return Light.EXPIRED;
		}
		return today.plusDays(ENDING_SOON_DAYS).isAfter(termEnd) ? Light.ENDING : Light.SERVING;
	}

	/**
	 * Whether the body owes its yearly report to the villagers' (representatives') meeting: it has served a full year
	 * and made no report in the last twelve months. An expired body owes re-election, not a report.
	 */
	static boolean reportOwed(LocalDate termStart, LocalDate termEnd, LocalDate lastReport, LocalDate today) {
		if (light(termEnd, today) == Light.EXPIRED || today.isBefore(termStart.plusYears(1))) {
			return false;
		}
		return lastReport == null || !lastReport.isAfter(today.minusYears(1));
	}

	/** 三事分流: where a matter sorted as {@code triage} is handled. */
	static String route(String triage) {
		return switch (triage) {
			case "MAJOR" -> "大事：按“四议两公开”提交村民会议或村民代表会议决定";
			case "MINOR" -> "小事：由议事会或村民小组协商办理";
			case "PRIVATE" -> "私事：村民自己办理，村（社区）帮办代办";
			default -> throw new IllegalArgumentException(triage);
		};
	}

	/** A body may settle 小事 and help with 私事; 大事 it can only pass on to the meeting. */
	static boolean bodyMaySettle(String triage) {
		return !"MAJOR".equals(triage);
	}
}
