package cn.qingdan.village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import cn.qingdan.org.Unit;

/**
 * The demo's self-governance below and above the village: every community (社区) keeps an owners' committee for its
 * estate with a property company and a courtyard group for its old courtyards, 田庄村 and every 12th village a
 * courtyard group, each with a few months of work records; every township held a consultation forum in the autumn and
 * announced a meeting the public may attend next week.
 */
final class DemoGroups {

	private static final String[][] WORK = { { "SANITATION", "组织院内住户清理楼道和院坝杂物，清运垃圾 3 车。" },
			{ "DISPUTE", "调解 2 号院两户因排水沟堵塞引发的邻里纠纷，双方同意共同出资疏通。" },
			{ "ORDER", "排查院内电动车楼道充电，劝导 6 户改到集中充电棚。" },
			{ "PROPERTY", "协调维修院内路灯 4 盏，费用由住户自治基金支出并公示。" } };

	private final DemoBatch b;
	private final LocalDate today;

	DemoGroups(DemoBatch b, LocalDate today) {
		this.b = b;
		this.today = today;
	}

	int write(List<Place> villages, String tianzhuang, List<Unit> townships) {
		List<Object[]> groups = new ArrayList<>();
		List<Object[]> records = new ArrayList<>();
		Deque<Long> ids = b.ids("village_group_id_seq", villages.size() * 2);
		int k = 0;
		for (Place v : villages) {
			boolean community = v.name().contains("社区");
			if (!community && !v.code().equals(tianzhuang) && k++ % 12 != 0) {
				continue;
			}
			if (community) {
				long id = ids.pop();
				groups.add(group(id, v, "OWNERS", v.label() + "锦华小区业主委员会", "锦华小区 1—8 号楼", b.between(280, 520),
						"武功县安居物业服务有限公司", "社区居委会委员" + b.name() + "兼任业主委员会副主任"));
				work(records, id, 2);
			}
			long id = ids.pop();
			groups.add(group(id, v, "COURTYARD", community ? v.label() + "老街院落自治小组" : v.label() + "第三村民小组院落自治小组",
					community ? "老街 1—12 号院" : "第三村民小组东西两排院落", b.between(30, 90), null, null));
			work(records, id, 4);
		}
		b.insert("""
				insert into village_group (id, county_unit_id, village_unit_id, unit_path, kind, name, area, households,
				  property_company, leader, members, cross_post, founded_on, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", groups);
		b.insert("insert into village_group_record (group_id, held_on, function, content, recorded_by, created_at) values (?, ?, ?, ?, ?, ?)", records);
		return groups.size() + forums(townships);
	}

	private Object[] group(long id, Place v, String kind, String name, String area, int households, String company,
			String crossPost) {
		String leader = b.name();
		return new Object[] { id, v.countyId(), v.villageId(), v.path(), kind, name, area, households, company, leader,
				leader + "（组长）、" + b.name() + "（环境卫生）、" + b.name() + "（治安巡查）、" + b.name() + "（调解）", crossPost,
				DemoBatch.day(LocalDate.of(today.getYear() - 1, 4, 10)), "村委会文书", DemoBatch.ts(LocalDate.of(today.getYear() - 1, 4, 10), 10) };
	}

	private void work(List<Object[]> records, long group, int n) {
		for (int i = 0; i < n; i++) {
			LocalDate on = today.minusDays(20L + 27L * i);
			records.add(new Object[] { group, DemoBatch.day(on), WORK[i % WORK.length][0], WORK[i % WORK.length][1], "村委会文书",
					DemoBatch.ts(on, 16) });
		}
	}

	private int forums(List<Unit> townships) {
		List<Object[]> rows = new ArrayList<>();
		LocalDate autumn = today.minusDays(45);
		LocalDate next = today.plusDays(7);
		for (Unit t : townships) {
			long county = Disclosures.countyOf(t.path());
			String name = t.name();
			String seat = name + (name.endsWith("街道") ? "办事处" : "政府");
			rows.add(new Object[] { county, t.id(), t.path(), "FORUM", name + "农村人居环境整治协商议事会",
					"各村垃圾收运费用分担办法和保洁员配备标准", DemoBatch.day(autumn), seat + "三楼会议室", 10,
					"会前 3 日到镇党政办或所在村委会报名", "县人大代表 2 人", "HELD",
					"镇党委副书记、分管副镇长，各村党支部书记，群众代表 12 人", 8,
					"各村汇报保洁现状，群众代表提出按户分担收运费用的意见，经协商形成分担办法。",
					"垃圾收运费用由镇财政承担六成、村集体承担四成，不向农户收取；每 300 户配备保洁员 1 名。",
					"镇党政办", DemoBatch.ts(autumn.minusDays(10), 9) });
			rows.add(new Object[] { county, t.id(), t.path(), "OPEN_MEETING", name + "2027 年民生实事项目征求意见会",
					"2027 年拟实施的民生实事项目（道路硬化、饮水提升、村级养老服务站）", DemoBatch.day(next), seat + "一楼会议室", 15,
					"会前 3 日到镇党政办或所在村委会报名，每村不超过 2 人", "县人大代表 2 人、镇党代表 3 人", "PLANNED", null, null, null,
					null, "镇党政办", DemoBatch.ts(today.minusDays(2), 9) });
		}
		b.insert("""
				insert into village_township_forum (county_unit_id, township_unit_id, unit_path, kind, title, topic, held_on, place,
				  public_seats, how_to_join, deputies, status, attendees, public_attended, minutes, outcome, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return rows.size();
	}
}
