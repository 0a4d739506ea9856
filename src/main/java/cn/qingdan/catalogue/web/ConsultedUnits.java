package cn.qingdan.catalogue.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.PersonNames;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.identity.UserView;
import cn.qingdan.org.Unit;

/**
 * People on catalogue pages by name and unit (李文静（武功县基层减负办）), never by login id; and which consulted units
 * have nobody who could answer in the system.
 */
@Component("cataloguePeople")
public class People {

	/** Roles that answer a consultation in the system (see {@code ChangeProposal.Step.COMMENT}). */
	private static final Set<Role> ANSWERING = EnumSet.of(Role.TOWNSHIP_OFFICER, Role.DEPARTMENT_OFFICER, Role.VILLAGE_CLERK);

	private final UserAccounts accounts;
	private final PersonNames names;

	People(UserAccounts accounts, PersonNames names) {
		this.accounts = accounts;
		this.names = names;
	}

	/** 李文静（武功县基层减负办） for a login id; a value that is not a login id is shown as it is. */
	public String of(String username) {
		return names.of(username);
	}

	/**
	 * Of the given units, those with no enabled account that could answer a consultation in the system. Asked per unit
	 * whatever the viewer's scope (a township sees whether a department can answer; no account is shown).
	 */
	public Set<Long> withoutAccounts(Collection<Unit> units) {
		DataScope everywhere = new DataScope(DataScope.Kind.ALL, 0, "/");
		return units.stream()
			.filter(u -> accounts.search(everywhere, null, u.id(), null, 0, 50).stream().noneMatch(People::canAnswer))
			.map(Unit::id)
			.collect(Collectors.toSet());
	}

	private static boolean canAnswer(UserView u) {
		return u.enabled() && u.roles().stream().anyMatch(ANSWERING::contains);
	}
}
