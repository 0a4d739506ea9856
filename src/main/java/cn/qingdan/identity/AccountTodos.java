package cn.qingdan.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/** Administrators' to-dos from accounts: locked accounts waiting to be unlocked (due when the lock ends). */
@Component
class AccountTodos implements TodoProvider {

	private final UserAccounts accounts;
	private final Clock clock;

	AccountTodos(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || !(user.has(Role.SYSTEM_ADMIN) || user.has(Role.OFFICE_ADMIN))) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		for (UserView locked : accounts.locked(user.scope())) {
			items.add(new TodoItem("账号安全", locked.displayName() + "（" + locked.unitName() + "）的账号因多次密码错误被锁定，请核实后解锁",
					"/admin/users/" + locked.id(), LocalDate.ofInstant(locked.lockedUntil(), clock.getZone())));
		}
		return items;
	}
}
