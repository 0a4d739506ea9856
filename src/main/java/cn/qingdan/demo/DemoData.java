package cn.qingdan.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.demo.DemoDataset;

/** Builds the demo county's units and demo accounts (see the README for the logins). */
@Component
class DemoData implements DemoDataset {

	/** The password of every demo account; the forced first-login change is relaxed for demo accounts only. */
	static final String PASSWORD = "Qingdan@2026demo";

	static final List<String> DEPARTMENTS = List.of("县委组织部", "县委社会工作部", "县民政局", "县农业农村局", "县乡村振兴局",
			"县卫生健康局", "县公安局", "县人力资源和社会保障局", "县应急管理局", "县住房和城乡建设局", "县教育局", "县市场监督管理局",
			"咸阳市生态环境局武功分局", "县司法局", "县行政审批服务局", "县财政局", "县自然资源局", "县水利局", "县退役军人事务局", "县医疗保障局");

	/**
	 * County-level units that are not government departments, and departments only plans name (seed 004's 责任单位):
	 * name and type.
	 */
	static final List<Map.Entry<String, Unit.Type>> OTHER_UNITS = List.of(Map.entry("县委编办", Unit.Type.DEPARTMENT),
			Map.entry("县委政法委", Unit.Type.DEPARTMENT), Map.entry("县委目标绩效办", Unit.Type.DEPARTMENT),
			Map.entry("县经信局", Unit.Type.DEPARTMENT), Map.entry("县城乡环境综合治理办", Unit.Type.DEPARTMENT),
			Map.entry("县人大常委会", Unit.Type.CONGRESS), Map.entry("县政协", Unit.Type.CPPCC),
			Map.entry("县人民法院", Unit.Type.COURT), Map.entry("县人民检察院", Unit.Type.PROCURATORATE),
			Map.entry("县纪委监委", Unit.Type.DISCIPLINE), Map.entry("团县委", Unit.Type.MASS_ORGANISATION),
			Map.entry("县妇联", Unit.Type.MASS_ORGANISATION), Map.entry("县总工会", Unit.Type.MASS_ORGANISATION),
			Map.entry("经开区", Unit.Type.DEVELOPMENT_ZONE), Map.entry("县消防救援大队", Unit.Type.STATIONED));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Units units;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;

	DemoData(Units units, UserAccounts accounts, ApplicationEventPublisher events) {
		this.units = units;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String description() {
		return "单位树与演示账号";
	}

	@Override
	public boolean present(String countyCode) {
		return accounts.findByUsername("sysadmin").isPresent();
	}

	@Override
	public int load(String countyCode) {
		phoneSeq = 0;
		Unit county = units.establishCounty(countyCode);
		DataScope all = new DataScope(DataScope.Kind.ALL, county.id(), "/");
		Unit office = units.search(all, Unit.Type.OFFICE, null, 1).stream().findFirst()
			.orElseGet(() -> units.create(all, county.name() + "基层减负办", Unit.Type.OFFICE, county.id(), "029-3521xxxx"));
		for (String department : DEPARTMENTS) {
			if (units.search(all, Unit.Type.DEPARTMENT, department, 1).isEmpty()) {
				units.create(all, department, Unit.Type.DEPARTMENT, county.id(), null);
			}
		}
		for (var other : OTHER_UNITS) {
			if (units.search(all, other.getValue(), other.getKey(), 1).isEmpty()) {
				units.create(all, other.getKey(), other.getValue(), county.id(), null);
			}
		}
		Unit minzheng = department(all, "县民政局");
		Unit nongye = department(all, "县农业农村局");
		Unit sufang = units.byRegion(countyCode + "101").orElseThrow();
		Unit wugongzhen = units.byRegion(countyCode + "102").orElseThrow();
		Unit tianzhuang = units.byRegion(countyCode + "101200").orElseThrow();
		Unit tiechen = units.byRegion(countyCode + "101201").orElseThrow();

		user("sysadmin", "赵志强", county, Role.SYSTEM_ADMIN);
		user("jfb_admin", "李文静", office, Role.OFFICE_ADMIN);
		user("jfb_review", "王海涛", office, Role.OFFICE_REVIEWER);
		user("approver", "陈立新", county, Role.APPROVER);
		user("inspector", "刘建军", office, Role.INSPECTOR);
		user("minzheng", "张晓燕", minzheng, Role.DEPARTMENT_OFFICER);
		user("nongye", "杨博", nongye, Role.DEPARTMENT_OFFICER);
		user("sufang", "马红梅", sufang, Role.TOWNSHIP_OFFICER);
		user("wugongzhen", "孙卫东", wugongzhen, Role.TOWNSHIP_OFFICER);
		user("tianzhuang", "田永福", tianzhuang, Role.VILLAGE_CLERK);
		user("tiechen", "陈秀兰", tiechen, Role.VILLAGE_CLERK);
		user("tianzhuang_zr", "田建国", tianzhuang, Role.VILLAGE_HEAD);
		user("tiechen_zr", "陈宏伟", tiechen, Role.VILLAGE_HEAD);
		events.publishEvent(AuditEvent.success("初始化演示数据", "单位", county.id(),
				county.name() + "：单位树与 13 个演示账号"));
		log.info("演示数据：{} 的演示账号密码 {}", county.name(), PASSWORD);
		return phoneSeq;
	}

	private Unit department(DataScope all, String name) {
		return units.search(all, Unit.Type.DEPARTMENT, name, 1).getFirst();
	}

	private int phoneSeq = 0;

	private void user(String username, String name, Unit unit, Role role) {
		phoneSeq++;
		String phone = "1389104" + String.format("%04d", 1200 + phoneSeq);
		accounts.ensureDemoUser(username, name, unit.id(), EnumSet.of(role), phone, PASSWORD);
	}
}
