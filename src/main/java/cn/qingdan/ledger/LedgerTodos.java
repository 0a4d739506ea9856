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
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * What the ledgers ask of each role: the township verifies its villages' declarations (within 5 days of today as the
 * light's deadline), the village takes down boards past their due date and answers returned declarations, and the
 * township and county see over-cap visits of the last 30 days.
 */
@Component
class LedgerTodos implements TodoProvider {

	private final Boards boards;
	private final Visits visits;
	private final UnitTree tree;
	private final Clock clock;

	LedgerTodos(Boards boards, Visits visits, UnitTree tree, Clock clock) {
		this.boards = boards;
		this.visits = visits;
		this.tree = tree;
		this.clock = clock;
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
		if (township) {
			List<Board> awaiting = boards.awaiting(user.scope(), 500).stream().filter(b -> b.villageUnitId() != null).toList();
			Map<Long, Long> perVillage = awaiting.stream().collect(Collectors.groupingBy(Board::villageUnitId, Collectors.counting()));
			Map<Long, String> names = tree.names(perVillage.keySet());
			perVillage.forEach((v, n) -> items.add(new TodoItem("台账核实", "核实" + names.get(v) + "申报的台账 " + n + " 条",
					"/ledgers/boards?declaration=DECLARED", today.plusDays(5))));
		}
		if (village || township) {
			for (Board b : boards.overdue(user.scope(), today, 20)) {
				items.add(new TodoItem("牌子整改", "逾期未" + b.status().label() + "：" + b.name(), "/ledgers/boards/" + b.id(),
						b.dueOn()));
			}
		}
		if (village) {
			for (Board b : boards.list(user.scope(), Board.BOARD, null, Ledger.Declaration.RETURNED, 20)) {
				items.add(new TodoItem("台账退回", "乡镇退回：" + b.name() + "（" + b.returnComment() + "）", "/ledgers/boards/" + b.id(),
						null));
			}
		}
		if (township || user.scope().isWide() && !user.has(Role.SYSTEM_ADMIN)) {
			List<Visit> over = visits.overCap(user.scope(), today.minusDays(30), 20);
			Map<Long, String> names = tree.names(over.stream().map(Visit::villageUnitId).collect(Collectors.toSet()));
			for (Visit v : over) {
				items.add(new TodoItem("督考调研超限", names.get(v.villageUnitId()) + " " + v.visitOn() + " " + v.visitor()
						+ v.kind().label() + "超出每周限额", "/ledgers/visits", null));
			}
		}
		return items;
	}
}
