package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.demo.DemoDataset;

/**
 * Demo: 陕西省基层减负办 publishes three guiding items; the demo county's office adopts the first, so a draft change
 * proposal of its catalogue adds it (the province sees 武功县 against it).
 */
@Component
class CatalogueGuideDemo implements DemoDataset {

	private final CatalogueGuides guides;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	CatalogueGuideDemo(CatalogueGuides guides, UserDetailsService users, JdbcClient jdbc) {
		this.guides = guides;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public String description() {
		return "省基层减负办指导目录";
	}

	@Override
	public boolean present(String countyCode) {
		return jdbc.sql("select count(*) from catalogue_guide_item").query(Long.class).single() > 0;
	}

	@Override
	public int load(String countyCode) {
		QingdanUser province = (QingdanUser) users.loadUserByUsername("shaanxi_jfb");
		String source = "陕西省基层减负办指导目录";
		guides.publish(province, new ItemContent(null, ListType.ASSISTANCE, "协助开展村庄清洁行动和人居环境整治宣传", "农业农村",
				"协助乡镇组织村民开展村庄清洁行动，宣传农村人居环境整治政策", "《农村人居环境整治提升五年行动方案（2021—2025年）》", null,
				List.of("县农业农村局"), List.of("村庄清洁行动", "人居环境整治宣传"), List.of("村庄清洁", "人居环境"), source, null, null,
				null, new BigDecimal("1200"), true, 4, new BigDecimal("3"), null, null, null, null, null, null,
				"经费标准由各县农业农村部门会同财政部门测算"));
		guides.publish(province, new ItemContent(null, ListType.ASSISTANCE, "协助开展汛期地质灾害隐患巡查和群众转移", "应急管理",
				"汛期协助乡镇巡查地质灾害隐患点，组织受威胁群众转移避险", "《地质灾害防治条例》", null, List.of("县自然资源局", "县应急管理局"),
				List.of("地灾巡查", "汛期巡查"), List.of("地质灾害", "隐患巡查"), source, null, null, null, new BigDecimal("800"), true, 6,
				new BigDecimal("2"), null, null, null, null, null, null, null));
		guides.publish(province, new ItemContent(null, ListType.SELF_GOVERNANCE, "组织制定和修订村规民约", "基层组织建设",
				"依法组织村民会议制定、修订村规民约，报乡镇备案", "《中华人民共和国村民委员会组织法》", "第二十七条", List.of("县民政局"),
				List.of("修订村规民约"), List.of("村规民约"), source, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null));
		long first = jdbc.sql("select min(id) from catalogue_guide_item").query(Long.class).single();
		guides.adopt((QingdanUser) users.loadUserByUsername("jfb_admin"), first);
		return 3;
	}
}
