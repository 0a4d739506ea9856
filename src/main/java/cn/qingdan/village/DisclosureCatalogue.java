package cn.qingdan.village;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;

/**
 * The county's unified 村务公开 catalogue (南充 system 8: form, timing, procedure and content fixed by the county;
 * before, during and after for projects; finance as the focus). A county starts from the items below; the office
 * adds its own.
 */
@Service
class DisclosureCatalogue {

	/** code, name, content, form, timing, phase, finance, grace (days after the period; working days after an event). */
	static final List<Object[]> DEFAULTS = List.of(
			new Object[] { "CW-01", "财务收支情况", "村集体经济收入、支出明细，债权债务，往来款项", "村务公开栏、县村务公开平台", "QUARTERLY", null, true, 15 },
			new Object[] { "CW-02", "惠农补贴资金发放", "耕地地力保护补贴等各项惠农资金的对象、标准和金额", "村务公开栏、县村务公开平台", "QUARTERLY", null, true, 15 },
			new Object[] { "CW-03", "集体资产资源管理", "集体土地、房屋、设施的承包、租赁、出让及收益", "村务公开栏", "YEARLY", null, true, 31 },
			new Object[] { "CW-04", "村干部报酬及补贴", "村干部基本报酬、绩效报酬和补贴发放情况", "村务公开栏", "YEARLY", null, true, 31 },
			new Object[] { "CW-05", "月度财务收支明细", "当月现金、银行存款收支流水", "县村务公开平台、短信", "MONTHLY", null, true, 10 },
			new Object[] { "ZW-01", "低保、特困供养评定", "新增、退出对象名单及评议情况", "村务公开栏", "QUARTERLY", null, false, 15 },
			new Object[] { "ZW-02", "宅基地申请审批", "申请人、面积、位置及审批结果", "村务公开栏", "EVENT", null, false, 5 },
			new Object[] { "ZW-03", "述职述廉与民主评议结果", "村干部述职述廉报告、评议票数和结果", "村务公开栏、县村务公开平台", "YEARLY", null, false, 31 },
			new Object[] { "ZW-04", "村规民约", "经村民会议通过并经乡镇备案的村规民约全文", "村务公开栏、县村务公开平台", "EVENT", null, false, 5 },
			new Object[] { "ZD-01", "重大事项决议（四议两公开）", "村民会议或村民代表会议的表决结果和决议", "村务公开栏", "EVENT", null, false, 2 },
			new Object[] { "ZD-02", "重大事项实施情况", "决议事项的实施过程和结果", "村务公开栏", "EVENT", null, false, 5 },
			new Object[] { "XM-01", "村级项目·事前", "项目立项、资金来源、预算、实施方案", "村务公开栏", "EVENT", "BEFORE", true, 5 },
			new Object[] { "XM-02", "村级项目·事中", "招投标、施工单位、资金拨付和进度", "村务公开栏", "EVENT", "DURING", true, 5 },
			new Object[] { "XM-03", "村级项目·事后", "验收、决算和资金使用结果", "村务公开栏", "EVENT", "AFTER", true, 5 });

	private final Matters m;

	DisclosureCatalogue(Matters m) {
		this.m = m;
	}

	/** The county's catalogue; a county without one gets the items above. */
	@Transactional
	List<DisclosureItem> of(long countyId) {
		List<DisclosureItem> items = read(countyId);
		if (!items.isEmpty()) {
			return items;
		}
		int sort = 0;
		for (Object[] d : DEFAULTS) {
			sort += 10;
			m.jdbc().sql("""
					insert into village_disclosure_item (county_unit_id, code, name, content, form, timing, phase, finance,
					  grace_days, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(countyId, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], sort).update();
		}
		return read(countyId);
	}

	private List<DisclosureItem> read(long countyId) {
		return m.jdbc().sql("select * from village_disclosure_item where county_unit_id = ? order by sort_order, id")
			.param(countyId).query(DisclosureItem::map).list();
	}

	Optional<DisclosureItem> byCode(long countyId, String code) {
		return of(countyId).stream().filter(i -> i.code().equals(code)).findFirst();
	}

	Optional<DisclosureItem> byId(long countyId, long id) {
		return of(countyId).stream().filter(i -> i.id() == id).findFirst();
	}

	/** The office adds an item to the county's catalogue. */
	@Transactional
	void add(QingdanUser actor, long countyId, String code, String name, String content, String form, String timing,
			boolean finance, int grace) {
		if (!actor.has(Role.OFFICE_ADMIN)) {
			throw new RuleViolation("只有县减负办管理员可以调整村务公开目录");
		}
		if (code == null || !code.strip().matches("[A-Z]{2}-\\d{2}")) {
			throw new RuleViolation("code", "编号形如 CW-06（两个大写字母、横线、两位数字）");
		}
		Meetings.required("name", name, 60, "公开事项");
		Meetings.required("content", content, 500, "公开内容");
		Meetings.required("form", form, 100, "公开形式");
		if (!List.of("MONTHLY", "QUARTERLY", "YEARLY", "EVENT").contains(timing)) {
			throw new RuleViolation("timing", "请选择公开时间");
		}
		if (grace < 1 || grace > 60) {
			throw new RuleViolation("grace", "公开时限应为 1 至 60 天");
		}
		List<DisclosureItem> items = of(countyId);
		if (items.stream().anyMatch(i -> i.code().equals(code.strip()))) {
			throw new RuleViolation("code", "编号 " + code.strip() + " 已在目录中");
		}
		m.jdbc().sql("""
				insert into village_disclosure_item (county_unit_id, code, name, content, form, timing, finance, grace_days, sort_order)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(countyId, code.strip(), name.strip(), content.strip(), form.strip(), timing, finance, grace,
					items.size() * 10 + 10)
			.update();
		m.audit("增加村务公开目录事项", "村务公开目录", code.strip(), name.strip());
	}
}
