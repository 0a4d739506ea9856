package cn.qingdan.screening;

/** The kind of request being screened, as a department would file it. */
public enum RequestKind {

	TASK("工作任务"), ORGANIZATION("设立机构"), SIGNBOARD("悬挂牌子"), ASSESSMENT("考核评比"), REPORT_FORM("报表"),
	CERTIFICATE("证明要求"), ACTIVITY("活动"), GROUP_OR_APP("工作群/APP"),
	VISIT("到村调研检查");

	private final String label;

	RequestKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Accepts the enum name or the Chinese label; null when unknown or blank. */
	public static RequestKind parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		for (RequestKind k : values()) {
			if (k.name().equalsIgnoreCase(t) || k.label.equals(t)) {
				return k;
			}
		}
		return null;
	}
}
