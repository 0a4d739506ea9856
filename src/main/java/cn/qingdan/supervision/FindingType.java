package cn.qingdan.supervision;

/** The kinds of problem an inspection finds, from the seeds (B-02, B-03, B-19, the ledgers and certificates). */
public enum FindingType {

	UNADMITTED_DELEGATION("未经准入擅自要求村级办理事项"),
	UNFUNDED("委托事项未落实费随事转经费"),
	PUSH_DOWN("乡镇向村级转移任务、层层加码"),
	NONCOMPLIANT_BOARD("机制牌子不规范"),
	NONCOMPLIANT_GROUP("工作群、政务APP不规范"),
	NONCOMPLIANT_FORM("年度计划外报表"),
	OVER_CAP_VISIT("超计划督查检查考核"),
	CERTIFICATE_OUTSIDE_LIST("清单外索要或出具证明"),
	OTHER("其他问题");

	private final String label;

	FindingType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The type a lead suggests, {@link #OTHER} for one this module does not know. */
	public static FindingType of(String name) {
		for (FindingType t : values()) {
			if (t.name().equals(name)) {
				return t;
			}
		}
		return OTHER;
	}
}
