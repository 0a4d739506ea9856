package cn.qingdan.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

	private final MenuContributor system = () -> List.of(
			new MenuEntry(MenuGroup.SYSTEM, 20, "接口令牌", "/admin/tokens", Set.of("SYSTEM_ADMIN")),
			new MenuEntry(MenuGroup.SYSTEM, 10, "用户管理", "/admin/users", Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN")));
	private final MenuContributor work = () -> List.of(MenuEntry.forAll(MenuGroup.WORKBENCH, 10, "首页", "/"),
			MenuEntry.forAll(MenuGroup.PERSONAL, 10, "修改密码", "/account/password"));

	private final Navigation navigation = new Navigation(List.of(system, work));

	@Test
	void groupsFollowTheGroupOrderAndEntriesTheirOwnOrderWhicheverModuleContributedThem() {
		List<Navigation.Group> menu = navigation.menuFor(actorWith("SYSTEM_ADMIN"));

		assertThat(menu).extracting(Navigation.Group::label).containsExactly("工作台", "系统管理", "个人");
		assertThat(menu.get(1).links()).extracting(Navigation.Link::label).containsExactly("用户管理", "接口令牌");
	}

	@Test
	void anEntryIsShownOnlyToTheRolesItNamesAndAnEmptyGroupIsLeftOut() {
		assertThat(navigation.menuFor(actorWith("OFFICE_ADMIN")).get(1).links()).extracting(Navigation.Link::label)
			.containsExactly("用户管理");
		assertThat(navigation.menuFor(actorWith("VILLAGE_CLERK"))).extracting(Navigation.Group::label)
			.containsExactly("工作台", "个人");
	}

	private static Actor actorWith(String role) {
		return new Actor() {
			public String username() {
				return "u";
			}

			public Long unitId() {
				return 1L;
			}

			public String unitName() {
				return "县减负办";
			}

			public Set<String> roleNames() {
				return Set.of(role);
			}
		};
	}
}
