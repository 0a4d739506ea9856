package cn.qingdan.village;

import java.time.LocalDate;

/** A village compact (村规民约 / 居民公约) and one of its versions. */
record Compact(long id, long villageId, String path, String kind, String title) {

	record Version(long id, long compactId, int no, String text, String status, LocalDate draftedOn,
			LocalDate adoptedOn, Integer present, Integer votesFor, LocalDate filedOn, LocalDate reviewedOn,
			String reviewedBy, String returnedClause, String reviewNote, Long deliberationId) {

		public String statusLabel() {
			return switch (status) {
				case "DRAFT" -> "草案";
				case "ADOPTED" -> "村民会议已通过，待报备";
				case "FILED" -> "已报乡镇备案审查";
				case "RETURNED" -> "乡镇退回修改";
				case "IN_FORCE" -> "现行有效";
				default -> "已被新版本替代";
			};
		}

		static Version map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			return new Version(rs.getLong("id"), rs.getLong("compact_id"), rs.getInt("version_no"), rs.getString("text"),
					rs.getString("status"), rs.getDate("drafted_on").toLocalDate(), day(rs, "adopted_on"),
					(Integer) rs.getObject("present"), (Integer) rs.getObject("votes_for"), day(rs, "filed_on"),
					day(rs, "reviewed_on"), rs.getString("reviewed_by"), rs.getString("returned_clause"),
					rs.getString("review_note"), (Long) rs.getObject("deliberation_id"));
		}

		private static LocalDate day(java.sql.ResultSet rs, String col) throws java.sql.SQLException {
			return rs.getDate(col) == null ? null : rs.getDate(col).toLocalDate();
		}
	}

	static Compact map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Compact(rs.getLong("id"), rs.getLong("village_unit_id"), rs.getString("unit_path"), rs.getString("kind"),
				rs.getString("title"));
	}
}
