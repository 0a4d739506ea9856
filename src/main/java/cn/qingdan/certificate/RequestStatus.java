package cn.qingdan.certificate;

/** Where a certificate request stands. */
enum RequestStatus {

	AWAITING_BASIS("待用证单位提供依据"), AWAITING_DELIBERATION("待民主议事"), AWAITING_APPROVAL("待负责人审批"),
	IN_PROGRESS("办理中"), ISSUED("已出具"), REFUSED("不予出具"), REVOKED("已撤销");

	private final String label;

	RequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Still waiting for someone at the village to act. */
	public boolean open() {
		return this == AWAITING_BASIS || this == AWAITING_DELIBERATION || this == AWAITING_APPROVAL
				|| this == IN_PROGRESS;
	}
}
