package cn.qingdan.admission.events;

/** The outcome of a department's application: what the department is told. */
public record ApplicationDecided(long applicationId, long countyUnitId, long departmentUnitId, String title,
		Decision decision, String admissionNumber) {

	public enum Decision {
		/** 准予准入 */
		APPROVED,
		/** 审定不予准入 */
		REJECTED,
		/** 不予准入 (a prohibited task or a certificate that may not be issued), also when a contest is dismissed */
		REFUSED,
		/** 属村民自治事项，不予交办 */
		NOT_ADMISSIBLE,
		/** the office overrode the screening verdict on a contest: back to the department to submit again */
		OVERRIDDEN
	}
}
