package cn.qingdan.admission.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.admission.Application;
import cn.qingdan.shared.WorkingDays;

/** The deadline light of an application under review or awaiting its filing: red past due, yellow within 3 working days. */
@Component
class DeadlineLights {

	/** What each light means, as its tooltip says it. */
	static final Map<String, String> MEANING = Map.of("RED", "已逾期", "YELLOW", "3 个工作日内到期", "GREEN", "在期限内",
			"NONE", "不计期限");

	private final WorkingDays workingDays;
	private final Clock clock;

	DeadlineLights(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	String light(Application a) {
		LocalDate today = LocalDate.now(clock);
		LocalDate due = a.status() == Application.Status.EMERGENCY ? a.filingDeadline()
				: a.status().onClock() ? a.decisionDeadline() : null;
		if (due == null) {
			return "NONE";
		}
		if (today.isAfter(due)) {
			return "RED";
		}
		return workingDays.workingDaysBetween(today, due) <= 3 ? "YELLOW" : "GREEN";
	}

	Map<Long, String> lights(List<Application> list) {
		Map<Long, String> m = new HashMap<>();
		list.forEach(a -> m.put(a.id(), light(a)));
		return m;
	}
}
