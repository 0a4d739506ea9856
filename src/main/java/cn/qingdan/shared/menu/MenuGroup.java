package cn.qingdan.shared.menu;

/** The menu's groups, in the order they are shown. Capabilities to come add their group here. */
public enum MenuGroup {

	WORKBENCH("工作台"), CATALOGUE("清单管理"), ADMISSION("事务准入"), CERTIFICATES("证明开具"), LEDGERS("台账管理"),
	SUPERVISION("督查问效"), SELF_GOVERNANCE("村民自治"), PLANS("任务分工"), SERVICES("购买服务"), BASICS("基础信息"),
	SYSTEM("系统管理"), PERSONAL("个人");

	private final String label;

	MenuGroup(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
