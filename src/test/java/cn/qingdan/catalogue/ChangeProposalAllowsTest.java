package cn.qingdan.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every step × state × actor of the procedure, against an explicit table of what is allowed. */
class ChangeProposalAllowsTest {

	static final long ORIGIN = 10;

	static final Map<String, QingdanUser> ACTORS = new LinkedHashMap<>();

	static {
		ACTORS.put("office_admin", user(1, "jfb_admin", 2, "OFFICE", Role.OFFICE_ADMIN));
		ACTORS.put("office_reviewer", user(2, "jfb_review", 2, "OFFICE", Role.OFFICE_REVIEWER));
		ACTORS.put("approver", user(3, "approver", 3, "OFFICE", Role.APPROVER));
		ACTORS.put("inspector", user(4, "inspector", 4, "OFFICE", Role.INSPECTOR));
		ACTORS.put("sysadmin", user(5, "sysadmin", 1, "COUNTY", Role.SYSTEM_ADMIN));
		ACTORS.put("origin_department", user(6, "nongye", ORIGIN, "DEPARTMENT", Role.DEPARTMENT_OFFICER));
		ACTORS.put("other_department", user(7, "minzheng", 12, "DEPARTMENT", Role.DEPARTMENT_OFFICER));
		ACTORS.put("township", user(8, "sufang", 11, "TOWNSHIP", Role.TOWNSHIP_OFFICER));
		ACTORS.put("village", user(9, "tianzhuang", 13, "VILLAGE", Role.VILLAGE_CLERK));
		ACTORS.put("village_in_origin_unit", user(10, "clerk", ORIGIN, "VILLAGE", Role.VILLAGE_CLERK));
	}

	/** step, status, actor: everything allowed; the rest of the matrix is refused. */
	static final Set<String> ALLOWED = Set.of(
			"EDIT DRAFT office_admin", "EDIT DRAFT office_reviewer", "EDIT PROPOSED origin_department",
			"TAKE_UP PROPOSED office_admin", "TAKE_UP PROPOSED office_reviewer",
			"DECLINE PROPOSED office_admin", "DECLINE PROPOSED office_reviewer",
			"CONSULT DRAFT office_admin", "CONSULT DRAFT office_reviewer",
			"COMMENT CONSULTING origin_department", "COMMENT CONSULTING other_department",
			"COMMENT CONSULTING township", "COMMENT CONSULTING village", "COMMENT CONSULTING village_in_origin_unit",
			"CLOSE_CONSULTATION CONSULTING office_admin", "CLOSE_CONSULTATION CONSULTING office_reviewer",
			"ASSESS ASSESSING office_admin", "ASSESS ASSESSING office_reviewer",
			"APPROVE AWAITING_DECISION approver", "REJECT AWAITING_DECISION approver",
			"RECORD_OFFLINE CONSULTING office_admin", "RECORD_OFFLINE CONSULTING office_reviewer",
			"WITHDRAW DRAFT office_admin", "WITHDRAW DRAFT office_reviewer", "WITHDRAW PROPOSED origin_department",
			"WITHDRAW CONSULTING office_admin", "WITHDRAW CONSULTING office_reviewer");

	static QingdanUser user(long id, String username, long unitId, String unitType, Role... roles) {
		return new QingdanUser(id, username, username, new UnitDirectory.UnitInfo(unitId, "单位" + unitId, unitType,
				"/1/" + unitId + "/", true), Set.of(roles), null, true, false, false);
	}

	static ChangeProposal proposal(Status status, long originUnitId) {
		return new ChangeProposal(1, 1, 1, "测试", null, status, originUnitId, "jfb_admin", Instant.EPOCH, null, null, null,
				null, null, null, null, null, null, 0);
	}

	static Stream<Arguments> matrix() {
		List<Arguments> all = new ArrayList<>();
		for (Step step : Step.values()) {
			for (Status status : Status.values()) {
				for (String actor : ACTORS.keySet()) {
					all.add(Arguments.of(step, status, actor, ALLOWED.contains(step + " " + status + " " + actor)));
				}
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} in {1} by {2}: {3}")
	@MethodSource("matrix")
	void stepStateRole(Step step, Status status, String actor, boolean allowed) {
		ChangeProposal p = proposal(status, ORIGIN);
		QingdanUser user = ACTORS.get(actor);
		assertThat(p.allows(step, user)).isEqualTo(allowed);
		if (allowed) {
			assertThatNoException().isThrownBy(() -> p.require(step, user));
		}
		else {
			assertThatThrownBy(() -> p.require(step, user)).isInstanceOf(RuleViolation.class)
				.hasMessageContaining(status.label())
				.hasMessageContaining(step.label());
		}
	}

	@Test
	void approveOnlyByApproverAndOnlyAwaitingDecision() {
		QingdanUser approver = ACTORS.get("approver");
		for (Status status : Status.values()) {
			assertThat(proposal(status, ORIGIN).allows(Step.APPROVE, approver)).as(status.name())
				.isEqualTo(status == Status.AWAITING_DECISION);
		}
		ChangeProposal waiting = proposal(Status.AWAITING_DECISION, ORIGIN);
		ACTORS.forEach((name, u) -> assertThat(waiting.allows(Step.APPROVE, u)).as(name).isEqualTo(name.equals("approver")));
	}

	@Test
	void officeNeverComments() {
		ChangeProposal consulting = proposal(Status.CONSULTING, ORIGIN);
		assertThat(consulting.allows(Step.COMMENT, ACTORS.get("office_admin"))).isFalse();
		assertThat(consulting.allows(Step.COMMENT, ACTORS.get("office_reviewer"))).isFalse();
		assertThat(consulting.allows(Step.COMMENT, ACTORS.get("approver"))).isFalse();
	}

	@Test
	void editByTheOriginUnitOnlyWhileProposed() {
		QingdanUser township = ACTORS.get("township");
		ChangeProposal fromTownship = proposal(Status.PROPOSED, township.unitId());
		assertThat(fromTownship.allows(Step.EDIT, township)).isTrue();
		assertThat(fromTownship.allows(Step.WITHDRAW, township)).isTrue();
		assertThat(fromTownship.allows(Step.EDIT, ACTORS.get("origin_department"))).isFalse();
		assertThat(proposal(Status.DRAFT, township.unitId()).allows(Step.EDIT, township)).isFalse();
		assertThat(proposal(Status.CONSULTING, township.unitId()).allows(Step.EDIT, township)).isFalse();
	}

	@Test
	void closedStatesAllowNothing() {
		for (Status status : List.of(Status.APPROVED, Status.REJECTED, Status.DECLINED, Status.WITHDRAWN)) {
			assertThat(status.open()).isFalse();
			ChangeProposal p = proposal(status, ORIGIN);
			for (Step step : Step.values()) {
				ACTORS.forEach((name, u) -> assertThat(p.allows(step, u)).as(step + " " + name).isFalse());
			}
		}
	}

	/** Who may start a proposal (the page's canCreate and the service ask the same rule). */
	@Test
	void onlyTheOfficeDepartmentsAndTownshipsStartProposals() {
		Set<String> may = Set.of("office_admin", "office_reviewer", "origin_department", "other_department", "township");
		ACTORS.forEach((name, u) -> assertThat(ChangeProposal.mayCreate(u)).as(name).isEqualTo(may.contains(name)));
	}

	@Test
	void withdrawingNeedsAReasonOnlyOnceUnitsWereConsulted() {
		for (Status status : Status.values()) {
			assertThat(proposal(status, ORIGIN).withdrawNeedsReason()).as(status.name()).isEqualTo(status == Status.CONSULTING);
		}
	}
}
