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

	private final SweepLock lock;
	private final SweepMarks marks;
	private final List<DeadlineSource> sources;
	private final WorkingDays workingDays;
	private final ReminderProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReminderSweep(SweepLock lock, SweepMarks marks, List<DeadlineSource> sources, WorkingDays workingDays,
			ReminderProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.lock = lock;
		this.marks = marks;
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
		int[] sent = { 0 };
		boolean ran = lock.runExclusively(RULE, () -> {
			for (DeadlineSource source : sources) {
				for (Deadline d : source.dueBetween(today, until)) {
					if (marks.firstTime(RULE, d.key(), d.due())) {
						events.publishEvent(new DeadlineApproaching(d));
						sent[0]++;
					}
				}
			}
		});
		if (sent[0] > 0) {
			log.info("到期提醒：发出 {} 条（{} 至 {} 到期）", sent[0], today, until);
		}
		return ran ? sent[0] : -1;
	}
}
