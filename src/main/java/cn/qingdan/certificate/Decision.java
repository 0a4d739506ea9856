package cn.qingdan.certificate;

/** What the decision assistant says about a requested certificate. */
enum Decision {

	/** 依法出具证明事项: the village issues it, following the item's guide, materials, template and time limit. */
	RETAINED("依法出具", "属依法出具证明事项，可按办事指南受理"),
	/** 不应出具证明事项: the village refuses, citing the item and naming who verifies instead. */
	NOT_ISSUABLE("不应出具", "属不应由村（社区）出具的证明事项，不予出具"),
	/** 清单未列: the requesting agency must cite its legal basis before the village proceeds. */
	UNLISTED("清单未列", "清单未列明，须由用证单位提供法律法规依据后方可办理");

	private final String label;
	private final String advice;

	Decision(String label, String advice) {
		this.label = label;
		this.advice = advice;
	}

	public String label() {
		return label;
	}

	public String advice() {
		return advice;
	}
}
