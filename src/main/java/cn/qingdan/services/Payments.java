package cn.qingdan.services;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.DeadlineLight;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** Payments against a contract's schedule and the state of each milestone. */
@Service
public class Payments {

	private final JdbcClient jdbc;
	private final Contracts contracts;
	private final DeadlineLight lights;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Payments(JdbcClient jdbc, Contracts contracts, DeadlineLight lights, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.lights = lights;
		this.events = events;
		this.clock = clock;
	}

	/** Where a milestone stands. */
	public enum State {
		PAID("已支付"), PAID_LATE("逾期支付"), PARTLY_PAID("部分支付"), DUE("未到期"), LATE("逾期未付"), HELD("暂缓支付");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A payment as recorded. */
	public record Payment(long id, long milestoneId, LocalDate paidOn, BigDecimal amount, String voucherNumber,
			String voucherName, String recordedBy) {
	}

	/** One milestone with what was paid against it, its state and light (red late, yellow soon, green, grey none). */
	public record Line(Contract.Milestone milestone, BigDecimal paid, LocalDate lastPaidOn, State state,
			DeadlineLight.Light light, Evaluations.Hold hold) {

		public BigDecimal outstanding() {
			return milestone.amount().subtract(paid);
		}
	}

	public List<Payment> of(long contractId) {
		return jdbc.sql("select id, milestone_id, paid_on, amount, voucher_number, voucher_name, recorded_by from service_payment"
				+ " where contract_id = ? order by paid_on, id").param(contractId)
			.query((rs, n) -> new Payment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** The schedule as it stands today. */
	public List<Line> schedule(Contract.Detail d, List<Evaluations.Hold> openHolds) {
		return schedule(d.milestones(), of(d.contract().id()), openHolds, LocalDate.now(clock));
	}

	List<Line> schedule(List<Contract.Milestone> milestones, List<Payment> payments, List<Evaluations.Hold> openHolds,
			LocalDate today) {
		List<Line> out = new ArrayList<>();
		for (Contract.Milestone m : milestones) {
			BigDecimal paid = BigDecimal.ZERO.setScale(2);
			LocalDate last = null;
			for (Payment p : payments) {
				if (p.milestoneId() == m.id()) {
					paid = paid.add(p.amount());
					last = last == null || p.paidOn().isAfter(last) ? p.paidOn() : last;
				}
			}
			Evaluations.Hold hold = openHolds.stream().filter(h -> h.milestoneId() == m.id()).findFirst().orElse(null);
			State state;
			if (paid.compareTo(m.amount()) >= 0) {
				state = last.isAfter(m.dueOn()) ? State.PAID_LATE : State.PAID;
			}
			else if (hold != null) {
				state = State.HELD;
			}
			else if (m.dueOn().isBefore(today)) {
				state = State.LATE;
			}
			else {
				state = paid.signum() > 0 ? State.PARTLY_PAID : State.DUE;
			}
			DeadlineLight.Light light = state == State.PAID || state == State.PAID_LATE || state == State.HELD
					? DeadlineLight.Light.NONE : lights.of(m.dueOn(), today);
			out.add(new Line(m, paid, last, state, light, hold));
		}
		return out;
	}

	/** Records a payment against a milestone (the buyer only); a held milestone is not paid until the hold is released. */
	@Transactional
	public long record(QingdanUser me, long contractId, Long milestoneId, LocalDate paidOn, String amountText,
			String voucherNumber, String voucherName, byte[] voucher) {
		Contract c = contracts.require(me, contractId);
		if (c.buyerUnitId() != me.unitId()) {
			throw new RuleViolation("只有购买方可以登记付款");
		}
		Contract.Detail d = contracts.detail(c);
		Contract.Milestone m = d.milestones().stream().filter(x -> milestoneId != null && x.id() == milestoneId).findFirst()
			.orElseThrow(() -> new RuleViolation("milestoneId", "请选择付款节点"));
		if (paidOn == null) {
			throw new RuleViolation("paidOn", "请填写付款日期");
		}
		Inputs.date("paidOn", paidOn, "付款日期");
		if (paidOn.isAfter(LocalDate.now(clock)) || paidOn.isBefore(c.signedOn())) {
			throw new RuleViolation("paidOn", "付款日期应在合同签订日期（" + c.signedOn() + "）至今天之间");
		}
		BigDecimal amount = Money.parse("amount", amountText, "付款金额");
		String voucherNo = Texts.required("voucherNumber", voucherNumber, 60, "凭证号");
		String type = voucher == null || voucher.length == 0 ? null : Vouchers.type(voucher);
		if (jdbc.sql("select count(*) from service_payment_hold where milestone_id = ? and released_at is null").param(m.id())
			.query(Long.class).single() > 0) {
			throw new RuleViolation("milestoneId", "该付款节点因服务条款未达到已暂缓支付，须整改后解除暂缓方可付款");
		}
		BigDecimal paid = jdbc.sql("select coalesce(sum(amount), 0) from service_payment where milestone_id = ?").param(m.id())
			.query(BigDecimal.class).single();
		if (paid.add(amount).compareTo(m.amount()) > 0) {
			throw new RuleViolation("amount", "付款金额超出该节点未付金额 " + Money.format(m.amount().subtract(paid)) + " 元");
		}
		long id = jdbc.sql("insert into service_payment (contract_id, milestone_id, paid_on, amount, voucher_number, voucher_name,"
				+ " voucher_type, voucher, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(c.id(), m.id(), paidOn, amount, voucherNo, type == null ? null : Texts.optional("voucher", voucherName, 200, "文件名"),
					type, type == null ? null : voucher, me.username(), java.sql.Timestamp.from(clock.instant()))
			.query(Long.class).single();
		events.publishEvent(new cn.qingdan.shared.rollup.FiguresChanged(c.countyUnitId(), c.budgetYear()));
		events.publishEvent(AuditEvent.success("登记购买服务付款", "购买服务合同", c.id(), c.number() + "：" + m.title() + " 付款 "
				+ Money.format(amount) + " 元，凭证号 " + voucherNo));
		return id;
	}

	/** A payment's voucher file within the actor's scope. */
	public Vouchers.File voucher(QingdanUser me, long contractId, long paymentId) {
		Contract c = contracts.require(me, contractId);
		return jdbc.sql("select voucher_name, voucher_type, voucher from service_payment where id = ? and contract_id = ? and voucher is not null")
			.params(paymentId, c.id())
			.query((rs, n) -> new Vouchers.File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional().orElseThrow(() -> new NotFound("付款凭证"));
	}
}
