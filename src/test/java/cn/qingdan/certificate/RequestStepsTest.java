package cn.qingdan.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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

import cn.qingdan.certificate.RequestSteps.Can;
import cn.qingdan.certificate.RequestSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.shared.RuleViolation;

/** Every step × status × party of a certificate request, against an explicit list of what is allowed. */
class RequestStepsTest {

	static final long VILLAGE = 13;

	static final Map<String, QingdanUser> PARTIES = new LinkedHashMap<>();

	static {
		PARTIES.put("clerk", user(1, VILLAGE, "VILLAGE", Role.VILLAGE_CLERK));
		PARTIES.put("head", user(2, VILLAGE, "VILLAGE", Role.VILLAGE_HEAD));
		PARTIES.put("other_clerk", user(3, 14, "VILLAGE", Role.VILLAGE_CLERK));
		PARTIES.put("other_head", user(4, 14, "VILLAGE", Role.VILLAGE_HEAD));
		PARTIES.put("township", user(5, 11, "TOWNSHIP", Role.TOWNSHIP_OFFICER));
		PARTIES.put("office_admin", user(6, 2, "OFFICE", Role.OFFICE_ADMIN));
		PARTIES.put("office_reviewer", user(7, 2, "OFFICE", Role.OFFICE_REVIEWER));
		PARTIES.put("approver", user(8, 3, "OFFICE", Role.APPROVER));
		PARTIES.put("inspector", user(9, 4, "OFFICE", Role.INSPECTOR));
		PARTIES.put("department", user(10, VILLAGE, "DEPARTMENT", Role.DEPARTMENT_OFFICER));
	}

	/** step, status, party: everything allowed; the rest of the matrix is refused. */
	static final Set<String> ALLOWED = Set.of(
			"CITE_BASIS AWAITING_BASIS clerk", "CITE_BASIS AWAITING_BASIS head",
			"REFUSE_NO_BASIS AWAITING_BASIS clerk", "REFUSE_NO_BASIS AWAITING_BASIS head",
			"DELIBERATE AWAITING_DELIBERATION clerk", "DELIBERATE AWAITING_DELIBERATION head",
			"APPROVE AWAITING_APPROVAL head",
			"ISSUE IN_PROGRESS clerk", "ISSUE IN_PROGRESS head",
			"REFUSE AWAITING_BASIS clerk", "REFUSE AWAITING_BASIS head",
			"REFUSE AWAITING_DELIBERATION clerk", "REFUSE AWAITING_DELIBERATION head",
			"REFUSE AWAITING_APPROVAL clerk", "REFUSE AWAITING_APPROVAL head",
			"REFUSE IN_PROGRESS clerk", "REFUSE IN_PROGRESS head",
			"REVOKE ISSUED clerk", "REVOKE ISSUED head",
			"PRINT_CERTIFICATE ISSUED clerk", "PRINT_CERTIFICATE ISSUED head",
			"PRINT_CERTIFICATE REVOKED clerk", "PRINT_CERTIFICATE REVOKED head");

	static QingdanUser user(long id, long unitId, String unitType, Role... roles) {
		return new QingdanUser(id, "u" + id, "用户" + id, new UnitDirectory.UnitInfo(unitId, "单位" + unitId, unitType,
				"/1/11/" + unitId + "/", true), Set.of(roles), null, true, false, false);
	}

	static CertificateRequest request(RequestStatus status) {
		return new CertificateRequest(1, 1, VILLAGE, "田庄村", "/1/11/13/", "u1", Instant.EPOCH, LocalDate.of(2026, 3, 2),
				"王*", "6104**", null, "居住证明", "入学", AgencyType.SCHOOL, "小学", null, Decision.RETAINED, "ZM-01",
				"居住证明", null, 1, null, List.of(), status, null, null, null, false, null, null, null, null, null, null,
				null, null, null, null, null, null, 0);
	}

	/** Printing the refusal notice is open to everyone who sees the request; viewing in full to the village and the office administrator. */
	static boolean allowed(Step step, RequestStatus status, String party) {
		return switch (step) {
			case PRINT_NOTICE -> status == RequestStatus.REFUSED;
			case VIEW_IN_FULL -> party.equals("clerk") || party.equals("head") || party.equals("office_admin");
			default -> ALLOWED.contains(step + " " + status + " " + party);
		};
	}

	static Stream<Arguments> matrix() {
		List<Arguments> all = new ArrayList<>();
		for (Step step : Step.values()) {
			for (RequestStatus status : RequestStatus.values()) {
				for (String party : PARTIES.keySet()) {
					all.add(Arguments.of(step, status, party, allowed(step, status, party)));
				}
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} in {1} by {2}: {3}")
	@MethodSource("matrix")
	void stepStatusParty(Step step, RequestStatus status, String party, boolean allowed) {
		CertificateRequest r = request(status);
		QingdanUser user = PARTIES.get(party);
		assertThat(RequestSteps.allows(step, r, user)).isEqualTo(allowed);
		if (allowed) {
			assertThatNoException().isThrownBy(() -> RequestSteps.require(step, r, user));
		}
		else {
			assertThatThrownBy(() -> RequestSteps.require(step, r, user)).isInstanceOf(RuleViolation.class);
		}
	}

	@Test
	void refusalsSayWhyInTheClerksWords() {
		CertificateRequest waiting = request(RequestStatus.AWAITING_APPROVAL);
		assertThatThrownBy(() -> RequestSteps.require(Step.APPROVE, waiting, PARTIES.get("other_head")))
			.hasMessage("只有受理该申请的村（社区）可以办理");
		assertThatThrownBy(() -> RequestSteps.require(Step.APPROVE, waiting, PARTIES.get("clerk")))
			.hasMessage("只有村（社区）负责人可以审批");
		assertThatThrownBy(() -> RequestSteps.require(Step.ISSUE, waiting, PARTIES.get("head")))
			.hasMessage("当前状态为“待负责人审批”，不能办理此步骤");
	}

	@Test
	void thePageOffersWhatTheTableAllows() {
		QingdanUser clerk = PARTIES.get("clerk");
		QingdanUser head = PARTIES.get("head");
		assertThat(Can.of(request(RequestStatus.AWAITING_APPROVAL), clerk))
			.isEqualTo(new Can(false, false, false, false, true, false, true, false, false, false, true));
		assertThat(Can.of(request(RequestStatus.AWAITING_APPROVAL), head))
			.isEqualTo(new Can(false, false, false, true, false, false, true, false, false, false, true));
		assertThat(Can.of(request(RequestStatus.IN_PROGRESS), clerk))
			.isEqualTo(new Can(false, false, false, false, false, true, true, false, false, false, true));
		assertThat(Can.of(request(RequestStatus.AWAITING_BASIS), clerk))
			.isEqualTo(new Can(true, true, false, false, false, false, true, false, false, false, true));
		assertThat(Can.of(request(RequestStatus.ISSUED), clerk))
			.isEqualTo(new Can(false, false, false, false, false, false, false, true, true, false, true));
		assertThat(Can.of(request(RequestStatus.REFUSED), PARTIES.get("township")))
			.isEqualTo(new Can(false, false, false, false, false, false, false, false, false, true, false));
		for (RequestStatus closed : List.of(RequestStatus.REFUSED, RequestStatus.REVOKED)) {
			PARTIES.forEach((name, u) -> assertThat(Can.of(request(closed), u).act()).as(closed + " " + name).isFalse());
		}
		for (RequestStatus open : RequestStatus.values()) {
			PARTIES.forEach((name, u) -> assertThat(Can.of(request(open), u).act()).as(open + " " + name)
				.isEqualTo(RequestSteps.Party.of(u, request(open)).ownVillage() && open != RequestStatus.REFUSED
						&& open != RequestStatus.REVOKED));
		}
	}
}
