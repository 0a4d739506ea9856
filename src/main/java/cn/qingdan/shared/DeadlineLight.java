package cn.qingdan.shared;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The one rule for a deadline's light (期限灯), wherever a deadline is shown: red once the deadline has passed, yellow
 * when at most {@value #WARNING_WORKING_DAYS} working days are left on the official calendar ({@link WorkingDays}:
 * holidays rest, adjusted working days work), green otherwise, and none when there is no deadline (or the matter is
 * no longer on the clock — the caller passes {@code null}). Templates use it through
 * {@code ~{deadline :: light(${due})}}.
 */
@Component
public class DeadlineLight {

	/** Yellow when this many working days, or fewer, are left (the deadline day itself counts). */
	public static final int WARNING_WORKING_DAYS = 3;

	public enum Light {
		RED("已逾期"), YELLOW("3 个工作日内到期"), GREEN("在期限内"), NONE("不计期限");

		private final String meaning;

		Light(String meaning) {
			this.meaning = meaning;
		}

		/** What the light means, as its tooltip says it. */
		public String meaning() {
			return meaning;
		}
	}

	private final WorkingDays workingDays;
	private final Clock clock;

	public DeadlineLight(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The light of a deadline today. */
	public Light of(LocalDate deadline) {
		return of(deadline, LocalDate.now(clock));
	}

	/** The light of a deadline on the given day: working days left are those in (today, deadline]. */
	public Light of(LocalDate deadline, LocalDate today) {
		if (deadline == null) {
			return Light.NONE;
		}
		if (deadline.isBefore(today)) {
			return Light.RED;
		}
		return workingDays.workingDaysBetween(today, deadline) <= WARNING_WORKING_DAYS ? Light.YELLOW : Light.GREEN;
	}
}
