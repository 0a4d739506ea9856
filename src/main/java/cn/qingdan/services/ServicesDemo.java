package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.AssistanceFunding;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.demo.DemoDataset;

/**
 * Demo (order 85): the fifth list published through the change procedure, five social organisations (one grade
 * expired, one not rated) and village organisations, 24 contracts of this year's and next year's budget from 县民政局,
 * 县农业农村局, 苏坊镇 and 武功镇, payments in every state, evaluations (one clause not met, its payment held), and the
 * register's 2026 matters partly funded (低保 through villages' delegation agreements) or not at all (临时救助).
 */
@Component
class ServicesDemo implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(ServicesDemo.class);

	private final ServicesDemoList list;
	private final ServicesDemoContracts contracts;
	private final Suppliers suppliers;
	private final AssistanceFunding funding;
	private final Units units;
	private final UnitTree tree;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final Clock clock;

	ServicesDemo(ServicesDemoList list, ServicesDemoContracts contracts, Suppliers suppliers, AssistanceFunding funding,
			Units units, UnitTree tree, UserDetailsService users, JdbcClient jdbc, Clock clock) {
		this.list = list;
		this.contracts = contracts;
		this.suppliers = suppliers;
		this.funding = funding;
		this.units = units;
		this.tree = tree;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 85;
	}

	@Override
	public String description() {
		return "政府购买服务";
	}

	@Override
	public boolean present(String countyCode) {
		Unit county = units.byRegion(countyCode).orElse(null);
		return county == null || jdbc.sql("select count(*) from service_supplier where county_unit_id = ?").param(county.id())
			.query(Long.class).single() > 0;
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		int version = list.load(county.id());
		if (version == 0) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock);
		int y = today.getYear();
		QingdanUser minzheng = user("minzheng");
		Supplier xiyang = suppliers.registerSocialOrganisation(minzheng, "武功县夕阳红居家养老服务中心", "52610431MJX5A0012K", "5A", LocalDate.of(y - 2, 6, 18));
		Supplier qihang = suppliers.registerSocialOrganisation(minzheng, "武功县启航社会工作服务中心", "52610431MJY4B0027P", "4A", LocalDate.of(y - 3, 9, 10));
		Supplier yangguang = suppliers.registerSocialOrganisation(minzheng, "武功县阳光助残服务中心", "52610431MJU3C0035W", "3A", LocalDate.of(y - 2, 5, 20));
		Supplier lvye = suppliers.registerSocialOrganisation(minzheng, "武功县绿野文体志愿服务协会", "51610431MJT3D0041X", "3A", LocalDate.of(y - 6, 11, 12));
		suppliers.registerSocialOrganisation(minzheng, "武功县安心社区矫正服务社", "52610431MJR0E0058N", null, null);
		String dibao = number(county.id(), y, "协助开展最低生活保障对象动态管理（按季度）");
		ServicesDemoContracts.Orgs orgs = new ServicesDemoContracts.Orgs(xiyang, qihang, yangguang, lvye);
		Unit sufang = units.byRegion(countyCode + "101").orElseThrow();
		QingdanUser wugongzhen = user("wugongzhen");
		List<Long> sufangVillages = tree.enabledVillagesOf(List.of(sufang.id()));
		List<Long> wugongVillages = tree.enabledVillagesOf(List.of(wugongzhen.unitId()));
		int n = contracts.load(y, today, orgs, dibao, sufangVillages, wugongVillages);
		log.info("演示数据：政府购买服务事项清单随第 {} 版发布；5 家社会组织，{} 份购买服务合同", version, n);
		return n;
	}

	/** The admission number of this year's matter of that title, or null when the demo register lacks it. */
	private String number(long county, int year, String title) {
		return funding.inForce(county, year).stream().filter(m -> m.title().equals(title)).map(AssistanceFunding.Matter::number)
			.findFirst().orElse(null);
	}

	private QingdanUser user(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}
}
