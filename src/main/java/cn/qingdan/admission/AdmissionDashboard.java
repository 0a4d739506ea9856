package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.dashboard.DashboardProvider;
import tools.jackson.databind.json.JsonMapper;

/** A village's home page: the admitted matters in force on it this year, with each one's hours a year. */
@Component
@Order(50)
class AdmissionDashboard implements DashboardProvider {

	private final Burden burden;
	private final JsonMapper json;
	private final Clock clock;

	AdmissionDashboard(Burden burden, JsonMapper json, Clock clock) {
		this.burden = burden;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public List<DashboardPanel> panelsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || !"VILLAGE".equals(user.unit().type())
				|| !(user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD))) {
			return List.of();
		}
		int year = LocalDate.now(clock).getYear();
		List<Application> matters = burden.mattersOf(user.unit().rootId(), user.unitId(), year);
		if (matters.isEmpty()) {
			return List.of();
		}
		BigDecimal total = matters.stream().map(Application::hoursPerVillageYear).reduce(BigDecimal.ZERO, BigDecimal::add);
		String chart = json.writeValueAsString(Map.of("type", "bar",
				"labels", matters.stream().map(a -> a.title().length() > 10 ? a.title().substring(0, 10) + "…" : a.title()).toList(),
				"series", List.of(Map.of("name", "小时/年", "data", matters.stream().map(Application::hoursPerVillageYear).toList()))));
		return List.of(new DashboardPanel("本村（社区）" + year + " 年在实施的准入事项：" + matters.size() + " 项，合计约 "
				+ total.stripTrailingZeros().toPlainString() + " 小时", chart, "/admission/burden/villages/" + user.unitId(),
				"逐项查看", "本村（社区）在实施的准入事项每年所需工时柱状图"));
	}
}
