package cn.qingdan.catalogue;

/** The lists of a catalogue, with the code prefix of their items and the Chinese names used on screens and in Excel. */
public enum ListType {

	SELF_GOVERNANCE("ZZ", "依法自治事项", "依法自治事项清单"),
	ASSISTANCE("XZ", "依法协助政府工作事项", "依法协助政府工作事项清单"),
	PROHIBITED("FM", "禁止准入事项", "负面（禁止准入）事项清单"),
	CERTIFICATE_RETAINED("ZM", "依法出具证明事项", "依法出具证明事项清单"),
	CERTIFICATE_NOT_ISSUABLE("BZ", "不应出具证明事项", "不应由村（社区）出具证明事项清单"),
	/** The fifth list (seed 000): public services extended to villages that are bought, not imposed (费随事转). */
	SERVICE_PURCHASE("GM", "政府购买服务事项", "政府购买服务（费随事转）事项清单");

	private final String prefix;
	private final String label;
	private final String title;

	ListType(String prefix, String label, String title) {
		this.prefix = prefix;
		this.label = label;
		this.title = title;
	}

	/** Item code prefix, e.g. {@code ZZ} for ZZ-01. */
	public String prefix() {
		return prefix;
	}

	/** Short Chinese name (Excel column value). */
	public String label() {
		return label;
	}

	/** Chinese title of the list. */
	public String title() {
		return title;
	}

	public boolean isCertificate() {
		return this == CERTIFICATE_RETAINED || this == CERTIFICATE_NOT_ISSUABLE;
	}

	/** Whether texts pushed onto villages are screened against this list's items (not the purchase list: it is bought). */
	public boolean screened() {
		return this != SERVICE_PURCHASE;
	}

	/** Accepts the enum name, the label, the title or the code prefix. */
	public static ListType parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (ListType type : values()) {
			if (type.name().equalsIgnoreCase(t) || type.label.equals(t) || type.title.equals(t)
					|| type.prefix.equalsIgnoreCase(t)) {
				return type;
			}
		}
		return null;
	}
}
