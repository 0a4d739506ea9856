package cn.qingdan.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.DeadlineLight.Light;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline light on literal dates. 2026 National Day: 1–7 October (Thursday to Wednesday) are holidays, Saturday
 * 10 October is an adjusted working day; 12 November 2026 is a Thursday.
 */
class DeadlineLightTest {

	private final DeadlineLight lights = new DeadlineLight(new WorkingDays(),
			Clock.fixed(LocalDate.of(2026, 9, 29).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));

	private static final LocalDate TUESDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 29);

	@Test
	void noDeadlineHasNoLight() {
		assertThat(lights.of(null)).isEqualTo(Light.NONE);
	}

	@Test
	void overdueIsRedAndTheDeadlineDayItselfIsYellow() {
		assertThat(lights.of(LocalDate.of(2026, 9, 28))).isEqualTo(Light.RED);
		assertThat(lights.of(LocalDate.of(2026, 9, 29))).isEqualTo(Light.YELLOW);
	}

	@Test
	void theNationalDayHolidayDoesNotCountAsTimeLeft() {
		// (29 Sep, 8 Oct] holds two working days, 30 Sep and 8 Oct: nine calendar days but yellow
		assertThat(lights.of(LocalDate.of(2026, 10, 8), TUESDAY_BEFORE_NATIONAL_DAY)).isEqualTo(Light.YELLOW);
		assertThat(lights.of(LocalDate.of(2026, 10, 9), TUESDAY_BEFORE_NATIONAL_DAY)).isEqualTo(Light.YELLOW);
		// Saturday 10 October is worked in lieu: the fourth working day
		assertThat(lights.of(LocalDate.of(2026, 10, 10), TUESDAY_BEFORE_NATIONAL_DAY)).isEqualTo(Light.GREEN);
		// a deadline inside the holiday, two working days ahead
		assertThat(lights.of(LocalDate.of(2026, 10, 3), TUESDAY_BEFORE_NATIONAL_DAY)).isEqualTo(Light.YELLOW);
	}

	@Test
	void aWeekendDoesNotCountAsTimeLeft() {
		LocalDate thursday = LocalDate.of(2026, 11, 12);
		// Fri 13, Mon 16, Tue 17: three working days over five calendar days
		assertThat(lights.of(LocalDate.of(2026, 11, 17), thursday)).isEqualTo(Light.YELLOW);
		assertThat(lights.of(LocalDate.of(2026, 11, 18), thursday)).isEqualTo(Light.GREEN);
		// a deadline on Sunday, seen on Friday: no working day left
		assertThat(lights.of(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 13))).isEqualTo(Light.YELLOW);
		assertThat(lights.of(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 13))).isEqualTo(Light.RED);
	}

	@Test
	void eachLightSaysWhatItMeans() {
		assertThat(Light.RED.meaning()).isEqualTo("已逾期");
		assertThat(Light.YELLOW.meaning()).isEqualTo("3 个工作日内到期");
		assertThat(Light.GREEN.meaning()).isEqualTo("在期限内");
		assertThat(Light.NONE.meaning()).isEqualTo("不计期限");
	}
}
