package cn.qingdan.village;

import java.time.LocalDate;

/** One disclosure a village made against a catalogue item. */
record Disclosure(long id, Long matterId, long villageId, String path, long itemId, String itemCode, String itemName,
		String timing, String period, LocalDate dueOn, LocalDate disclosedOn, String title, String content,
		LocalDate publicityUntil, Long deliberationId, String recordedBy, int attachments) {

	public boolean late() {
		return disclosedOn.isAfter(dueOn);
	}

	public String periodLabel() {
		return DisclosureTiming.label(timing, period);
	}

	static Disclosure map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Disclosure(rs.getLong("id"), (Long) rs.getObject("matter_id"), rs.getLong("village_unit_id"),
				rs.getString("unit_path"), rs.getLong("item_id"), rs.getString("code"), rs.getString("name"),
				rs.getString("timing"), rs.getString("period"), rs.getDate("due_on").toLocalDate(),
				rs.getDate("disclosed_on").toLocalDate(), rs.getString("title"), rs.getString("content"),
				rs.getDate("publicity_until") == null ? null : rs.getDate("publicity_until").toLocalDate(),
				(Long) rs.getObject("deliberation_id"), rs.getString("recorded_by"), rs.getInt("attachments"));
	}

	static final String SELECT = """
			select d.*, i.code, i.name, i.timing,
			  (select count(*) from village_disclosure_attachment a where a.disclosure_id = d.id) as attachments
			from village_disclosure d join village_disclosure_item i on i.id = d.item_id""";

	/** A row of a village's disclosure board: an item's period and what happened to it. */
	record Row(DisclosureItem item, String period, String periodLabel, LocalDate dueOn, Disclosure disclosure) {

		/** MISSING (due and not disclosed), LATE, ON_TIME, or PENDING (not yet due). */
		public String state(LocalDate today) {
			if (disclosure == null) {
				return dueOn.isBefore(today) ? "MISSING" : "PENDING";
			}
			return disclosure.late() ? "LATE" : "ON_TIME";
		}

		public String stateLabel(LocalDate today) {
			return switch (state(today)) {
				case "MISSING" -> "逾期未公开";
				case "PENDING" -> "待公开";
				case "LATE" -> "逾期公开";
				default -> "按时公开";
			};
		}

		public String stateTag(LocalDate today) {
			return switch (state(today)) {
				case "MISSING" -> "tag-red";
				case "LATE" -> "tag-yellow";
				case "PENDING" -> "tag-grey";
				default -> "tag-green";
			};
		}
	}
}
