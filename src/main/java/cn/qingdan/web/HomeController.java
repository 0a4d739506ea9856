package cn.qingdan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.dashboard.DashboardProvider;
import cn.qingdan.shared.news.NewsItem;
import cn.qingdan.shared.news.NewsProvider;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * The home page: to-do list first, then figures for the actor's scope, the modules' dashboard charts, and a chart
 * where a table would not do.
 */
@Controller
class HomeController {

	private final Units units;
	private final UserAccounts accounts;
	private final List<TodoProvider> todos;
	private final org.springframework.beans.factory.ObjectProvider<DashboardProvider> dashboards;
	private final org.springframework.beans.factory.ObjectProvider<NewsProvider> news;
	private final Clock clock;
	private final tools.jackson.databind.json.JsonMapper json;

	HomeController(Units units, UserAccounts accounts, List<TodoProvider> todos,
			org.springframework.beans.factory.ObjectProvider<DashboardProvider> dashboards,
			org.springframework.beans.factory.ObjectProvider<NewsProvider> news, Clock clock,
			tools.jackson.databind.json.JsonMapper json) {
		this.json = json;
		this.news = news;
		this.dashboards = dashboards;
		this.units = units;
		this.accounts = accounts;
		this.todos = todos;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		QingdanUser me = DataScopes.currentUser();
		var scope = me.scope();
		LocalDate today = LocalDate.now(clock);
		List<TodoItem> items = todos.stream()
			.flatMap(p -> p.todosFor(me).stream())
			.sorted(Comparator.comparing(TodoItem::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		model.addAttribute("todos", items);
		model.addAttribute("today", today);
		model.addAttribute("scope", scope);
		model.addAttribute("counts", units.countByType(scope));
		model.addAttribute("news", news.orderedStream().flatMap(p -> p.newsFor(me).stream())
			.sorted(Comparator.comparing(NewsItem::on, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(20)
			.toList());
		// account figures are the administrators' business; a village or a department has nothing to do with them
		boolean admin = me.has(Role.SYSTEM_ADMIN) || me.has(Role.OFFICE_ADMIN);
		model.addAttribute("userCount", admin ? accounts.count(scope) : null);
		Unit unit = units.unit(me.unitId()).orElseThrow();
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentId() == null ? null : units.unit(unit.parentId()).orElse(null));
		List<DashboardPanel> panels = dashboards.orderedStream().flatMap(p -> p.panelsFor(me).stream()).toList();
		model.addAttribute("panels", panels);
		Map<String, Long> townships = townshipChart(scope);
		if (townships.size() > 1) {
			model.addAttribute("townshipChart", json.writeValueAsString(Map.of("labels", townships.keySet(), "series",
					List.of(Map.of("name", "村（社区）数", "data", townships.values())))));
		}
		model.addAttribute("charts", !panels.isEmpty() || townships.size() > 1);
		return "web/home";
	}

	/** Villages per township within the scope, for the bar chart (name → count). */
	private Map<String, Long> townshipChart(cn.qingdan.identity.DataScope scope) {
		Map<String, Long> data = new LinkedHashMap<>();
		for (Unit township : units.search(scope, Unit.Type.TOWNSHIP, null, 200)) {
			data.put(township.name(), units.countBelow(township).get(Unit.Type.VILLAGE));
		}
		return data;
	}
}
