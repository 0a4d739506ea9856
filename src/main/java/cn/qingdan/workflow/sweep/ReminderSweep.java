package cn.qingdan.workflow.sweep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.events.DeadlineApproaching;

/**
 * Rule: remind the unit that must act {@code qingdan.reminders.working-days-before} working days before a deadline
 * (on the official calendar) — once per item and deadline, however often the sweep runs and on however many nodes.
 */
@Component
class ReminderSweep {

	static final String RULE = "reminder";

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	private final SweepRound round;
	private final List<DeadlineSource> sources;
	private final WorkingDays workingDays;
	private final ReminderProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReminderSweep(SweepRound round, List<DeadlineSource> sources, WorkingDays workingDays,
			ReminderProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.round = round;
		this.sources = sources;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${qingdan.sweeps.cron:0 7 * * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		run();
	}

	/** One round; returns how many reminders it announced, or -1 when another run held the lock. */
	int run() {
		LocalDate today = LocalDate.now(clock);
		LocalDate until = workingDays.plusWorkingDays(today, properties.workingDaysBefore());
		int sent = round.actOnce(RULE, () -> sources.stream()
			.flatMap(source -> source.dueBetween(today, until).stream())
			.toList(), Deadline::key, Deadline::due, d -> events.publishEvent(new DeadlineApproaching(d)));
		if (sent > 0) {
			log.info("到期提醒：发出 {} 条（{} 至 {} 到期）", sent, today, until);
		}
		return sent;
	}
}
