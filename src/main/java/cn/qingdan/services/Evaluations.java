package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.RuleViolation;

/**
 * Satisfaction against the contract's terms (seed 001: 以合同条款为依据开展满意度评定, instead of target assessment):
 * each village served rates each clause; a clause not met holds the next unpaid milestone until the buyer releases it.
 * The report gives results per clause and lists villages in the tree's order — never a ranking of villages.
 */
@Service
public class Evaluations {

	private final JdbcClient jdbc;
	private final Contracts contracts;
	private final UnitTree tree;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Evaluations(JdbcClient jdbc, Contracts contracts, UnitTree tree, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.tree = tree;
		this.events = events;
		this.clock = clock;
	}

	/** One village's evaluation of one clause. */
	public record Evaluation(long id, long clauseId, String clauseTitle, long villageUnitId, String village, String period, boolean met,
			int score, String comment, Integer residentsAsked, Integer residentsSatisfied, LocalDate on) {
	}

	/** A payment hold: open until released. */
	public record Hold(long id, long milestoneId, String reason, LocalDate heldOn, LocalDate releasedOn, String releaseNote) {

		public boolean open() {
			return releasedOn == null;
		}
	}

	/** The report line of a clause: how many villages rated it, met and not met, the mean score. */
	public record ClauseResult(Contract.Clause clause, int evaluations, int met, int notMet, Integer meanScore) {
	}

	/** Who may evaluate: the clerk or head of a village the contract serves. */
	public static boolean mayEvaluate(QingdanUser me, Contract.Detail d) {
		return (me.hasRole("VILLAGE_CLERK") || me.hasRole("VILLAGE_HEAD")) && d.serves(me.unitId());
	}

	@Transactional
	public long evaluate(QingdanUser me, long contractId, Long clauseId, String period, Boolean met, Integer score,
			String comment, Integer residentsAsked, Integer residentsSatisfied) {
		Contract.Detail d = contracts.detail(me, contractId);
		if (!mayEvaluate(me, d)) {
			throw new RuleViolation("只有服务对象村（社区）可以评价");
		}
		Contract.Clause clause = d.clauses().stream().filter(c -> clauseId != null && c.id() == clauseId).findFirst()
			.orElseThrow(() -> new RuleViolation("clauseId", "请选择合同条款"));
		String p = Texts.required("period", period, 20, "评价期间");
		if (met == null) {
			throw new RuleViolation("met", "请选择该条款是否达到");
		}
		if (score == null || score < 0 || score > 100) {
			throw new RuleViolation("score", "满意度得分应为 0–100 的整数");
		}
		String text = Texts.optional("comment", comment, 1000, "评价意见");
		if ((!met || score < 60) && text == null) {
			throw new RuleViolation("comment", "未达到或不满意时，请写明哪里没有达到合同条款");
		}
		if (clause.byResidents()) {
			if (residentsAsked == null || residentsAsked < 1 || residentsAsked > 100_000) {
				throw new RuleViolation("residentsAsked", "本条款由居民参与评价，请填写参与评价的居民人数");
			}
			if (residentsSatisfied == null || residentsSatisfied < 0 || residentsSatisfied > residentsAsked) {
				throw new RuleViolation("residentsSatisfied", "满意的居民人数应在 0 至参与人数之间");
			}
		}
		else if (residentsAsked != null || residentsSatisfied != null) {
			throw new RuleViolation("residentsAsked", "本条款不由居民参与评价");
		}
		if (jdbc.sql("select count(*) from service_evaluation where clause_id = ? and village_unit_id = ? and period = ?")
			.params(clause.id(), me.unitId(), p).query(Long.class).single() > 0) {
			throw new RuleViolation("period", "本村（社区）已评价过该条款的“" + p + "”");
		}
		long id = jdbc.sql("insert into service_evaluation (contract_id, clause_id, village_unit_id, period, met, score, comment,"
				+ " residents_asked, residents_satisfied, evaluated_by, evaluated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(d.contract().id(), clause.id(), me.unitId(), p, met, score, text, residentsAsked, residentsSatisfied,
					me.username(), java.sql.Timestamp.from(clock.instant()))
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success("评价购买服务条款", "购买服务合同", d.contract().id(), d.contract().number() + "："
				+ me.unitName() + "评价第 " + clause.position() + " 条“" + clause.title() + "”" + (met ? "达到" : "未达到") + "，" + score + " 分"));
		if (!met) {
			hold(d, clause, id, me.unitName(), text);
		}
		return id;
	}

	/** Holds the first milestone not fully paid and not already held; records nothing when all is paid. */
	private void hold(Contract.Detail d, Contract.Clause clause, long evaluationId, String village, String comment) {
		Long milestone = jdbc.sql("""
				select m.id from service_milestone m where m.contract_id = ?
				  and m.amount > (select coalesce(sum(p.amount), 0) from service_payment p where p.milestone_id = m.id)
				  and not exists (select 1 from service_payment_hold h where h.milestone_id = m.id and h.released_at is null)
				order by m.position limit 1""").param(d.contract().id()).query(Long.class).optional().orElse(null);
		if (milestone == null) {
			return;
		}
		String reason = village + "评价第 " + clause.position() + " 条“" + clause.title() + "”未达到：" + comment;
		jdbc.sql("insert into service_payment_hold (contract_id, milestone_id, evaluation_id, reason, held_at) values (?, ?, ?, ?, ?)")
			.params(d.contract().id(), milestone, evaluationId, cn.qingdan.shared.Inputs.fit(reason, 1000),
					java.sql.Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(AuditEvent.success("暂缓支付", "购买服务合同", d.contract().id(), d.contract().number() + "：" + reason));
	}

	/** The buyer releases a hold once the supplier has put it right. */
	@Transactional
	public void release(QingdanUser me, long contractId, long holdId, String note) {
		Contract c = contracts.require(me, contractId);
		if (c.buyerUnitId() != me.unitId()) {
			throw new RuleViolation("只有购买方可以解除暂缓支付");
		}
		String n = Texts.required("note", note, 1000, "整改情况");
		int updated = jdbc.sql("update service_payment_hold set released_by = ?, released_at = ?, release_note = ?"
				+ " where id = ? and contract_id = ? and released_at is null")
			.params(me.username(), java.sql.Timestamp.from(clock.instant()), n, holdId, c.id()).update();
		if (updated == 0) {
			throw new RuleViolation("该暂缓支付已解除或不存在");
		}
		events.publishEvent(AuditEvent.success("解除暂缓支付", "购买服务合同", c.id(), c.number() + "：" + n));
	}

	public List<Hold> holds(long contractId) {
		return jdbc.sql("select id, milestone_id, reason, (held_at at time zone 'Asia/Shanghai')::date,"
				+ " (released_at at time zone 'Asia/Shanghai')::date, release_note from service_payment_hold where contract_id = ? order by id")
			.param(contractId)
			.query((rs, n) -> new Hold(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

	public List<Evaluation> of(long contractId) {
		List<Evaluation> raw = jdbc.sql("select e.id, e.clause_id, e.village_unit_id, e.period, e.met, e.score, e.comment,"
				+ " e.residents_asked, e.residents_satisfied, (e.evaluated_at at time zone 'Asia/Shanghai')::date,"
				+ " c.position || '. ' || c.title"
				+ " from service_evaluation e join service_clause c on c.id = e.clause_id where e.contract_id = ?"
				+ " order by c.position, e.period, e.village_unit_id").param(contractId)
			.query((rs, n) -> new Evaluation(rs.getLong(1), rs.getLong(2), rs.getString(11), rs.getLong(3), null, rs.getString(4), rs.getBoolean(5),
					rs.getInt(6), rs.getString(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getObject(10, LocalDate.class)))
			.list();
		Map<Long, String> names = tree.names(raw.stream().map(Evaluation::villageUnitId).distinct().toList());
		return raw.stream().map(e -> new Evaluation(e.id(), e.clauseId(), e.clauseTitle(), e.villageUnitId(), names.get(e.villageUnitId()),
				e.period(), e.met(), e.score(), e.comment(), e.residentsAsked(), e.residentsSatisfied(), e.on())).toList();
	}

	/** The evaluation report: one line per clause. */
	public static List<ClauseResult> report(Contract.Detail d, List<Evaluation> evaluations) {
		List<ClauseResult> out = new ArrayList<>();
		for (Contract.Clause c : d.clauses()) {
			List<Evaluation> mine = evaluations.stream().filter(e -> e.clauseId() == c.id()).toList();
			int met = (int) mine.stream().filter(Evaluation::met).count();
			Integer mean = mine.isEmpty() ? null
					: (int) Math.round(mine.stream().mapToInt(Evaluation::score).average().orElse(0));
			out.add(new ClauseResult(c, mine.size(), met, mine.size() - met, mean));
		}
		return out;
	}
}
