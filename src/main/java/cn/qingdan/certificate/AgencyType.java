package cn.qingdan.certificate;

/** Who asks the resident for the certificate (用证单位). */
enum AgencyType {

	BANK("银行等金融机构"), SCHOOL("学校、幼儿园"), COURT("法院、检察院、公安机关"), EMPLOYER("用人单位"),
	DEPARTMENT("政府部门"), HOSPITAL("医院"), INSURER("保险公司"), PARTY("党组织"), OTHER("其他");

	private final String label;

	AgencyType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
