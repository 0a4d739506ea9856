package cn.qingdan.village;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A deliberation (议事协商) or a major matter under 四议两公开, with its vote when one was taken. */
record Deliberation(long id, long matterId, long villageId, String path, String kind, String title, String affects,
		String form, String proposerKind, String proposer, String status, int stepDone, String meetingType,
		Integer eligible, Integer households, Integer present, Integer householdsPresent, Integer votesFor,
		Integer votesAgainst, Integer votesAbstain, String decision, Integer publicityDays, LocalDate publicityUntil,
		Long opinionId, Long certificateRequestId, Instant createdAt, int version) {

	static final List<String> CONSULT_STEPS = List.of("提议", "告知", "协商", "决策", "反馈", "监督");

	static final List<String> MAJOR_STEPS = List.of("村党组织提议", "村“两委”会议商议", "党员大会审议",
			"村民会议或村民代表会议决议", "表决结果公开", "实施情况公开");

	/** What each CONSULT step's record should say (shown as the field's hint). */
	static final List<String> CONSULT_HINTS = List.of("提议人（村民、联名村民或村“两委”）及提议事项",
			"告知了哪些村民、何时、以何种方式告知", "参加协商的人员和各方意见", "决策结果（到会人数、表决情况）",
			"向村民反馈的方式和内容", "村务监督委员会的监督意见");

	/** Meeting forms by who is affected (南充 10 systems (2); 说事会: seed 004 task 16(3)). */
	static final Map<String, List<String>> FORMS = Map.of(
			"ALL", List.of("村民会议", "村民代表会议", "论证会"),
			"GROUP", List.of("听证会", "议事会"),
			"DAILY", List.of("说事会", "议事会"));

	static final Map<String, String> AFFECTS = Map.of("ALL", "涉及全体村民切身利益", "GROUP", "涉及部分村民或特定群体",
			"DAILY", "日常事务、邻里小事");

	static final Map<String, String> PROPOSERS = Map.of("VILLAGER", "村民", "VILLAGERS", "村民联名", "COMMITTEES",
			"村“两委”", "BRANCH", "村党组织");

	public boolean major() {
		return "MAJOR".equals(kind);
	}

	public List<String> steps() {
		return major() ? MAJOR_STEPS : CONSULT_STEPS;
	}

	/** The next step to record (1-based), or 0 when the matter has ended. */
	public int nextStep() {
		if ("REJECTED".equals(status) || stepDone >= 6) {
			return 0;
		}
		return stepDone + 1;
	}

	/** The step where a vote is taken. */
	static final int VOTE_STEP = 4;

	public String kindLabel() {
		return major() ? "四议两公开" : "议事协商";
	}

	public String affectsLabel() {
		return AFFECTS.getOrDefault(affects, affects);
	}

	public String proposerLabel() {
		return PROPOSERS.getOrDefault(proposerKind, proposerKind) + "：" + proposer;
	}

	public String statusLabel() {
		return switch (status) {
			case "OPEN" -> "进行中（第 " + (stepDone + 1) + " 步：" + steps().get(Math.min(stepDone, 5)) + "）";
			case "PASSED" -> "已表决通过";
			case "REJECTED" -> "表决未通过";
			case "PUBLISHED" -> "决议已公开";
			default -> "已办结";
		};
	}

	public String voteLine() {
		if (votesFor == null) {
			return null;
		}
		String who = "VILLAGERS".equals(meetingType) ? "村民会议：十八周岁以上村民 " + eligible + " 人，到会 " + present
				+ " 人，户代表 " + householdsPresent + "/" + households + " 户" : "村民代表会议：代表 " + eligible + " 人，到会 " + present + " 人";
		return who + "；赞成 " + votesFor + "，反对 " + votesAgainst + "，弃权 " + votesAbstain;
	}

	static Deliberation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Deliberation(rs.getLong("id"), rs.getLong("matter_id"), rs.getLong("village_unit_id"),
				rs.getString("unit_path"), rs.getString("kind"), rs.getString("title"), rs.getString("affects"),
				rs.getString("form"), rs.getString("proposer_kind"), rs.getString("proposer"), rs.getString("status"),
				rs.getInt("step_done"), rs.getString("meeting_type"), (Integer) rs.getObject("eligible"),
				(Integer) rs.getObject("households"), (Integer) rs.getObject("present"),
				(Integer) rs.getObject("households_present"), (Integer) rs.getObject("votes_for"),
				(Integer) rs.getObject("votes_against"), (Integer) rs.getObject("votes_abstain"), rs.getString("decision"),
				(Integer) rs.getObject("publicity_days"),
				rs.getDate("publicity_until") == null ? null : rs.getDate("publicity_until").toLocalDate(),
				(Long) rs.getObject("opinion_id"), (Long) rs.getObject("certificate_request_id"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	/** One recorded step with its supervision sign-off. */
	record Step(int step, LocalDate doneOn, String content, String recordedBy, String supervisedBy,
			String supervisionNote) {
	}
}
