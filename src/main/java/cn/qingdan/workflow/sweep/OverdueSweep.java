package cn.qingdan.workflow.sweep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.qingdan.workflow.events.DeadlinePassed;

/**
 * Rule: once a deadline has passed with the item still open, mark it overdue (a {@code sweep_mark}) and announce
 * {@link DeadlinePassed} — once per item and deadline. Deadlines that passed more than {@value #LOOK_BACK_DAYS} days
 * ago are left alone, so a first run on old data does not flood anyone.
 */
@Component
class OverdueSweep {

	static final String RULE = "overdue";
	static final int LOOK_BACK_DAYS = 30;

	private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

	private final SweepRound round;
	private final List<DeadlineSource> sources;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OverdueSweep(SweepRound round, List<DeadlineSource> sources, ApplicationEventPublisher events, Clock clock) {
		this.round = round;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${qingdan.sweeps.cron:0 7 * * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		run();
	}

	/** One round; returns how many overdue items it announced, or -1 when another run held the lock. */
	int run() {
		LocalDate today = LocalDate.now(clock);
		int marked = round.actOnce(RULE, () -> sources.stream()
			.flatMap(source -> source.dueBetween(today.minusDays(LOOK_BACK_DAYS), today.minusDays(1)).stream())
			.toList(), Deadline::key, Deadline::due, d -> events.publishEvent(new DeadlinePassed(d)));
		if (marked > 0) {
			log.info("逾期标记：{} 项", marked);
		}
		return marked;
	}
}
