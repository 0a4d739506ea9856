package cn.qingdan.village;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.workflow.sweep.Deadline;
import cn.qingdan.workflow.sweep.DeadlineSource;
import cn.qingdan.workflow.sweep.SweepRound;

/**
 * Opinions on the clock: their reply deadlines for the kit's reminder and overdue sweeps (the village's clerks are
 * told), and the escalation rule — an opinion still unanswered the day after its deadline goes to the township
 * (督办), once per opinion and deadline, under the sweep lock.
 */
@Component
class OpinionEscalation implements DeadlineSource {

	static final String RULE = "village-escalation";

	private static final Logger log = LoggerFactory.getLogger(OpinionEscalation.class);

	private final Opinions opinions;
	private final Matters m;
	private final SweepRound round;

	OpinionEscalation(Opinions opinions, Matters m, SweepRound round) {
		this.opinions = opinions;
		this.m = m;
		this.round = round;
	}

	@Scheduled(cron = "${qingdan.sweeps.cron:0 7 * * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		run();
	}

	/** One round: returns how many opinions went to the township, or -1 when another run held the lock. */
	@Transactional
	int run() {
		LocalDate today = m.today();
		int n = round.actOnce(RULE, () -> opinions.overdueToEscalate(today), o -> "village-opinion:" + o.id(),
				Opinion::dueOn, o -> opinions.escalate(o, "请乡镇督促办理并答复"));
		if (n > 0) {
			log.info("村民意见逾期提请乡镇督办：{} 件", n);
		}
		return n;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		return m.jdbc().sql("""
				select id, county_unit_id, village_unit_id, kind, due_on from village_opinion
				where status in ('OPEN', 'REOPENED') and due_on between ? and ?""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, i) -> new Deadline("village-opinion:" + rs.getLong("id"), rs.getDate("due_on").toLocalDate(),
					rs.getLong("county_unit_id"), rs.getLong("village_unit_id"), Set.of("VILLAGE_CLERK", "VILLAGE_HEAD"),
					"村民意见", "INQUIRY".equals(rs.getString("kind")) ? "答复村民对公开事项的质询" : "答复村民意见",
					"/village/opinions/" + rs.getLong("id")))
			.list();
	}
}
