package cn.qingdan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.ModuleTestSupport;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.numbering.Numbering;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;

/**
 * The workflow kit on its own — with org (units) and what org needs, no workflow module at all — as a next workflow
 * (here a made-up 台账 "ledger") will use it: timeline, consultation and numbering in one transaction.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@Import(ModuleTestSupport.class)
@Transactional
class WorkflowModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Timeline timeline;

	@Autowired
	Consultations consultations;

	@Autowired
	Numbering numbering;

	@Autowired
	Units units;

	@Test
	void bootsWithoutAnyWorkflowModule() {
		for (String workflow : new String[] { "cn.qingdan.catalogue.ChangeProposals", "cn.qingdan.admission.Applications",
				"cn.qingdan.certificate.Certificates", "cn.qingdan.screening.ScreeningEngine" }) {
			assertThat(beanOfTypeNamed(workflow)).as(workflow).isFalse();
		}
		assertThat(context.getBeanNamesForType(Timeline.class)).hasSize(1);
	}

	@Test
	void aNewKindOfMatterGetsATimelineAConsultationAndNumbers() {
		Subject ledger = new Subject("ledger", 97001);
		Unit sufang = units.byRegion("610431101").orElseThrow();

		timeline.record(ledger, "李文静", "武功县基层减负办", "登记台账", "第一条");
		assertThat(consultations.open(ledger, List.of(sufang.id()), LocalDate.of(2026, 3, 9)))
			.extracting(Unit::name).containsExactly(sufang.name());
		Consultation answer = consultations.comment(ledger, sufang.id(), "sufang", "同意", null);
		assertThat(answer.opinion()).isEqualTo("同意");
		assertThat(answer.openedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(consultations.unanswered(ledger)).isZero();

		assertThat(timeline.of(ledger)).extracting(TimelineEntry::who, TimelineEntry::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("李文静（武功县基层减负办）", "登记台账"));

		int first = numbering.next("ledger-test", sufang.id(), Year.of(2026).getValue());
		assertThat(numbering.next("ledger-test", sufang.id(), 2026)).isEqualTo(first + 1);
	}

	private boolean beanOfTypeNamed(String className) {
		try {
			return context.getBeanNamesForType(Class.forName(className)).length > 0;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}
}
