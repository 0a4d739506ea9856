package cn.qingdan.shared.todo;

import java.time.LocalDate;

/**
 * One item on a home page's to-do list (待办): what to do, where to do it, and by when. Its light comes from the one
 * deadline rule, {@link cn.qingdan.shared.DeadlineLight}.
 */
public record TodoItem(String category, String title, String link, LocalDate deadline) {
}
