package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.dashboard.DashboardProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificate charts on the home pages of township officers and of the county office's roles: the last six months'
 * requests, issued and refused in their scope, and for county roles the same per township. Village clerks,
 * departments and the system administrator get none (the statistics page stays open to them).
 */
@Component
@Order(100)
class CertificateDashboard implements DashboardProvider {

	private static final Set<Role> COUNTY_ROLES = Set.of(Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER, Role.APPROVER,
			Role.INSPECTOR);

	private final CertificateStatistics statistics;
	private final JsonMapper json;

	CertificateDashboard(CertificateStatistics statistics, JsonMapper json) {
		this.statistics = statistics;
		this.json = json;
	}

	@Override
	public List<DashboardPanel> panelsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user)) {
			return List.of();
		}
		boolean county = user.roles().stream().anyMatch(COUNTY_ROLES::contains);
		boolean township = user.has(Role.TOWNSHIP_OFFICER);
		DataScope scope = user.scope();
		if (!county && !(township && scope.kind() == DataScope.Kind.UNIT_AND_BELOW)) {
			return List.of();
		}
		LocalDate today = statistics.today();
		LocalDate from = CertificateStatistics.defaultFrom(today);
		String link = "/certificates/statistics";
		List<DashboardPanel> panels = new ArrayList<>();
		var months = statistics.monthly(scope, from, today);
		panels.add(new DashboardPanel("近六个月证明开具情况",
				json.writeValueAsString(CertificateStatistics.chartSpec(CertificateStatistics.monthLabels(months),
						months.stream().map(StatisticsReport.MonthRow::figures).toList())),
				link, "证明开具统计", "近六个月每月受理、出具、不予出具的证明件数柱状图"));
		if (county) {
			var townships = statistics.perTownship(scope, from, today);
			panels.add(new DashboardPanel("近六个月各乡镇（街道）证明开具情况",
					json.writeValueAsString(CertificateStatistics.chartSpec(
							townships.stream().map(t -> t.township() == null ? "（未归属乡镇）" : t.township()).toList(),
							townships.stream().map(StatisticsReport.TownshipRow::figures).toList())),
					link, "按乡镇查看", "近六个月各乡镇（街道）受理、出具、不予出具的证明件数柱状图"));
		}
		return panels;
	}
}
