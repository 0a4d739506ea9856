package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * What the ledgers ask of each role on the home page (待办), each with a deadline in working days on the official
 * calendar, so the home page's lights (red past, yellow within 3 working days) follow the calendar:
 * <ul>
 * <li>the township verifies its villages' declarations within {@value #ANSWER_WORKING_DAYS} working days of the day
 * declared (one line per village); the office likewise the townships' own boards;</li>
 * <li>the village takes down boards past their due date (the due date is the deadline: red); the township sees one
 * line per village with such boards (and one for its own premises);</li>
 * <li>the village answers a sent-back declaration within {@value #ANSWER_WORKING_DAYS} working days of the return;</li>
 * <li>the township and the county office look into a visit over the cap within {@value #ANSWER_WORKING_DAYS} working
 * days of the visit (the last 30 days).</li>
 * </ul>
 */
@Component
class LedgerTodos implements TodoProvider {

	static final int ANSWER_WORKING_DAYS = 5;

	private final Boards boards;
	private final Visits visits;
	private final UnitTree tree;
	private final WorkingDays workingDays;
	private final Clock clock;

	LedgerTodos(Boards boards, Visits visits, UnitTree tree, WorkingDays workingDays, Clock clock) {
		this.boards = boards;
		this.visits = visits;
		this.tree = tree;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	private LocalDate due(LocalDate from) {
		return workingDays.plusWorkingDays(from, ANSWER_WORKING_DAYS);
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || user.unit() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		List<TodoItem> items = new ArrayList<>();
		boolean village = user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD);
		boolean township = user.has(Role.TOWNSHIP_OFFICER);
		boolean office = user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER);
		if (township || office) {
			List<Boards.Awaiting> awaiting = boards.awaitingPerUnit(user.scope()).stream()
				.filter(a -> township ? a.village() : !a.village()).toList();
			Map<Long, String> names = tree.names(awaiting.stream().map(Boards.Awaiting::unitId).collect(Collectors.toSet()));
			for (Boards.Awaiting a : awaiting) {
				items.add(new TodoItem("台账核实", "核实" + names.get(a.unitId()) + "申报的台账 " + a.count() + " 条",
						"/ledgers/boards?declaration=DECLARED" + (a.village() ? "&village=" + a.unitId() : ""),
						due(a.since())));
			}
		}
		if (township) {
			// one line per village (and one for the township's own premises), the earliest due date as the deadline
			List<Boards.Awaiting> overdue = boards.overduePerUnit(user.scope(), today);
			Map<Long, String> names = tree.names(overdue.stream().map(Boards.Awaiting::unitId).collect(Collectors.toSet()));
			for (Boards.Awaiting a : overdue) {
				items.add(new TodoItem("牌子整改", "督促" + (a.village() ? names.get(a.unitId()) : "本乡镇") + "整改逾期牌子和制度 "
						+ a.count() + " 条", a.village() ? "/ledgers/boards?compliant=no&village=" + a.unitId() : "/ledgers/boards?compliant=no",
						a.since()));
			}
		}
		if (village) {
			for (Board b : boards.overdue(user.scope(), today, 20)) {
				items.add(new TodoItem("牌子整改", "逾期未" + b.status().label() + "：" + b.name(), "/ledgers/boards/" + b.id(),
						b.dueOn()));
			}
		}
		if (village) {
			for (Boards.Checked c : boards.checked(user.scope(), null, 20)) {
				items.add(new TodoItem("台账退回", "乡镇退回：" + c.name() + "（" + c.comment() + "）", "/ledgers/boards/" + c.id(),
						due(c.on())));
			}
		}
		if (township || office) {
			List<Visit> over = visits.overCap(user.scope(), today.minusDays(30), 20);
			Map<Long, String> names = tree.names(over.stream().map(Visit::villageUnitId).collect(Collectors.toSet()));
			for (Visit v : over) {
				items.add(new TodoItem("督考调研超限", "核查" + names.get(v.villageUnitId()) + " " + v.visitOn() + " " + v.visitor()
						+ v.kind().label() + "（超出每周限额）", "/ledgers/visits", due(v.visitOn())));
			}
		}
		return items;
	}
}
