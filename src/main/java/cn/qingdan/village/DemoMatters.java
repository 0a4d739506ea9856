package cn.qingdan.village;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import cn.qingdan.shared.Masking;
import cn.qingdan.shared.WorkingDays;

/**
 * The demo's 民情恳谈 meetings, opinions in every state and deliberations: per village two meetings, five opinions
 * (one taken into a 说事会 and closed, one closed, one awaiting the villager's rating, one just received, and one
 * escalated, reopened, overdue or closed in turn), a 说事会 from the first opinion, a 四议两公开 with full counts
 * (resolution and result published, or still in its publicity period), and in every other village a hearing under way.
 */
final class DemoMatters {

	private static final String[][] CONCERNS = {
			{ "村东头主干道路灯坏了三盏，晚上出行不便，希望尽快维修。", "村东主干道路灯维修", "更换太阳能路灯 6 盏，费用约 1.2 万元，由村级公益事业经费列支" },
			{ "第三村民小组灌溉渠淤堵，夏灌前请组织清淤。", "三组灌溉渠清淤", "组织义务清淤 2 天，机械费用 3,600 元由村集体承担" },
			{ "村西垃圾收集点清运不及时，夏天气味大。", "村西垃圾收集点清运", "增设垃圾桶 8 个，夏季每日清运一次" },
			{ "小学门口路段车速快，建议设置减速带。", "小学门口设置减速带", "设置减速带 2 处、警示牌 2 块" } };

	private static final String[] OTHERS = { "村卫生室周末无人值班，老人看病不方便。", "建议在村委会旁设置快递代收点。",
			"希望村里组织一次农村电商培训。", "广场舞音响声音过大，影响休息。", "希望公开今年耕地地力保护补贴的发放名单。",
			"建议对村集体果园承包费收入进行公开。" };

	private static final String[][] PROJECTS = { { "村道硬化工程", "硬化村组道路 2.3 公里，预算 86 万元，其中上级补助 70 万元" },
			{ "村集体机动地对外发包", "机动地 120 亩公开发包，期限 5 年，底价每亩每年 600 元" },
			{ "村集体光伏发电项目", "在村委会及文化广场屋顶建设光伏 200 千瓦，收益归村集体" },
			{ "农田水利设施改造", "改造机井 6 眼、衬砌渠道 1.8 公里，预算 54 万元" } };

	private static final String OPINION = """
			insert into village_opinion (id, matter_id, receipt, county_unit_id, village_unit_id, unit_path, kind, source, meeting_id,
			  content, name_masked, body, status, due_on, reply, replied_on, satisfaction, reopened, deliberation_id, created_at)
			values (?, ?, ?, ?, ?, ?, 'OPINION', ?, ?, ?, ?, '村民委员会', ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final char[] RECEIPT = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final DemoBatch b;
	private final DisclosureItem resolutionItem;
	private final DisclosureItem resultItem;
	private final WorkingDays workingDays;
	private final LocalDate today;
	private final List<Object[]> meetings = new ArrayList<>();
	private final List<Object[]> opinions = new ArrayList<>();
	private final List<Object[]> deliberations = new ArrayList<>();
	private final List<Object[]> steps = new ArrayList<>();
	private final List<Object[]> disclosures = new ArrayList<>();
	private Deque<Long> ids;
	private Deque<Long> disclosureIds;

	DemoMatters(DemoBatch b, List<DisclosureItem> items, WorkingDays workingDays, LocalDate today) {
		this.b = b;
		this.resolutionItem = items.stream().filter(i -> i.code().equals("ZD-01")).findFirst().orElseThrow();
		this.resultItem = items.stream().filter(i -> i.code().equals("ZD-02")).findFirst().orElseThrow();
		this.workingDays = workingDays;
		this.today = today;
	}

	int write(List<Place> villages) {
		int n = villages.size();
		ids = b.ids("village_matter_seq", n * 8);
		Deque<Long> meetingIds = b.ids("village_meeting_id_seq", n * 2);
		Deque<Long> opinionIds = b.ids("village_opinion_id_seq", n * 5);
		Deque<Long> deliberationIds = b.ids("village_deliberation_id_seq", n * 3);
		disclosureIds = b.ids("village_disclosure_id_seq", n * 2);
		for (int i = 0; i < n; i++) {
			Place v = villages.get(i);
			String clerk = b.name();
			String unit = v.name();
			String supervisor = b.name();
			long m1 = meetingIds.pop();
			long m2 = meetingIds.pop();
			LocalDate d1 = today.minusDays(200 + i % 20);
			LocalDate d2 = today.minusDays(40 + i % 10);
			meeting(v, m1, d1, clerk);
			meeting(v, m2, d2, clerk);
			String[] concern = CONCERNS[i % CONCERNS.length];
			long consult = deliberationIds.pop();
			long o1 = opinionIds.pop();
			long matter = ids.pop();
			opinion(v, o1, matter, "MEETING", m1, concern[0], d1, "CLOSED", "您提出的意见已经说事会议定并办理：" + concern[2] + "。",
					d1.plusDays(30), "SATISFIED", 0, consult, clerk, unit);
			consult(v, consult, matter, o1, concern, d1, clerk, unit, supervisor);
			opinion(v, opinionIds.pop(), ids.pop(), "MEETING", m2, OTHERS[i % OTHERS.length], d2, "CLOSED",
					"已协调镇卫生院每周六安排医生坐诊；其余事项正在落实。", d2.plusDays(6), "BASIC", 0, null, clerk, unit);
			opinion(v, opinionIds.pop(), ids.pop(), "PUBLIC", null, OTHERS[(i + 1) % OTHERS.length], today.minusDays(15),
					"REPLIED", "已列入下月村“两委”会议议题，届时在公开栏公布结果。", today.minusDays(5), null, 0, null, clerk, unit);
			opinion(v, opinionIds.pop(), ids.pop(), "PUBLIC", null, OTHERS[(i + 2) % OTHERS.length], today.minusDays(2),
					"OPEN", null, null, null, 0, null, clerk, unit);
			switch (i % 4) {
				case 0 -> opinion(v, opinionIds.pop(), ids.pop(), "PUBLIC", null, OTHERS[(i + 3) % OTHERS.length],
						today.minusDays(40), "ESCALATED", null, null, null, 0, null, clerk, unit);
				case 1 -> opinion(v, opinionIds.pop(), ids.pop(), "PUBLIC", null, OTHERS[(i + 3) % OTHERS.length],
						today.minusDays(12), "REOPENED", "已向镇上反映，等待答复。", today.minusDays(6), "UNSATISFIED", 1, null, clerk, unit);
				case 2 -> opinion(v, opinionIds.pop(), ids.pop(), "PUBLIC", null, OTHERS[(i + 3) % OTHERS.length],
						today.minusDays(16), "OPEN", null, null, null, 0, null, clerk, unit);
				default -> opinion(v, opinionIds.pop(), ids.pop(), "MEETING", m2, OTHERS[(i + 3) % OTHERS.length], d2,
						"CLOSED", "已于本月办结。", d2.plusDays(9), "SATISFIED", 0, null, clerk, unit);
			}
			major(v, deliberationIds.pop(), ids.pop(), PROJECTS[i % PROJECTS.length], today.minusDays(i % 3 == 0 ? 12 : 150),
					i % 3 != 0, clerk, unit, supervisor);
			long hearing = deliberationIds.pop();
			if (i % 2 == 0) {
				long hm = ids.pop();
				LocalDate h = today.minusDays(9);
				deliberations.add(new Object[] { hearing, hm, v.countyId(), v.villageId(), v.path(), "CONSULT", "二组宅基地复垦补偿方案",
						"GROUP", "听证会", "VILLAGERS", "第二村民小组 14 户村民联名", "OPEN", 2, null, null, null, null, null, null, null, null,
						null, null, null, DemoBatch.ts(h, 9) });
				step(hearing, hm, 1, h, "第二村民小组 14 户联名提议，要求明确宅基地复垦补偿标准。", clerk, unit, "提议", null);
				step(hearing, hm, 2, h.plusDays(2), "张贴听证会通知，书面告知第二村民小组全部 46 户。", clerk, unit, "告知", null);
			}
		}
		b.insert("insert into village_meeting (id, county_unit_id, village_unit_id, unit_path, held_on, place, attendees, minutes, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings);
		b.insert("""
				insert into village_deliberation (id, matter_id, county_unit_id, village_unit_id, unit_path, kind, title, affects, form,
				  proposer_kind, proposer, status, step_done, meeting_type, eligible, households, present, households_present,
				  votes_for, votes_against, votes_abstain, decision, publicity_days, publicity_until, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", deliberations);
		b.insert(OPINION, opinions);
		b.insert("insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by, supervised_by, supervision_note) values (?, ?, ?, ?, ?, ?, ?)", steps);
		b.insert(DemoDisclosures.INSERT, disclosures);
		return meetings.size() + opinions.size() + deliberations.size();
	}

	private void meeting(Place v, long id, LocalDate on, String clerk) {
		meetings.add(new Object[] { id, v.countyId(), v.villageId(), v.path(), DemoBatch.day(on), "村委会议室（民情茶室）",
				"镇包村干部 1 人，村“两委”成员 5 人，村民代表和群众 " + b.between(18, 40) + " 人",
				"围绕道路、灌溉、环境卫生和群众关心的公开事项座谈，群众发言 " + b.between(6, 14) + " 人次，意见逐条登记入台账。", clerk,
				DemoBatch.ts(on, 17) });
	}

	private void opinion(Place v, long id, long matter, String source, Long meetingId, String content, LocalDate on,
			String status, String reply, LocalDate repliedOn, String satisfaction, int reopened, Long deliberationId,
			String clerk, String unit) {
		LocalDate due = workingDays.plusWorkingDays(on, 10);
		if ("REOPENED".equals(status)) {
			due = workingDays.plusWorkingDays(repliedOn.plusDays(2), 10);
		}
		String person = b.name();
		opinions.add(new Object[] { id, matter, receipt(), v.countyId(), v.villageId(), v.path(), source, meetingId, content,
				Masking.name(person), status, DemoBatch.day(due), reply, DemoBatch.day(repliedOn), satisfaction, reopened,
				deliberationId, DemoBatch.ts(on, 10) });
		b.step(matter, on, 10, "PUBLIC".equals(source) ? "村民" + Masking.name(person) : clerk, "PUBLIC".equals(source) ? null : unit,
				"PUBLIC".equals(source) ? "留言" : "登记恳谈会意见", content);
		if (repliedOn != null && deliberationId == null) {
			b.step(matter, repliedOn, 15, clerk, unit, "答复", reply);
		}
		if (satisfaction != null && deliberationId == null) {
			b.step(matter, repliedOn.plusDays(2), 9, "留言村民", null, "评价：" + Opinion.satisfactionLabel(satisfaction),
					"UNSATISFIED".equals(satisfaction) ? "重新办理，答复期限 " + due : "办结");
		}
		if ("ESCALATED".equals(status)) {
			b.step(matter, due.plusDays(1), 8, "系统", null, "逾期提请乡镇督办", "答复期限 " + due + " 已过仍未答复；请乡镇督促办理并答复");
		}
	}

	private void consult(Place v, long id, long matter, long opinion, String[] concern, LocalDate d1, String clerk,
			String unit, String supervisor) {
		deliberations.add(new Object[] { id, matter, v.countyId(), v.villageId(), v.path(), "CONSULT", concern[1], "DAILY", "说事会",
				"VILLAGER", "民情恳谈会上群众提出", "DONE", 6, null, null, null, null, null, null, null, null, concern[2], null, null,
				DemoBatch.ts(d1.plusDays(1), 9) });
		b.step(matter, d1.plusDays(1), 9, clerk, unit, "启动议事协商", concern[1] + "（说事会）");
		String[] texts = { concern[0], "在村务公开栏和村民微信群发布说事会通知，告知相关村民小组全体农户。",
				"召开说事会，村“两委”成员、村民代表和群众共 " + b.between(15, 30) + " 人参加，各方充分发表意见。",
				"与会人员一致同意：" + concern[2] + "。", "在村务公开栏公布议定结果，并电话告知提出意见的村民。", "村务监督委员会全程监督，程序合规。" };
		for (int s = 1; s <= 6; s++) {
			LocalDate on = d1.plusDays(1 + 5L * (s - 1));
			step(id, matter, s, on, texts[s - 1], s == 6 ? supervisor : clerk, unit, Deliberation.CONSULT_STEPS.get(s - 1),
					s == 6 ? null : supervisor);
		}
		b.step(matter, d1.plusDays(33), 9, "留言村民", null, "评价：满意", "办结");
	}

	private void major(Place v, long id, long matter, String[] project, LocalDate start, boolean done, String clerk,
			String unit, String supervisor) {
		int eligible = b.between(25, 45);
		int present = b.between((eligible * 2 + 2) / 3 + 1, eligible);
		int against = b.between(0, 2);
		int abstain = b.between(0, 2);
		int votesFor = present - against - abstain;
		LocalDate voteOn = start.plusDays(6);
		LocalDate publish = start.plusDays(7);
		LocalDate until = publish.plusDays(7);
		String decision = "同意实施" + project[0] + "：" + project[1] + "。";
		deliberations.add(new Object[] { id, matter, v.countyId(), v.villageId(), v.path(), "MAJOR", project[0], "ALL", "村民代表会议",
				"BRANCH", "村党支部", done ? "DONE" : "PUBLISHED", done ? 6 : 5, "REPRESENTATIVES", eligible, 0, present, 0, votesFor,
				against, abstain, decision, 7, DemoBatch.day(until), DemoBatch.ts(start, 9) });
		b.step(matter, start, 9, clerk, unit, "启动四议两公开", project[0] + "（村民代表会议）");
		String vote = "村民代表会议到会 " + present + " 人，赞成 " + votesFor + "、反对 " + against + "、弃权 " + abstain + "，通过：" + decision;
		String[] texts = { "村党支部提议实施" + project[0] + "：" + project[1] + "。", "村“两委”联席会议商议，形成实施方案。",
				"党员大会审议，应到党员 " + b.between(20, 40) + " 人，到会人员一致同意提交村民代表会议。", vote,
				"在村务公开栏公示表决结果和决议，公示 7 天。", "项目已完工验收，实施情况和资金使用在村务公开栏公开。" };
		for (int s = 1; s <= (done ? 6 : 5); s++) {
			LocalDate on = s <= 3 ? start.plusDays(2L * (s - 1)) : s == 4 ? voteOn : s == 5 ? publish : start.plusDays(120);
			step(id, matter, s, on, texts[s - 1], clerk, unit, Deliberation.MAJOR_STEPS.get(s - 1), supervisor);
		}
		disclosures.add(new Object[] { disclosureIds.pop(), matter, v.countyId(), v.villageId(), v.path(), resolutionItem.id(),
				publish.toString(), DemoBatch.day(workingDays.plusWorkingDays(voteOn, 2)), DemoBatch.day(publish),
				"决议公开：" + project[0], decision + "\n" + texts[4], DemoBatch.day(until), id, clerk, DemoBatch.ts(publish, 11) });
		b.step(matter, publish, 11, clerk, unit, "村务公开", "决议公开：" + project[0] + "，公示至 " + until);
		if (done) {
			LocalDate end = start.plusDays(120);
			disclosures.add(new Object[] { disclosureIds.pop(), matter, v.countyId(), v.villageId(), v.path(), resultItem.id(),
					end.toString(), DemoBatch.day(workingDays.plusWorkingDays(end, 5)), DemoBatch.day(end), "实施情况公开：" + project[0],
					texts[5], null, id, clerk, DemoBatch.ts(end, 11) });
			b.step(matter, end, 11, clerk, unit, "村务公开", "实施情况公开：" + project[0]);
		}
	}

	private void step(long deliberation, long matter, int step, LocalDate on, String content, String by, String unit,
			String action, String supervisor) {
		steps.add(new Object[] { deliberation, step, DemoBatch.day(on), content, by, supervisor,
				supervisor == null ? null : "程序合规，同意" });
		b.step(matter, on, 10, by, unit, action, content);
		if (supervisor != null) {
			b.step(matter, on, 16, supervisor, Place.label(unit) + "村务监督委员会", "监督签署", action + "：程序合规，同意");
		}
	}

	private String receipt() {
		StringBuilder s = new StringBuilder("YJ");
		for (int i = 0; i < 10; i++) {
			s.append(RECEIPT[b.random.nextInt(RECEIPT.length)]);
		}
		return s.toString();
	}
}
