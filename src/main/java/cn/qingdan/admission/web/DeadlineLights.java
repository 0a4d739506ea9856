package cn.qingdan.admission.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.admission.Application;
import cn.qingdan.shared.DeadlineLight;
import cn.qingdan.shared.DeadlineLight.Light;

/**
 * The deadline light of an application: which deadline is on the clock (the filing deadline of an emergency, the
 * decision deadline under review, none otherwise), coloured by the one rule ({@link DeadlineLight}).
 */
@Component
class DeadlineLights {

	private final DeadlineLight rule;

	DeadlineLights(DeadlineLight rule) {
		this.rule = rule;
	}

	Light light(Application a) {
		LocalDate due = a.status() == Application.Status.EMERGENCY ? a.filingDeadline()
				: a.status().onClock() ? a.decisionDeadline() : null;
		return rule.of(due);
	}

	Map<Long, Light> lights(List<Application> list) {
		Map<Long, Light> m = new HashMap<>();
		list.forEach(a -> m.put(a.id(), light(a)));
		return m;
	}
}
