package cn.qingdan.catalogue.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.identity.UserView;
import cn.qingdan.org.Unit;

/**
 * Which consulted units have nobody who could answer in the system (their written feedback is then recorded by the
 * office). People themselves are named by identity's {@code PersonNames} ({@code @personNames.of(...)}).
 */
@Component
class ConsultedUnits {

	/** Roles that answer a consultation in the system (see {@code ChangeProposal.Step.COMMENT}). */
	private static final Set<Role> ANSWERING = EnumSet.of(Role.TOWNSHIP_OFFICER, Role.DEPARTMENT_OFFICER, Role.VILLAGE_CLERK);

	private final UserAccounts accounts;

	ConsultedUnits(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Of the given units, those with no enabled account that could answer a consultation in the system. Asked per unit
	 * whatever the viewer's scope (a township sees whether a department can answer; no account is shown).
	 */
	Set<Long> withoutAccounts(Collection<Unit> units) {
		DataScope everywhere = new DataScope(DataScope.Kind.ALL, 0, "/");
		return units.stream()
			.filter(u -> accounts.search(everywhere, null, u.id(), null, 0, 50).stream().noneMatch(ConsultedUnits::canAnswer))
			.map(Unit::id)
			.collect(Collectors.toSet());
	}

	private static boolean canAnswer(UserView u) {
		return u.enabled() && u.roles().stream().anyMatch(ANSWERING::contains);
	}
}
