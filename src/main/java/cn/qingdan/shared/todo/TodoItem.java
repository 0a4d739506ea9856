package cn.qingdan.shared.todo;

import java.time.LocalDate;

/**
 * One item on a home page's to-do list (待办): what to do, where to do it, and by when. The light is derived from
 * the deadline: red when overdue, yellow when due within the warning window, green otherwise.
 */
public record TodoItem(String category, String title, String link, LocalDate deadline) {

	public enum Light {
		GREEN, YELLOW, RED, NONE
	}

	public Light light(LocalDate today) {
		if (deadline == null) {
			return Light.NONE;
		}
		if (deadline.isBefore(today)) {
			return Light.RED;
		}
		if (!deadline.isAfter(today.plusDays(2))) {
			return Light.YELLOW;
		}
		return Light.GREEN;
	}
}
