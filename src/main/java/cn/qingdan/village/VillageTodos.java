package cn.qingdan.village;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * What self-governance asks of each role: the village answers opinions and questions by their deadline and posts
 * disclosures that fell due, re-elects a body whose term ended and has it report yearly; the supervision committee signs recorded steps off; the township answers escalated
 * opinions and reviews compact filings.
 */
@Component
class VillageTodos implements TodoProvider {

	private final Opinions opinions;
	private final Compacts compacts;
	private final Disclosures disclosures;
	private final VillageAccess access;
	private final Matters matters;
	private final VillageBodies bodies;

	VillageTodos(Opinions opinions, Compacts compacts, Disclosures disclosures, VillageAccess access, Matters matters,
			VillageBodies bodies) {
		this.bodies = bodies;
		this.opinions = opinions;
		this.compacts = compacts;
		this.disclosures = disclosures;
		this.access = access;
		this.matters = matters;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user)) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		if (VillageAccess.writer(user)) {
			for (Opinion o : opinions.ofVillage(user.unitId(), 300)) {
				if (o.open()) {
					items.add(new TodoItem("村民意见", (o.inquiry() ? "答复质询：" : "答复意见：") + abbreviate(o.content()),
							"/village/opinions/" + o.id(), o.dueOn()));
				}
			}
			var today = matters.today();
			for (Disclosure.Row r : disclosures.board(access.village(user.unitId()))) {
				if (r.disclosure() == null && !r.dueOn().isAfter(today.plusDays(7))) {
					items.add(new TodoItem("村务公开", "公开：" + r.item().name() + "（" + r.periodLabel() + "）",
							"/village/disclosures", r.dueOn()));
				}
			}
			List<VillageBodies.Body> own = bodies.ofVillage(user.unitId());
			for (VillageBodies.Body b : own) {
				boolean renewed = own.stream().anyMatch(o -> o.kind().equals(b.kind()) && !o.expired());
				if (b.expired() && !renewed) {
					items.add(new TodoItem("议事组织", "换届：" + b.name() + "任期已届满", "/village/bodies/" + b.id(), b.termEnd()));
				}
				else if (b.reportOwed()) {
					items.add(new TodoItem("议事组织", "向村民（代表）会议报告工作：" + b.name(), "/village/bodies/" + b.id(), null));
				}
			}
		}
		if (user.has(Role.TOWNSHIP_OFFICER)) {
			for (Opinion o : opinions.ledger(user, "ESCALATED", 50, 0)) {
				items.add(new TodoItem("意见督办", "逾期未答复：" + abbreviate(o.content()), "/village/opinions/" + o.id(), o.dueOn()));
			}
			for (Compact c : compacts.awaitingReview(user)) {
				items.add(new TodoItem("村规民约备案", "审查：" + c.title(), "/village/compacts/" + c.id(), null));
			}
		}
		return items;
	}

	private static String abbreviate(String s) {
		return s.length() > 30 ? s.substring(0, 29) + "…" : s;
	}
}
