package cn.qingdan.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.events.ConsultationRequested;
import cn.qingdan.workflow.timeline.Subject;

/** Step 发起征求意见 (事前协商): the office sends a draft to chosen units for comments within some working days. */
@Component
class StartConsultation {

	private final ProposalStore store;
	private final Units units;
	private final Consultations consultations;
	private final WorkingDays workingDays;
	private final Clock clock;

	StartConsultation(ProposalStore store, Units units, Consultations consultations, WorkingDays workingDays, Clock clock) {
		this.store = store;
		this.units = units;
		this.consultations = consultations;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** Sends the proposal to the chosen units for comments within {@code days} working days; returns the deadline. */
	@Transactional
	LocalDate consult(QingdanUser actor, long id, int expectedVersion, List<Long> unitIds, int days) {
		ChangeProposal p = store.require(id, actor, Step.CONSULT);
		if (store.changes(id).isEmpty()) {
			throw new RuleViolation("申请中尚无调整内容，不能发起征求意见");
		}
		if (unitIds == null || unitIds.isEmpty()) {
			throw new RuleViolation("unitIds", "请至少选择一个征求意见的单位");
		}
		if (days < 1 || days > 30) {
			throw new RuleViolation("days", "征求意见期限为 1–30 个工作日");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate deadline = workingDays.plusWorkingDays(today, days);
		for (Long unitId : new HashSet<>(unitIds)) {
			units.unit(unitId, actor.scope())
				.filter(u -> u.type() == Unit.Type.TOWNSHIP || u.type() == Unit.Type.DEPARTMENT || u.type() == Unit.Type.VILLAGE)
				.orElseThrow(() -> new RuleViolation("unitIds", "所选单位不存在或不能征求意见"));
		}
		List<String> names = consultations.open(Subject.proposal(id), new HashSet<>(unitIds), deadline).stream()
			.map(Unit::name).toList();
		store.transition(p, expectedVersion, Status.CONSULTING);
		store.jdbc().sql("update change_proposal set consult_started_at = ?, consult_deadline = ? where id = ?")
			.params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(deadline), id)
			.update();
		String note = "征求 " + String.join("、", names) + " 意见，" + days + " 个工作日内（" + deadline + " 前）反馈";
		store.record(id, actor, "发起征求意见", note);
		store.audit("发起清单调整征求意见", id, note);
		store.publish(new ConsultationRequested(Subject.PROPOSAL, id, store.countyOf(p), p.title(),
				"/catalogue/proposals/" + id, new ArrayList<>(new HashSet<>(unitIds)), deadline));
		return deadline;
	}
}
