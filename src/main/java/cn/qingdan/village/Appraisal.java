package cn.qingdan.village;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A year's 述职述廉 and 民主评议 in a village: the cadres' reports and the ballot counts. */
record Appraisal(long id, long villageId, String path, int year, LocalDate heldOn, int ballots, LocalDate publishedOn) {

	/** The accountability ladder of 南充 system 10: minor → criticism, written self-examination, rectification; serious → adjustment, recall. */
	static final Map<String, String> LADDER = new java.util.LinkedHashMap<>(Map.of());

	static {
		LADDER.put("CRITICISM", "批评教育");
		LADDER.put("WRITTEN", "责令书面检查");
		LADDER.put("RECTIFY", "限期整改（结果向村民公开）");
		LADDER.put("ADJUST", "提出调整岗位建议");
		LADDER.put("RECALL", "提出罢免（终止职务）建议");
	}

	record Cadre(long id, String name, String post, String report, int satisfied, int basic, int unsatisfied,
			List<Step> ladder) {

		public int total() {
			return satisfied + basic + unsatisfied;
		}

		/** 满意 + 基本满意 share, in percent with one decimal. */
		public String approval() {
			return total() == 0 ? "—" : String.format("%.1f%%", 100.0 * (satisfied + basic) / total());
		}

		/** Below the line: the 不满意 share is above the limit (percent). */
		public boolean below(int limitPercent) {
			return total() > 0 && 100L * unsatisfied > (long) limitPercent * total();
		}
	}

	record Step(long id, String level, LocalDate decidedOn, String note, LocalDate dueOn, String result) {

		public String label() {
			return LADDER.getOrDefault(level, level);
		}
	}

	static Appraisal map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Appraisal(rs.getLong("id"), rs.getLong("village_unit_id"), rs.getString("unit_path"), rs.getInt("year"),
				rs.getDate("held_on").toLocalDate(), rs.getInt("ballots"),
				rs.getDate("published_on") == null ? null : rs.getDate("published_on").toLocalDate());
	}
}
