package cn.qingdan.village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The demo's standing bodies: every village has its 村民议事会 (elected with the village committee, term to spring
 * 2027), 红白理事会, 道德评议会 and 村务监督委员会 with members and rules, each with a meeting, a matter sorted by 三事分流
 * and its yearly report; every 9th village's 红白理事会 and every 13th village's 道德评议会 have ended their term and
 * wait for re-election, and every 7th village's council has made no report this year.
 */
final class DemoBodies {

	private static final String[][] RULES = {
			{ "COUNCIL", "村民议事会", "ELECTED", "村民代表会议",
					"议事会每季度至少召开一次会议，有三分之二以上成员到会方可议事，议定事项经到会成员过半数同意；议事内容、程序和结果在村务公开栏公开。",
					"村民代表会议授权议事会协商村内公益设施维护、环境整治、村民小组间矛盾等小事；涉及全体村民利益的大事提出建议，提交村民（代表）会议决定。" },
			{ "CEREMONY", "红白理事会", "NOMINATED", "村民会议",
					"婚事新办、丧事简办：婚宴不超过 15 桌、每桌不超过 600 元，丧事不超过 3 天；村民办理红白事前向理事会报告，理事会帮办并登记。",
					"村民会议授权理事会劝导移风易俗，帮办村民红白喜事，执行村规民约中有关条款。" },
			{ "MORAL", "道德评议会", "NOMINATED", "村民代表会议",
					"每半年评议一次，评出好媳妇、好婆婆、文明家庭，评议结果张榜公布；对不赡养老人、乱倒垃圾等行为开展说理劝导。",
					"村民代表会议授权评议会开展道德评议、推荐表彰对象，评议结果纳入积分管理。" },
			{ "SUPERVISION", "村务监督委员会", "ELECTED", "村民会议",
					"列席村“两委”会议，每月审核村级财务收支，监督村务公开和“四议两公开”执行情况，发现问题向村民代表会议和乡镇报告。",
					"村民会议授权监督委员会对村务决策、公开、财务和工程项目实施监督，向村民会议或村民代表会议负责并报告工作。" } };

	private static final String[][] MATTERS = {
			{ "MINOR", "第二村民小组反映村道边沟堵塞，雨天积水。", "议事会协商，组织小组村民投工投劳 2 天疏通边沟，已完工。" },
			{ "MAJOR", "村民提出新建村级文化广场。", "涉及全体村民利益，议事会提出建议，提交村民代表会议按“四议两公开”决定。" },
			{ "PRIVATE", "村民王某家中老人办理养老保险待遇资格认证有困难。", "由村便民服务站帮办，上门完成认证。" } };

	private final DemoBatch b;
	private final LocalDate today;

	DemoBodies(DemoBatch b, LocalDate today) {
		this.b = b;
		this.today = today;
	}

	int write(List<Place> villages) {
		List<Object[]> bodies = new ArrayList<>();
		List<Object[]> records = new ArrayList<>();
		Deque<Long> ids = b.ids("village_body_id_seq", villages.size() * RULES.length);
		int k = 0;
		for (Place v : villages) {
			k++;
			for (String[] r : RULES) {
				long id = ids.pop();
				LocalDate start = LocalDate.of(2024, 4, 10);
				LocalDate end = LocalDate.of(2027, 4, 9);
				if ("CEREMONY".equals(r[0]) && k % 9 == 0) {
					start = LocalDate.of(2023, 10, 1);
					end = LocalDate.of(2026, 9, 30);
				}
				else if ("MORAL".equals(r[0]) && k % 13 == 0) {
					start = LocalDate.of(2023, 11, 21);
					end = LocalDate.of(2026, 11, 20);
				}
				else if ("COUNCIL".equals(r[0]) || "SUPERVISION".equals(r[0])) {
					start = LocalDate.of(2022, 3, 20);
					end = LocalDate.of(2027, 3, 19);
				}
				int n = "SUPERVISION".equals(r[0]) ? 3 : b.between(5, 9);
				StringBuilder members = new StringBuilder();
				for (int i = 0; i < n; i++) {
					members.append(b.name()).append(i == 0 ? (r[0].equals("COUNCIL") ? " 会长" : " 主任") : i == 1 ? " 副主任" : " 成员")
						.append(i < n - 1 ? "\n" : "");
				}
				bodies.add(new Object[] { id, v.countyId(), v.villageId(), v.path(), r[0], v.label() + r[1], r[2], r[3],
						DemoBatch.day(start), DemoBatch.day(start), DemoBatch.day(end), members.toString(), n, r[4], r[5],
						"村委会文书", DemoBatch.ts(start, 10) });
				LocalDate last = end.isBefore(today) ? end : today;
				String[] matter = MATTERS[k % MATTERS.length];
				records.add(row(id, last.minusDays(40), "MEETING", null, r[1] + "季度例会，通报上季度工作，研究本季度事项。", "到会成员过半数同意，形成会议纪要。"));
				records.add(row(id, last.minusDays(25), "MATTER", matter[0], matter[1], matter[2]));
				if (!("COUNCIL".equals(r[0]) && k % 7 == 0)) {
					LocalDate report = end.isBefore(today) ? LocalDate.of(2026, 1, 18) : LocalDate.of(today.getYear(), 1, 20);
					records.add(row(id, report, "REPORT", null, "向村民代表会议报告上年度工作。", "村民代表会议听取报告，测评满意。"));
				}
			}
		}
		b.insert("""
				insert into village_body (id, county_unit_id, village_unit_id, unit_path, kind, name, chosen_how, chosen_by, chosen_on,
				  term_start, term_end, members, member_count, rules, mandate, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", bodies);
		b.insert("""
				insert into village_body_record (body_id, held_on, kind, triage, content, outcome, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", records);
		return bodies.size();
	}

	private static Object[] row(long body, LocalDate on, String kind, String triage, String content, String outcome) {
		return new Object[] { body, DemoBatch.day(on), kind, triage, content, outcome, "村委会文书", DemoBatch.ts(on, 16) };
	}
}
