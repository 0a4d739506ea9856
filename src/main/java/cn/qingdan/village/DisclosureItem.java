package cn.qingdan.village;

/** One item of the county's 村务公开 catalogue. */
record DisclosureItem(long id, String code, String name, String content, String form, String timing, String phase,
		boolean finance, int graceDays) {

	public String timingLabel() {
		String t = switch (timing) {
			case "MONTHLY" -> "每月";
			case "QUARTERLY" -> "每季度";
			case "YEARLY" -> "每年";
			default -> "随时（事后 " + graceDays + " 个工作日内）";
		};
		if (phase != null) {
			t += switch (phase) {
				case "BEFORE" -> " · 事前";
				case "DURING" -> " · 事中";
				default -> " · 事后";
			};
		}
		return t;
	}

	public boolean periodic() {
		return !"EVENT".equals(timing);
	}

	static DisclosureItem map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DisclosureItem(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("content"),
				rs.getString("form"), rs.getString("timing"), rs.getString("phase"), rs.getBoolean("finance"),
				rs.getInt("grace_days"));
	}
}
