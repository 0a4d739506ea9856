package cn.qingdan.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/** Letters to answer (the unit), answers to verify and overdue letters to escalate (the office), leads to handle. */
@Component
class SupervisionTodos implements TodoProvider {

	private final Letters letters;
	private final Leads leads;
	private final Appraisals appraisals;
	private final Clock clock;

	SupervisionTodos(Letters letters, Leads leads, Appraisals appraisals, Clock clock) {
		this.letters = letters;
		this.leads = leads;
		this.appraisals = appraisals;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || user.unitId() == null) {
			return List.of();
		}
		Who who = Who.of(user);
		List<TodoItem> items = new ArrayList<>();
		if (who.unitOfficer()) {
			for (Letter l : letters.list(who, null, 50)) {
				if (l.status() == LetterSteps.Status.ISSUED || l.status() == LetterSteps.Status.OVERDUE) {
					items.add(new TodoItem("工作提示函", "反馈整改情况：" + l.number(), "/supervision/letters/" + l.id(), l.deadline()));
				}
			}
		}
		if (who.village()) {
			Quarter q = Quarter.of(today());
			if (appraisals.mine(who, q.toString()).isEmpty()) {
				items.add(new TodoItem("村级评议", "参加" + q.label() + "评议：为本乡镇和县级部门打分", "/supervision/appraisals", q.last()));
			}
		}
		if (who.manager()) {
			for (Letter l : letters.list(who, "ANSWERED", 50)) {
				items.add(new TodoItem("工作提示函", "核验整改情况：" + l.number(), "/supervision/letters/" + l.id(), null));
			}
			for (Letter l : letters.list(who, "OVERDUE", 50)) {
				items.add(new TodoItem("逾期督办", "逾期未整改，研究通报：" + l.number(), "/supervision/letters/" + l.id(), l.deadline()));
			}
			long open = leads.openCount(who.county());
			if (open > 0) {
				items.add(new TodoItem("督查线索", "待处理督查线索 " + open + " 条", "/supervision/leads", null));
			}
		}
		return items;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
