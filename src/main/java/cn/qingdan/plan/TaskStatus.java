package cn.qingdan.plan;

/** A task's status as every page and the public see it. */
public enum TaskStatus {

	NOT_STARTED("未启动"), IN_PROGRESS("推进中"), DONE("已完成"), OVERDUE("逾期"), ONGOING("持续推进中");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
