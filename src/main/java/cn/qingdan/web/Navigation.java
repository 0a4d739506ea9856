package cn.qingdan.web;

import java.util.List;
import java.util.Set;

import cn.qingdan.shared.Actor;

/** The menu: groups of links, each shown to the roles named (empty = every signed-in user). */
final class Navigation {

	record Link(String label, String href, Set<String> roles) {
	}

	record Group(String label, List<Link> links) {
	}

	private static final Set<String> ADMINS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN");
	private static final Set<String> OFFICE = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER",
			"INSPECTOR");

	/** Who proposes or handles catalogue changes (a village only comments when consulted, from its to-do list). */
	private static final Set<String> PROPOSERS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER",
			"INSPECTOR", "DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER");
	/** Certificate pages: villages, townships and the county office (not departments, not the system administrator). */
	private static final Set<String> CERTIFICATES = Set.of("VILLAGE_CLERK", "VILLAGE_HEAD", "TOWNSHIP_OFFICER",
			"OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR");

	private static final List<Group> MENU = List.of(
			new Group("工作台", List.of(new Link("首页", "/", Set.of()))),
			new Group("清单管理", List.of(new Link("四张清单", "/catalogue", Set.of()),
					new Link("清单调整", "/catalogue/proposals", PROPOSERS),
					new Link("公开查询", "/public/lists", Set.of()),
					new Link("核验一下", "/public/check", Set.of()))),
			new Group("事务准入", List.of(new Link("准入申请", "/admission/applications", Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN",
					"OFFICE_REVIEWER", "APPROVER", "INSPECTOR", "DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER")),
					new Link("逾期清单", "/admission/applications/overdue", OFFICE),
					new Link("村级反映", "/admission/reports", Set.of()),
					new Link("负担统计", "/admission/burden", Set.of()),
					new Link("准入目录", "/public/register", Set.of()),
					new Link("核对任务", "/public/register/check", Set.of()))),
			new Group("证明开具", List.of(new Link("受理申请", "/certificates/requests/new", Set.of("VILLAGE_CLERK", "VILLAGE_HEAD")),
					new Link("证明台账", "/certificates/requests", CERTIFICATES),
					new Link("证明统计", "/certificates/statistics", CERTIFICATES),
					new Link("证明核验", "/public/certificates", Set.of()))),
			new Group("基础信息", List.of(new Link("单位管理", "/units", Set.of()),
					new Link("行政区划", "/regions", Set.of()))),
			new Group("系统管理", List.of(new Link("用户管理", "/admin/users", ADMINS),
					new Link("接口令牌", "/admin/tokens", ADMINS),
					new Link("区划导入", "/admin/regions/import", Set.of("SYSTEM_ADMIN")),
					new Link("节假日安排", "/admin/calendar", OFFICE),
					new Link("审计日志", "/audit", OFFICE),
					new Link("审计链校验", "/audit/verify", OFFICE))),
			new Group("个人", List.of(new Link("修改密码", "/account/password", Set.of()))));

	private Navigation() {
	}

	static List<Group> menuFor(Actor actor) {
		return MENU.stream()
			.map(g -> new Group(g.label(), g.links().stream()
				.filter(l -> l.roles().isEmpty() || l.roles().stream().anyMatch(actor::hasRole))
				.toList()))
			.filter(g -> !g.links().isEmpty())
			.toList();
	}
}
