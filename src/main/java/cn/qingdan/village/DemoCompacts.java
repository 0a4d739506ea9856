package cn.qingdan.village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The demo's compacts and appraisals: every 24th village (one or so per township) and 田庄村 keep a compact in two
 * versions — in force since last year, or (田庄村) a second version filed and awaiting the township's review, or (one
 * village) sent back for a clause that sets a fine — the second version drafted through a deliberation (议事协商 in
 * the villagers' meeting) whose timeline shows the draft, the vote and the filing; every village held last year's 述职述廉 in January with three
 * cadres appraised and the result published, a few cadres below the line with the ladder's first steps.
 */
final class DemoCompacts {

	static final String V1 = """
			第一条 爱党爱国，遵纪守法，维护社会稳定。
			第二条 孝老爱亲，邻里和睦，矛盾纠纷先到村人民调解委员会调解。
			第三条 移风易俗，红白喜事从简办理，不大操大办、不铺张浪费。
			第四条 爱护环境，垃圾分类投放，不乱倒乱堆。
			第五条 爱护公共设施，不破坏道路、路灯、水渠。
			第六条 重视教育，适龄儿童按时入学。
			第七条 依法建房，宅基地按规定申请，不私搭乱建。""";

	static final String V2 = """
			第一条 爱党爱国，遵纪守法，维护社会稳定。
			第二条 孝老爱亲，邻里和睦，矛盾纠纷先到村人民调解委员会调解。
			第三条 移风易俗，红白喜事从简办理，彩礼不超过村红白理事会建议标准。
			第四条 爱护环境，垃圾分类投放，不乱倒乱堆。
			第五条 爱护公共设施，不破坏道路、路灯、水渠。
			第六条 重视教育，适龄儿童按时入学。
			第七条 依法建房，宅基地按规定申请，不私搭乱建。
			第八条 秸秆综合利用，不露天焚烧秸秆。""";

	static final String V2_FINE = V2 + "\n第九条 不参加村内义务劳动的农户，每次罚款 200 元。";

	private final DemoBatch b;
	private final DisclosureItem appraisalItem;
	private final DisclosureItem compactItem;
	private final LocalDate today;

	DemoCompacts(DemoBatch b, List<DisclosureItem> items, LocalDate today) {
		this.b = b;
		this.appraisalItem = items.stream().filter(i -> i.code().equals("ZW-03")).findFirst().orElseThrow();
		this.compactItem = items.stream().filter(i -> i.code().equals("ZW-04")).findFirst().orElseThrow();
		this.today = today;
	}

	int write(List<Place> villages, String tianzhuang) {
		List<Object[]> compacts = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		List<Object[]> disclosures = new ArrayList<>();
		Deque<Long> compactIds = b.ids("village_compact_id_seq", villages.size());
		Deque<Long> disclosureIds = b.ids("village_disclosure_id_seq", villages.size() * 2);
		List<Object[]> deliberations = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		int year = today.getYear() - 1;
		LocalDate lastYear = LocalDate.of(year, 6, 18);
		LocalDate reviewed = LocalDate.of(year, 7, 2);
		int k = 0;
		for (Place v : villages) {
			boolean tz = v.code().equals(tianzhuang);
			if (!tz && k++ % 24 != 0) {
				continue;
			}
			long id = compactIds.pop();
			boolean returned = !tz && k == 25;
			compacts.add(new Object[] { id, v.countyId(), v.villageId(), v.path(), "村规民约", v.label() + "村规民约" });
			String v2status = tz ? "FILED" : returned ? "RETURNED" : "IN_FORCE";
			versions.add(version(id, 1, V1, tz || returned ? "IN_FORCE" : "SUPERSEDED", LocalDate.of(2019, 3, 1),
					LocalDate.of(2019, 3, 20), LocalDate.of(2019, 4, 2), "准予备案", null, null));
			LocalDate adopted = tz ? today.minusDays(10) : lastYear;
			long through = drafting(v, adopted, "IN_FORCE".equals(v2status) ? reviewed : null, deliberations, steps);
			versions.add(version(id, 2, returned ? V2_FINE : V2, v2status, adopted.minusDays(20), adopted,
					"FILED".equals(v2status) ? null : reviewed,
					returned ? "村规民约不得设定罚款，违反《中华人民共和国行政处罚法》第十六条，请删除后重新表决" : "内容合法，准予备案",
					returned ? "第九条" : null, through));
			if ("IN_FORCE".equals(v2status)) {
				disclosures.add(new Object[] { disclosureIds.pop(), null, v.countyId(), v.villageId(), v.path(), compactItem.id(),
						reviewed.toString(), DemoBatch.day(reviewed), DemoBatch.day(reviewed), v.label() + "村规民约（第 2 版）", V2, null, null,
						"村委会", DemoBatch.ts(reviewed, 10) });
			}
		}
		b.insert("insert into village_compact (id, county_unit_id, village_unit_id, unit_path, kind, title) values (?, ?, ?, ?, ?, ?)", compacts);
		b.insert("""
				insert into village_deliberation (id, matter_id, county_unit_id, village_unit_id, unit_path, kind, title, affects, form,
				  proposer_kind, proposer, status, step_done, decision, created_at)
				values (?, ?, ?, ?, ?, 'CONSULT', ?, 'ALL', '村民会议', 'COMMITTEES', '村“两委”', ?, ?, ?, ?)""", deliberations);
		b.insert("insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by) values (?, ?, ?, ?, ?)", steps);
		b.insert("""
				insert into village_compact_version (compact_id, version_no, text, status, drafted_on, adopted_on, present, votes_for,
				  filed_on, reviewed_on, reviewed_by, review_note, returned_clause, deliberation_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versions);
		int n = compacts.size() + appraisals(villages, year, disclosures, disclosureIds);
		b.insert(DemoDisclosures.INSERT, disclosures);
		return n;
	}

	private Object[] version(long compact, int no, String text, String status, LocalDate drafted, LocalDate adopted,
			LocalDate reviewedOn, String note, String clause, Long deliberation) {
		int present = b.between(420, 700);
		return new Object[] { compact, no, text, status, DemoBatch.day(drafted), DemoBatch.day(adopted), present,
				present - b.between(5, 40), DemoBatch.day(adopted.plusDays(3)), DemoBatch.day(reviewedOn),
				reviewedOn == null ? null : "乡镇民政办", reviewedOn == null ? null : note, clause, deliberation };
	}

	/** The deliberation that drafted a compact's second version: done once the township put it in force. */
	private long drafting(Place v, LocalDate adopted, LocalDate inForce, List<Object[]> deliberations, List<Object[]> steps) {
		long id = b.ids("village_deliberation_id_seq", 1).pop();
		long matter = b.ids("village_matter_seq", 1).pop();
		LocalDate drafted = adopted.minusDays(20);
		String clerk = "村委会文书";
		String unit = v.label() + "村委会";
		String title = v.label() + "修订村规民约";
		String[] texts = { "村“两委”提议修订村规民约，增加彩礼标准和秸秆禁烧条款。", "在村务公开栏和各村民小组微信群公告修订草案，征求意见 15 天。",
				"召开议事协商会，村民代表、老党员、红白理事会成员 23 人参加，对彩礼标准意见分歧，按多数意见定为“不超过红白理事会建议标准”。",
				"村民会议表决通过修订后的村规民约。", "修订后的村规民约印发到户，在村务公开栏公开。", "村务监督委员会监督：程序合规，同意。" };
		LocalDate[] days = { drafted.minusDays(15), drafted.minusDays(12), drafted.minusDays(2), adopted,
				inForce == null ? null : inForce.plusDays(1), inForce == null ? null : inForce.plusDays(3) };
		int done = inForce == null ? 4 : 6;
		deliberations.add(new Object[] { id, matter, v.countyId(), v.villageId(), v.path(), title, done == 6 ? "DONE" : "OPEN",
				done, "村民会议表决通过修订后的村规民约", DemoBatch.ts(days[0], 9) });
		b.step(matter, days[0], 9, clerk, unit, "启动议事协商", title + "（村民会议）");
		for (int s = 1; s <= done; s++) {
			steps.add(new Object[] { id, s, DemoBatch.day(days[s - 1]), texts[s - 1], clerk });
			b.step(matter, days[s - 1], 10, clerk, unit, Deliberation.CONSULT_STEPS.get(s - 1), texts[s - 1]);
		}
		b.step(matter, drafted, 11, clerk, unit, "起草村规民约", "《" + v.label() + "村规民约》第 2 版草案");
		b.step(matter, adopted, 16, clerk, unit, "村规民约表决通过", "村民会议表决，《" + v.label() + "村规民约》第 2 版通过");
		if (inForce != null) {
			b.step(matter, inForce, 15, "乡镇民政办", null, "村规民约备案生效", "《" + v.label() + "村规民约》第 2 版经乡镇备案审查，生效并公开");
		}
		return id;
	}

	private int appraisals(List<Place> villages, int year, List<Object[]> disclosures, Deque<Long> disclosureIds) {
		List<Object[]> rounds = new ArrayList<>();
		List<Object[]> cadres = new ArrayList<>();
		List<Object[]> ladder = new ArrayList<>();
		Deque<Long> roundIds = b.ids("village_appraisal_id_seq", villages.size());
		Deque<Long> cadreIds = b.ids("village_appraisal_cadre_id_seq", villages.size() * 3);
		LocalDate held = LocalDate.of(year + 1, 1, 16);
		LocalDate published = LocalDate.of(year + 1, 1, 22);
		String[] posts = { "村党支部书记、村委会主任", "村委会副主任", "村务监督委员会主任" };
		for (int i = 0; i < villages.size(); i++) {
			Place v = villages.get(i);
			long id = roundIds.pop();
			int ballots = b.between(28, 45);
			rounds.add(new Object[] { id, v.countyId(), v.villageId(), v.path(), year, DemoBatch.day(held), ballots,
					DemoBatch.day(published) });
			StringBuilder text = new StringBuilder(year + " 年度述职述廉民主评议结果（有效票 " + ballots + " 张）：\n");
			for (int c = 0; c < 3; c++) {
				long cid = cadreIds.pop();
				boolean below = c == 1 && i % 25 == 7;
				int unsatisfied = below ? ballots / 2 : b.between(0, 3);
				int basic = b.between(2, 8);
				int satisfied = ballots - unsatisfied - basic;
				String name = b.name();
				cadres.add(new Object[] { cid, id, name, posts[c], "履职尽责，完成年度目标任务，廉洁自律，无违规违纪问题。", satisfied, basic, unsatisfied });
				text.append(posts[c]).append(' ').append(name).append("：满意 ").append(satisfied).append("，基本满意 ").append(basic)
					.append("，不满意 ").append(unsatisfied).append(below ? "（未达标，按规定问责）" : "").append('\n');
				if (below) {
					ladder.add(new Object[] { cid, "CRITICISM", DemoBatch.day(published.plusDays(3)), "镇党委约谈，批评教育", null, null });
					ladder.add(new Object[] { cid, "RECTIFY", DemoBatch.day(published.plusDays(3)), "限期整改群众反映的村务公开不及时问题",
							DemoBatch.day(published.plusDays(60)), "已整改，整改情况于村务公开栏公开" });
				}
			}
			disclosures.add(new Object[] { disclosureIds.pop(), null, v.countyId(), v.villageId(), v.path(), appraisalItem.id(),
					Integer.toString(year), DemoBatch.day(LocalDate.of(year + 1, 1, 31)), DemoBatch.day(published),
					year + " 年度述职述廉民主评议结果", text.toString(), null, null, "村委会", DemoBatch.ts(published, 10) });
		}
		b.insert("insert into village_appraisal (id, county_unit_id, village_unit_id, unit_path, year, held_on, ballots, published_on) values (?, ?, ?, ?, ?, ?, ?, ?)", rounds);
		b.insert("insert into village_appraisal_cadre (id, appraisal_id, name, post, report, satisfied, basic, unsatisfied) values (?, ?, ?, ?, ?, ?, ?, ?)", cadres);
		b.insert("insert into village_accountability (cadre_id, level, decided_on, note, due_on, result) values (?, ?, ?, ?, ?, ?)", ladder);
		return rounds.size();
	}
}
