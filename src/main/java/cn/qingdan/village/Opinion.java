package cn.qingdan.village;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the opinion ledger (意见台账): an opinion or a question about a disclosure (质询). */
record Opinion(long id, long matterId, String receipt, long villageId, String path, String kind, String source,
		Long meetingId, Long disclosureId, String content, String nameMasked, String phoneMasked, String body,
		String status, LocalDate dueOn, String reply, LocalDate repliedOn, String satisfaction, int reopened,
		Long deliberationId, Instant createdAt, int version) {

	static final String COLUMNS = """
			id, matter_id, receipt, village_unit_id, unit_path, kind, source, meeting_id, disclosure_id, content,
			name_masked, phone_masked, body, status, due_on, reply, replied_on, satisfaction, reopened, deliberation_id,
			created_at, version""";

	static Opinion map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Opinion(rs.getLong("id"), rs.getLong("matter_id"), rs.getString("receipt"),
				rs.getLong("village_unit_id"), rs.getString("unit_path"), rs.getString("kind"), rs.getString("source"),
				(Long) rs.getObject("meeting_id"), (Long) rs.getObject("disclosure_id"), rs.getString("content"),
				rs.getString("name_masked"), rs.getString("phone_masked"), rs.getString("body"), rs.getString("status"),
				rs.getDate("due_on").toLocalDate(), rs.getString("reply"),
				rs.getDate("replied_on") == null ? null : rs.getDate("replied_on").toLocalDate(),
				rs.getString("satisfaction"), rs.getInt("reopened"), (Long) rs.getObject("deliberation_id"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	public boolean open() {
		return "OPEN".equals(status) || "REOPENED".equals(status) || "ESCALATED".equals(status);
	}

	public boolean inquiry() {
		return "INQUIRY".equals(kind);
	}

	/** The deadline that still runs, or null once answered (the light goes grey). */
	public LocalDate runningDue() {
		return open() ? dueOn : null;
	}

	public String statusLabel() {
		return switch (status) {
			case "OPEN" -> "待答复";
			case "REOPENED" -> "不满意，重新办理";
			case "ESCALATED" -> "逾期未答复，已提请乡镇督办";
			case "REPLIED" -> "已答复，待评价";
			default -> "已办结";
		};
	}

	public String statusTag() {
		return switch (status) {
			case "ESCALATED" -> "tag-red";
			case "OPEN", "REOPENED" -> "tag-yellow";
			case "REPLIED" -> "tag-grey";
			default -> "tag-green";
		};
	}

	public String sourceLabel() {
		return switch (source) {
			case "PUBLIC" -> "公开页留言";
			case "MEETING" -> "民情恳谈会";
			default -> "来访登记";
		};
	}

	public String kindLabel() {
		return inquiry() ? "质询" : "意见建议";
	}

	static String satisfactionLabel(String s) {
		if (s == null) {
			return "未评价";
		}
		return switch (s) {
			case "SATISFIED" -> "满意";
			case "BASIC" -> "基本满意";
			default -> "不满意";
		};
	}

	public String satisfactionLabel() {
		return satisfactionLabel(satisfaction);
	}
}
