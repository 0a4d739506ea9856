package cn.qingdan.workflow.sweep;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders: how many working days before a deadline the unit that must act is reminded
 * ({@code qingdan.reminders.working-days-before}, default 2; 0 reminds on the day itself).
 */
@ConfigurationProperties("qingdan.reminders")
public record ReminderProperties(@DefaultValue("2") int workingDaysBefore) {

	public ReminderProperties {
		if (workingDaysBefore < 0 || workingDaysBefore > 30) {
			throw new IllegalArgumentException("qingdan.reminders.working-days-before 应为 0–30 个工作日");
		}
	}
}
