package cn.qingdan.demo;

import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.demo.DemoDataset;

/**
 * Above the demo county: the city's and the province's burden-reduction offices (咸阳市、陕西省基层减负办) with their
 * accounts {@code xianyang_jfb} and {@code shaanxi_jfb}; and, with the city's divisions imported, each other county of
 * the city with its office and a few departments, for the comparison data of admission.
 */
@Component
class DemoCity implements DemoDataset {

	static final List<String> DEPARTMENTS = List.of("县民政局", "县农业农村局", "县卫生健康局", "县应急管理局");

	private final Units units;
	private final UnitTree tree;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;
	private final boolean cityCounties;

	DemoCity(Units units, UnitTree tree, UserAccounts accounts, ApplicationEventPublisher events,
			@Value("${qingdan.demo.city-counties:true}") boolean cityCounties) {
		this.units = units;
		this.tree = tree;
		this.accounts = accounts;
		this.events = events;
		this.cityCounties = cityCounties;
	}

	@Override
	public int order() {
		return 21;
	}

	@Override
	public String description() {
		return "市、省基层减负办与同市其他县单位";
	}

	@Override
	public boolean present(String countyCode) {
		return accounts.findByUsername("xianyang_jfb").isPresent();
	}

	@Override
	public int load(String countyCode) {
		Unit city = units.establishRegionOffice(countyCode.substring(0, 4), "咸阳市基层减负办");
		Unit province = units.establishRegionOffice(countyCode.substring(0, 2), "陕西省基层减负办");
		accounts.ensureDemoUser("xianyang_jfb", "韩晓东", city.id(), EnumSet.of(Role.REGION_OFFICE), "13891041301",
				DemoData.PASSWORD);
		accounts.ensureDemoUser("shaanxi_jfb", "郑雅琴", province.id(), EnumSet.of(Role.REGION_OFFICE), "13891041302",
				DemoData.PASSWORD);
		int made = 2;
		if (cityCounties) {
			for (String code : siblings(countyCode)) {
				Unit county = units.establishCounty(code);
				DataScope scope = new DataScope(DataScope.Kind.COUNTY, county.id(), county.path());
				if (tree.ofType(county.id(), Unit.Type.OFFICE, false).isEmpty()) {
					units.create(scope, county.name() + "基层减负办", Unit.Type.OFFICE, county.id(), null);
					for (String department : DEPARTMENTS) {
						units.create(scope, department, Unit.Type.DEPARTMENT, county.id(), null);
					}
				}
				made++;
			}
		}
		events.publishEvent(AuditEvent.success("初始化演示数据", "单位", city.id(),
				"市、省基层减负办及 2 个演示账号；同市其他县 " + (made - 2) + " 个"));
		return made;
	}

	private List<String> siblings(String countyCode) {
		return units.regionChildren(countyCode.substring(0, 4)).stream()
			.filter(code -> !code.startsWith(countyCode))
			.toList();
	}
}
