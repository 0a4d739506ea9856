package cn.qingdan.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Party;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.shared.RuleViolation;

/**
 * The application workflow's decision table: every step × party × status, allowed (Y) or refused (.). The grid is
 * the specification (columns: the statuses in declaration order, DRAFT … FILED); the test walks all 1105 combinations against {@link ApplicationSteps#TABLE}.
 */
class ApplicationStepsTest {

	/** Parties as the table sees them: the applying department, the office, the approver, a consulted township, anyone else. */
	static final Map<String, Party> PARTIES = Map.of(
			"owner", new Party(true, false, false, false),
			"office", new Party(false, true, false, false),
			"approver", new Party(false, false, true, false),
			"consulted", new Party(false, false, false, true),
			"other", new Party(false, false, false, false));

	static final String[] GRID = {
		//step              party     Dr Rf Na Ct Cs As Aw Ad Rj Rv Wd Em Fi
		"EDIT               owner      Y  .  .  .  .  .  .  .  .  .  .  Y  .",
		"EDIT               office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"EDIT               approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"EDIT               consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"EDIT               other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"SUBMIT             owner      Y  .  .  .  .  .  .  .  .  .  .  .  .",
		"SUBMIT             office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"SUBMIT             approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"SUBMIT             consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"SUBMIT             other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"FILE               owner      .  .  .  .  .  .  .  .  .  .  .  Y  .",
		"FILE               office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"FILE               approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"FILE               consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"FILE               other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"WITHDRAW           owner      Y  .  .  .  Y  Y  Y  .  .  .  .  .  .",
		"WITHDRAW           office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"WITHDRAW           approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"WITHDRAW           consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"WITHDRAW           other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"RENEW              owner      .  .  .  .  .  .  .  Y  .  .  .  .  .",
		"RENEW              office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"RENEW              approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"RENEW              consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"RENEW              other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONTEST            owner      .  Y  Y  .  .  .  .  .  .  .  .  .  .",
		"CONTEST            office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONTEST            approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONTEST            consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONTEST            other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONFIRM            owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONFIRM            office     .  .  .  Y  .  .  .  .  .  .  .  .  .",
		"CONFIRM            approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONFIRM            consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CONFIRM            other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"OVERRIDE           owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"OVERRIDE           office     .  .  .  Y  .  .  .  .  .  .  .  .  .",
		"OVERRIDE           approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"OVERRIDE           consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"OVERRIDE           other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"COMMENT            owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"COMMENT            office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"COMMENT            approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"COMMENT            consulted  .  .  .  .  Y  .  .  .  .  .  .  .  .",
		"COMMENT            other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CLOSE_CONSULTATION owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CLOSE_CONSULTATION office     .  .  .  .  Y  .  .  .  .  .  .  .  .",
		"CLOSE_CONSULTATION approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CLOSE_CONSULTATION consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"CLOSE_CONSULTATION other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ASSESS             owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ASSESS             office     .  .  .  .  .  Y  .  .  .  .  .  .  .",
		"ASSESS             approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ASSESS             consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ASSESS             other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"APPROVE            owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"APPROVE            office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"APPROVE            approver   .  .  .  .  .  .  Y  .  .  .  .  .  .",
		"APPROVE            consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"APPROVE            other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REJECT             owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REJECT             office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REJECT             approver   .  .  .  .  .  .  Y  .  .  .  .  .  .",
		"REJECT             consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REJECT             other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REVOKE             owner      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REVOKE             office     .  .  .  .  .  .  .  Y  .  .  .  .  .",
		"REVOKE             approver   .  .  .  .  .  .  .  Y  .  .  .  .  .",
		"REVOKE             consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"REVOKE             other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ATTACH             owner      Y  .  .  .  .  .  .  .  .  .  .  Y  .",
		"ATTACH             office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ATTACH             approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ATTACH             consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"ATTACH             other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"DETACH             owner      Y  .  .  .  .  .  .  .  .  .  .  .  .",
		"DETACH             office     .  .  .  .  .  .  .  .  .  .  .  .  .",
		"DETACH             approver   .  .  .  .  .  .  .  .  .  .  .  .  .",
		"DETACH             consulted  .  .  .  .  .  .  .  .  .  .  .  .  .",
		"DETACH             other      .  .  .  .  .  .  .  .  .  .  .  .  .",
		"PRINT_REFUSAL      owner      .  Y  Y  .  .  .  .  .  .  .  .  .  .",
		"PRINT_REFUSAL      office     .  Y  Y  .  .  .  .  .  .  .  .  .  .",
		"PRINT_REFUSAL      approver   .  Y  Y  .  .  .  .  .  .  .  .  .  .",
		"PRINT_REFUSAL      consulted  .  Y  Y  .  .  .  .  .  .  .  .  .  .",
		"PRINT_REFUSAL      other      .  Y  Y  .  .  .  .  .  .  .  .  .  .",
	};

	static Stream<Arguments> combinations() {
		List<Arguments> all = new ArrayList<>();
		for (String line : GRID) {
			String[] cells = line.trim().split("\\s+");
			Step step = Step.valueOf(cells[0]);
			Party party = PARTIES.get(cells[1]);
			for (Status status : Status.values()) {
				all.add(Arguments.of(step, cells[1], party, status, cells[2 + status.ordinal()].equals("Y")));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} by {1} in {3}: {4}")
	@MethodSource("combinations")
	void theTableAllowsExactlyWhatTheGridSays(Step step, String who, Party party, Status status, boolean allowed) {
		assertThat(ApplicationSteps.TABLE.allows(step, status, party)).isEqualTo(allowed);
		if (allowed) {
			ApplicationSteps.check(step, status, party);
		}
		else {
			assertThatThrownBy(() -> ApplicationSteps.check(step, status, party)).isInstanceOf(RuleViolation.class);
		}
		assertThat(ApplicationSteps.can(status, party).get(step.flag())).isEqualTo(allowed);
	}

	@Test
	void theGridCoversEveryStepForEveryPartyAndEveryStatus() {
		assertThat(GRID).hasSize(Step.values().length * PARTIES.size());
		assertThat(Arrays.stream(GRID).map(l -> l.trim().split("\\s+"))).allSatisfy(c -> assertThat(c).hasSize(2 + Status.values().length));
		assertThat(Arrays.stream(GRID).map(l -> l.trim().split("\\s+")[0]).distinct())
			.containsExactlyInAnyOrder(Arrays.stream(Step.values()).map(Step::name).toArray(String[]::new));
	}

	@Test
	void aRefusalSaysWhoMayTakeTheStepBeforeItSaysTheStatus() {
		Party owner = PARTIES.get("owner");
		Party office = PARTIES.get("office");
		assertThatThrownBy(() -> ApplicationSteps.check(Step.SUBMIT, Status.DRAFT, office)).hasMessage("只有申请部门可以办理此步骤");
		assertThatThrownBy(() -> ApplicationSteps.check(Step.SUBMIT, Status.ADMITTED, owner))
			.hasMessage("只有草稿可以提交，当前状态为“已准入”");
		assertThatThrownBy(() -> ApplicationSteps.check(Step.APPROVE, Status.AWAITING_DECISION, office)).hasMessage("只有审定领导可以审定");
		assertThatThrownBy(() -> ApplicationSteps.check(Step.REVOKE, Status.REVOKED, office)).hasMessage("只有已准入事项可以撤销");
		assertThatThrownBy(() -> ApplicationSteps.check(Step.ATTACH, Status.CONSULTING, owner))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("file"));
	}

	@Test
	void flagsAreNamedForTemplates() {
		assertThat(Step.CLOSE_CONSULTATION.flag()).isEqualTo("closeConsultation");
		assertThat(Step.PRINT_REFUSAL.flag()).isEqualTo("printRefusal");
		assertThat(ApplicationSteps.can(Status.DRAFT, PARTIES.get("owner"))).containsEntry("submit", true).containsEntry("approve", false);
	}
}
