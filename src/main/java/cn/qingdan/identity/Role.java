package cn.qingdan.identity;

/** The roles a user may hold. The Chinese label is what screens show. */
public enum Role {

	SYSTEM_ADMIN("系统管理员"),
	OFFICE_ADMIN("减负办管理员"),
	OFFICE_REVIEWER("减负办审核员"),
	APPROVER("审定领导"),
	DEPARTMENT_OFFICER("部门经办人"),
	TOWNSHIP_OFFICER("乡镇经办人"),
	VILLAGE_CLERK("村（社区）经办人"),
	/** The village committee's head (村委会主任 / 社区居委会主任): approves what needs the head's signature. */
	VILLAGE_HEAD("村（社区）负责人"),
	/** A member of the village affairs supervision committee (村务监督委员会): signs off each step of a village decision. */
	VILLAGE_SUPERVISOR("村务监督委员会成员"),
	INSPECTOR("督查员"),
	/** A city's or province's burden-reduction office (市、省基层减负办): reads its counties' figures, never their records. */
	REGION_OFFICE("市（省）基层减负办"),
	/** Granted to department systems calling with an API token; never assigned to a person. */
	API_CLIENT("接口调用方");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Roles only a system administrator grants or withdraws (separation of duties, 三员分立): the administrators'
	 * own roles, the approver who decides admissions, and the inspector who reads the audit log.
	 */
	public boolean privileged() {
		return this == SYSTEM_ADMIN || this == OFFICE_ADMIN || this == APPROVER || this == INSPECTOR || this == REGION_OFFICE;
	}

	/** Roles an administrator may assign to people. */
	public static Role[] assignable() {
		return new Role[] { SYSTEM_ADMIN, OFFICE_ADMIN, OFFICE_REVIEWER, APPROVER, DEPARTMENT_OFFICER, TOWNSHIP_OFFICER,
				VILLAGE_CLERK, VILLAGE_HEAD, VILLAGE_SUPERVISOR, INSPECTOR, REGION_OFFICE };
	}
}
