package cn.qingdan.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/** To-dos of the change procedure: what each role must do next on open proposals, with deadlines where set. */
@Component
class CatalogueTodos implements TodoProvider {

	private final ChangeProposals proposals;
	private final Clock clock;

	CatalogueTodos(ChangeProposals proposals, Clock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user)) {
			return List.of();
		}
		boolean office = user.roles().stream().anyMatch(ChangeProposal.OFFICE::contains);
		List<TodoItem> items = new ArrayList<>();
		for (ChangeProposal p : proposals.open(user.unit().rootId())) {
			String link = "/catalogue/proposals/" + p.id();
			String title = "“" + p.title() + "”";
			switch (p.status()) {
				case PROPOSED -> {
					if (office) {
						items.add(new TodoItem("清单调整", "受理调整申请 " + title, link, null));
					}
				}
				case DRAFT -> {
					if (office) {
						items.add(new TodoItem("清单调整", "完善调整申请并发起征求意见 " + title, link, null));
					}
				}
				case CONSULTING -> {
					if (office) {
						items.add(new TodoItem("清单调整", "征求意见期限届满后结束征求意见 " + title, link, p.consultDeadline()));
					}
					if (proposals.consultations(p.id()).stream()
						.anyMatch(c -> c.unitId() == user.unitId() && c.awaiting(LocalDate.now(clock)))) {
						items.add(new TodoItem("征求意见", "对清单调整申请反馈意见 " + title, link, p.consultDeadline()));
					}
				}
				case ASSESSING -> {
					if (office) {
						items.add(new TodoItem("清单调整", "评估审核 " + title, link, null));
					}
				}
				case AWAITING_DECISION -> {
					if (user.has(Role.APPROVER)) {
						items.add(new TodoItem("清单调整", "审定 " + title, link, null));
					}
				}
				default -> {
				}
			}
		}
		return items;
	}
}
