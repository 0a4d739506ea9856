package cn.qingdan.village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.qingdan.shared.WorkingDays;

/**
 * The demo's 村务公开 this year: every periodic item's periods due since 1 January, most on time, about one in eight
 * late and a few missing; 田庄村's latest quarterly finance disclosure is still missing (the journey posts it late).
 * The yearly appraisal result (ZW-03) comes with the appraisal round.
 */
final class DemoDisclosures {

	static final String INSERT = """
			insert into village_disclosure (id, matter_id, county_unit_id, village_unit_id, unit_path, item_id, period, due_on,
			  disclosed_on, title, content, publicity_until, deliberation_id, recorded_by, created_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final DemoBatch b;
	private final List<DisclosureItem> items;
	private final WorkingDays workingDays;
	private final LocalDate today;

	DemoDisclosures(DemoBatch b, List<DisclosureItem> items, WorkingDays workingDays, LocalDate today) {
		this.b = b;
		this.items = items;
		this.workingDays = workingDays;
		this.today = today;
	}

	int write(List<Place> villages, String tianzhuang) {
		LocalDate from = LocalDate.of(today.getYear(), 1, 1);
		LocalDate to = today.minusDays(1);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> plans = new ArrayList<>();
		for (DisclosureItem item : items) {
			if (item.periodic() && !"ZW-03".equals(item.code()) && !to.isBefore(from)) {
				for (DisclosureTiming.Period p : DisclosureTiming.periodsDue(item.timing(), item.graceDays(), from, to, workingDays)) {
					plans.add(new Object[] { item, p });
				}
			}
		}
		LocalDate lastQuarterDue = plans.stream().filter(x -> ((DisclosureItem) x[0]).code().equals("CW-01"))
			.map(x -> ((DisclosureTiming.Period) x[1]).dueOn()).max(LocalDate::compareTo).orElse(null);
		var ids = b.ids("village_disclosure_id_seq", villages.size() * Math.max(1, plans.size()));
		for (Place v : villages) {
			String clerk = b.name();
			for (Object[] plan : plans) {
				DisclosureItem item = (DisclosureItem) plan[0];
				DisclosureTiming.Period p = (DisclosureTiming.Period) plan[1];
				boolean tianzhuangGap = v.code().equals(tianzhuang) && item.code().equals("CW-01") && p.dueOn().equals(lastQuarterDue);
				double roll = b.random.nextDouble();
				if (tianzhuangGap || roll < 0.04) {
					continue; // missing
				}
				LocalDate on = roll < 0.16 ? p.dueOn().plusDays(b.between(1, 20)) : p.dueOn().minusDays(b.between(0, 9));
				if (on.isAfter(to)) {
					on = to;
				}
				rows.add(new Object[] { ids.pop(), null, v.countyId(), v.villageId(), v.path(), item.id(), p.code(),
						DemoBatch.day(p.dueOn()), DemoBatch.day(on), p.label() + item.name(), content(item, p), null, null,
						clerk, DemoBatch.ts(on, 16) });
			}
		}
		b.insert(INSERT, rows);
		return rows.size();
	}

	private String content(DisclosureItem item, DisclosureTiming.Period p) {
		return switch (item.code()) {
			case "CW-01" -> p.label() + "村集体经济收入 " + b.between(3, 40) + "." + b.between(0, 9) + " 万元（发包及租赁收入、上级补助），支出 "
					+ b.between(2, 35) + "." + b.between(0, 9) + " 万元（公益事业、办公经费、村干部报酬），期末结余见明细表。";
			case "CW-02" -> p.label() + "耕地地力保护补贴发放 " + b.between(180, 620) + " 户，合计 " + b.between(8, 40) + " 万元，已通过“一卡通”发放到户。";
			case "CW-05" -> p.label() + "现金及银行存款收支流水 " + b.between(12, 60) + " 笔，详见公开栏明细。";
			case "ZW-01" -> p.label() + "新增低保 " + b.between(0, 3) + " 户、退出 " + b.between(0, 2) + " 户，经村民代表评议、乡镇审核。";
			case "CW-03" -> p.label() + "集体机动地、果园、厂房承包租赁 " + b.between(3, 12) + " 宗，收益 " + b.between(2, 20) + " 万元。";
			case "CW-04" -> p.label() + "村干部基本报酬和绩效报酬按县定标准发放，合计 " + b.between(12, 25) + " 万元。";
			default -> p.label() + item.content();
		};
	}
}
