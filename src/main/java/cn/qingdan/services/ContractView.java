package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;

/** Everything a contract's page shows, with what the actor may do there; and the printable summary. */
@Service
public class ContractView {

	private final Contracts contracts;
	private final Payments payments;
	private final Evaluations evaluations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ContractView(Contracts contracts, Payments payments, Evaluations evaluations, ApplicationEventPublisher events, Clock clock) {
		this.contracts = contracts;
		this.payments = payments;
		this.evaluations = evaluations;
		this.events = events;
		this.clock = clock;
	}

	/** The page's data and flags. */
	public record Page(Contract.Detail detail, List<Payments.Line> schedule, List<Payments.Payment> payments,
			List<Evaluations.Hold> holds, List<Evaluations.Evaluation> evaluations, List<Evaluations.ClauseResult> report,
			boolean buyer, boolean mayEvaluate) {

		public long openHolds() {
			return holds.stream().filter(Evaluations.Hold::open).count();
		}
	}

	public Page page(QingdanUser me, long id) {
		Contract.Detail d = contracts.detail(me, id);
		List<Evaluations.Hold> holds = evaluations.holds(id);
		List<Evaluations.Evaluation> evals = evaluations.of(id);
		return new Page(d, payments.schedule(d, holds.stream().filter(Evaluations.Hold::open).toList()), payments.of(id), holds,
				evals, Evaluations.report(d, evals), d.contract().buyerUnitId() == me.unitId(), Evaluations.mayEvaluate(me, d));
	}

	/** The A4 summary as a PDF (printing it is audited like other documents). */
	public byte[] summary(QingdanUser me, long id) {
		Page p = page(me, id);
		events.publishEvent(AuditEvent.success("打印购买服务合同摘要", "购买服务合同", id, p.detail().contract().number()));
		return ContractSummary.pdf(p.detail(), p.schedule(), p.report(), LocalDate.now(clock));
	}
}
