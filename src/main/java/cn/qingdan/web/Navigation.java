package cn.qingdan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/**
 * The menu: the entries every module contributes ({@link MenuContributor}), grouped and ordered, each shown to the
 * roles it names (none named: every signed-in user). Groups left empty for an actor are not shown.
 */
@Component
class Navigation {

	record Link(String label, String href) {
	}

	record Group(String label, List<Link> links) {
	}

	private final List<MenuEntry> entries;

	Navigation(List<MenuContributor> contributors) {
		this.entries = contributors.stream()
			.flatMap(c -> c.menuEntries().stream())
			.sorted(Comparator.comparing(MenuEntry::group).thenComparingInt(MenuEntry::order))
			.toList();
	}

	List<Group> menuFor(Actor actor) {
		Map<MenuGroup, List<Link>> groups = new TreeMap<>();
		for (MenuEntry e : entries) {
			if (e.roles().isEmpty() || e.roles().stream().anyMatch(actor::hasRole)) {
				groups.computeIfAbsent(e.group(), g -> new java.util.ArrayList<>()).add(new Link(e.label(), e.href()));
			}
		}
		return groups.entrySet().stream().map(g -> new Group(g.getKey().label(), List.copyOf(g.getValue()))).toList();
	}
}
