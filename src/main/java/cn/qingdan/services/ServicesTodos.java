package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * The buyer's to-dos: milestones not fully paid that fall due within 30 days or are late (and not held), with their
 * due date as the deadline (red once late).
 */
@Component
class ServicesTodos implements TodoProvider {

	private final JdbcClient jdbc;
	private final Clock clock;

	ServicesTodos(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (actor.unitId() == null || !(actor.hasRole("DEPARTMENT_OFFICER") || actor.hasRole("TOWNSHIP_OFFICER"))) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select c.id, c.number, m.title, m.due_on from service_milestone m join service_contract c on c.id = m.contract_id
				where c.buyer_unit_id = ? and m.due_on <= ?
				  and m.amount > (select coalesce(sum(p.amount), 0) from service_payment p where p.milestone_id = m.id)
				  and not exists (select 1 from service_payment_hold h where h.milestone_id = m.id and h.released_at is null)
				order by m.due_on, c.id limit 20""")
			.params(actor.unitId(), today.plusDays(30))
			.query((rs, n) -> new TodoItem("购买服务付款", rs.getString(2) + " " + rs.getString(3) + " 待付款",
					"/services/contracts/" + rs.getLong(1), rs.getObject(4, LocalDate.class)))
			.list();
	}
}
