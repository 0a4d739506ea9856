package cn.qingdan.certificate;

/** Why a village did not issue a certificate. */
enum RefusalReason {

	NOT_ISSUABLE("属不应由村（社区）出具的证明"),
	NO_LEGAL_BASIS("用证单位未提供法定依据"),
	FACTS_NOT_VERIFIED("经核实情况不属实"),
	NOT_AGREED("议事或审批未同意"),
	WITHDRAWN("申请人撤回");

	private final String label;

	RefusalReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Reasons a clerk may choose by hand (the others follow from the decision or the approval). */
	public static RefusalReason[] manual() {
		return new RefusalReason[] { FACTS_NOT_VERIFIED, WITHDRAWN };
	}
}
