package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.demo.DemoDataset;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/**
 * Demo: the demo county adopts the shipped template plus its local additions as version 1, and one proposal is under
 * consultation so that the township and department see it in their to-do lists.
 */
@Component
class CatalogueDemo implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(CatalogueDemo.class);

	private final Catalogues catalogues;
	private final ChangeProposals proposals;
	private final CatalogueTemplate template;
	private final Units units;
	private final UserDetailsService users;

	CatalogueDemo(Catalogues catalogues, ChangeProposals proposals, CatalogueTemplate template, Units units,
			UserDetailsService users) {
		this.catalogues = catalogues;
		this.proposals = proposals;
		this.template = template;
		this.units = units;
		this.users = users;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String description() {
		return "四张清单";
	}

	@Override
	public boolean present(String countyCode) {
		Unit county = units.byRegion(countyCode).orElse(null);
		return county == null || catalogues.forCounty(county.id()).isPresent();
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		load(county, countyCode);
		return 1;
	}

	private void load(Unit county, String countyCode) {
		String name = county.name() + "村级组织工作事项清单";
		List<ItemContent> items = template.forCounty(countyCode, name);
		Catalogue catalogue = catalogues.create(county.id(), name);
		CatalogueVersion v1 = catalogues.publish(catalogue.id(), items, "jfb_admin", null,
				"依据国家法律法规和有关文件，参考各地公开清单，结合本县实际制定");
		QingdanUser office = (QingdanUser) users.loadUserByUsername("jfb_admin");
		ChangeProposal p = proposals.create(office, catalogue.id(), "新增“协助开展高标准农田建设政策宣传”事项",
				"县农业农村局提出，2027 年高标准农田建设项目需村级组织协助入户宣传，拟列入协助事项并落实经费");
		String code = proposals.addChange(office, p.id(), p.version(), ProposalChange.Operation.ADD, null,
				"高标准农田建设项目实施需村级组织协助宣传、摸排群众意愿", "《高标准农田建设质量管理办法（试行）》",
				new ItemContent(null, ListType.ASSISTANCE, "协助开展高标准农田建设政策宣传和意愿摸排", "农业农村",
						"协助乡镇向村民宣传高标准农田建设政策，摸排群众意愿并反馈", "《高标准农田建设质量管理办法（试行）》", null,
						List.of("县农业农村局"), List.of("高标准农田宣传", "农田建设意愿摸排"), List.of("高标准农田", "农田建设"),
						"县农业农村局提出", null, null, null, new BigDecimal("1500"), true, 2, new BigDecimal("4"), null,
						null, null, null, null, null, "经费标准由县农业农村局会同县财政局测算"));
		ChangeProposal fresh = proposals.require(p.id(), office);
		Unit sufang = units.byRegion(countyCode + "101").orElseThrow();
		Unit nongye = units.search(new cn.qingdan.identity.DataScope(cn.qingdan.identity.DataScope.Kind.ALL, county.id(), "/"),
				Unit.Type.DEPARTMENT, "县农业农村局", 1).getFirst();
		proposals.consult(office, p.id(), fresh.version(), List.of(sufang.id(), nongye.id()), 5);
		log.info("演示数据：{} 采用清单模板，发布第 {} 版，共 {} 项；调整申请 {}（新增 {}）正在征求意见", county.name(), v1.number(),
				v1.itemCount(), p.id(), code);
	}
}
