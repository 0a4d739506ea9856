package cn.qingdan.screening;

/** Which list a request falls under; NONE when no catalogue item matches (full review). */
public enum Outcome {

	PROHIBITED("禁止准入事项"), ASSISTANCE("依法协助政府工作事项"), SELF_GOVERNANCE("依法自治事项"),
	CERTIFICATE_RETAINED("依法出具证明事项"), CERTIFICATE_NOT_ISSUABLE("不应出具证明事项"), NONE("清单未列事项");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a request with this outcome must be refused (prohibited matter or a certificate a village must not issue). */
	public boolean refused() {
		return this == PROHIBITED || this == CERTIFICATE_NOT_ISSUABLE;
	}
}
