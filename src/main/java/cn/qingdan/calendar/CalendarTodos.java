package cn.qingdan.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * Every county-office home page says so while the official calendar does not cover the next
 * {@value #LOOKAHEAD_DAYS} days: deadlines there are counted with weekends only, never silently.
 */
@Component
class CalendarTodos implements TodoProvider {

	static final int LOOKAHEAD_DAYS = 120;
	static final Set<String> OFFICE = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR");

	private final WorkingDays workingDays;
	private final Clock clock;

	CalendarTodos(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (OFFICE.stream().noneMatch(actor::hasRole)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return workingDays.firstUncoveredYear(today, today.plusDays(LOOKAHEAD_DAYS)).stream()
			.mapToObj(year -> new TodoItem("节假日安排", warning(year), "/admin/calendar?year=" + year,
					LocalDate.of(year - 1, 12, 31)))
			.toList();
	}

	static String warning(int year) {
		return year + "年法定节假日安排尚未录入，涉及" + year + "年的期限暂按周末计算，请及时录入";
	}
}
