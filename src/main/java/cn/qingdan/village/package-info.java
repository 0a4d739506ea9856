/**
 * Village self-governance (村民自治): what a village does for itself, recorded so that villagers can see it and the
 * township can guide it — 民情恳谈 and the opinion ledger, deliberation (议事协商) in six steps and 四议两公开(一监督),
 * village affairs disclosure (村务公开) against the county's catalogue, village compacts (村规民约) with the township's
 * filing review, and 述职述廉 / 民主评议 with the accountability ladder.
 *
 * <h2>Model</h2>
 * <pre>
 *   village_meeting (民情恳谈会: date, place, attendees, minutes)
 *        │ opinions raised at it
 *   village_opinion ── receipt (YJ…) ── matter_id ──┐      one matter = one timeline (Subject "village_matter")
 *        │ OPEN/REOPENED ─reply─▶ REPLIED ─rated─▶ CLOSED   (不满意 ─▶ REOPENED with a new deadline)
 *        │ past its deadline unanswered ─sweep─▶ ESCALATED (the township answers; a message 意见督办 to the township,
 *        │ settled when answered)
 *        ▼ taken into
 *   village_deliberation (CONSULT: 提议→告知→协商→决策→反馈→监督; MAJOR: 四议两公开 — 党支部提议 → 两委商议 →
 *        │  党员大会审议 → 村民(代表)会议决议 → 决议公开 → 结果公开), village_deliberation_step per step, each signed
 *        │  off by the supervision committee (VILLAGE_SUPERVISOR); the vote checked by {@code Quorum} (村民委员会组织法)
 *        ▼ resolution and result published as
 *   village_disclosure (against village_disclosure_item, the county's catalogue: monthly / quarterly / yearly / on
 *        the event, before-during-after for projects, finance first) + attachments; late or missing ones light up;
 *        villagers ask about a disclosure (质询 = an opinion of kind INQUIRY with its own deadline)
 *   village_compact + village_compact_version (DRAFT → ADOPTED by vote → FILED → IN_FORCE | RETURNED with a clause)
 *   village_appraisal + village_appraisal_cadre (满意/基本满意/不满意 counts) + village_accountability (the ladder)
 *   village_guidance (the township's comments)
 *   village_body (村级议事协商组织: 村民议事会 / 红白理事会 / 道德评议会 / 村务监督委员会 / 其他 — chosen 推选 or 选举
 *        │  by which meeting on which date, optionally the deliberation that chose it; term; members one a line with
 *        │  their role; rules and the mandate of the villagers' (representatives') meeting). Light: 在任 → 三个月内届满
 *        │  → 任期届满 (a to-do 换届 for the village; the township counts villages lacking one of the four or expired)
 *        ▼ work
 *   village_body_record (会议 / 办理事项 sorted by 三事分流 — 大事 to 四议两公开, 小事 settled by the body or the group,
 *        私事 the villager's own, helped — / 年度报告 to the meeting; owed once a year while in office)
 * </pre>
 *
 * <h2>Who</h2>
 * The village clerk and head write their own village's records; the supervision committee member signs steps off;
 * the township reads its villages, reviews compact filings, answers escalated opinions and comments; the county office
 * and inspectors read everything in the county. Villagers use the public page {@code /public/villages/{code}} (this
 * module's section), leave opinions without an account (rate-limited, phone sealed and masked) and follow them by
 * receipt at {@code /public/opinions/{receipt}}.
 *
 * A public-interest certificate's deliberation IS one of the village's deliberations: the certificate desk records it
 * through the contract {@code shared :: deliberation} ({@code DeliberationRecords}, implemented here: steps 提议, 协商 and 决策;
 * 反馈 and 监督 follow on the village's pages like any other) and shows it from there with its steps and timeline
 * (the shared fragment {@code village/deliberation-steps}). The certificate request keeps no deliberation columns.
 *
 * <h2>Boundaries</h2>
 * Own tables only ({@code village_*}); units from org, people from identity, the timeline and the sweep round from
 * the workflow kit; audit records by event. No other module uses a type of this one; the certificate desk
 * uses the deliberation contract in {@code shared.deliberation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "村民自治", allowedDependencies = { "shared",
		"shared :: crypto", "shared :: demo", "shared :: menu", "shared :: todo", "shared :: publicpage", "shared :: rollup", "shared :: deliberation", "audit", "notification",
		"identity", "org", "workflow :: timeline", "workflow :: sweep" })
package cn.qingdan.village;
