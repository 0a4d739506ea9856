package cn.qingdan.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the measurement on the two dev sets and on our own holdout set, and guards the quality goals against
 * regressions. The dev sets are not part of the repository: they live in {@code ../shared/data/screening} next to the
 * project (as in CI and the main checkout; a git worktree one level deeper finds {@code ../../shared}), or wherever
 * {@code -Dscreening.dev-dir=…} points. Under {@code CI=true} missing dev sets fail the build (CI has them, and a
 * measurement that silently does not run guards nothing); elsewhere they skip with a message.
 */
class ScreeningMeasurementTest {

	@Test
	void devSet() {
		ScreeningMeasurement.Report report = measure("dev-cases.csv");
		check(report);
		assertThat(report.correct()).as("判定正确（实测 72/72）").isEqualTo(report.total());
	}

	/**
	 * Part 2 (150 cases, written after the engine was tuned on part 1). Measured on 2026-12-02 before issue 13:
	 * 109/150 (0.727), refusals caught 54/65, wrongly blocked 2/85. After reading structure and burden mechanisms
	 * (issue 13): 149/150, caught 65/65, wrongly blocked 0/85. Held to the goals and to the figures reached.
	 */
	@Test
	void devSetPart2() {
		ScreeningMeasurement.Report report = measure("dev-cases-2.csv");
		check(report);
		assertThat(report.total()).as("样本数").isEqualTo(150);
		assertThat(report.correct()).as("判定正确（第三轮后 149/150，第四轮后 150/150）").isGreaterThanOrEqualTo(150);
		assertThat(report.caught()).as("应拒拦下（实测 65/65）").isGreaterThanOrEqualTo(65);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（实测 0/85）").isZero();
	}

	@Test
	void holdoutSet() {
		Path holdout = Path.of("src/test/resources/screening/holdout-cases.csv");
		check(ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(), LabelledCases.read(holdout)));
	}

	/**
	 * Holdout part 2 (72 cases, written for issue 13 from the seeds and the published lists before the engine was
	 * changed; never tuned on). First blind run on 2026-12-02: 43/72 (0.597), refusals caught 22/31, wrongly blocked
	 * 1/41. After the issue-13 engine: 70/72, caught 30/31, wrongly blocked 0/41 — no longer blind, since its misses
	 * were read in the first round (see README); holdout part 3 is the blind set of the second round.
	 */
	@Test
	void holdoutSetPart2() {
		Path holdout = Path.of("src/test/resources/screening/holdout-2-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(72);
		assertThat(report.correct()).as("判定正确（首次盲测 43/72）").isGreaterThanOrEqualTo(72);
		assertThat(report.caught()).as("应拒拦下（首次盲测 22/31）").isGreaterThanOrEqualTo(31);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 1/41）").isZero();
	}

	/**
	 * Holdout part 3 (64 cases, written after the first round of issue-13 changes and before the second, from the
	 * seeds and the published lists, including signboards, work groups/apps, report forms and inspections). First
	 * blind run on 2026-12-02: 52/64 (0.813), refusals caught 19/27 (0.704), wrongly blocked 0/37. After the second
	 * round (families of its misses: ranking and 挂钩 wordings, 迎检 binders, 执法检查, 承诺书 and 免职, spending
	 * quotas, reminders of weather warnings, certificates described as 评语/评价反馈) it is no longer blind.
	 */
	@Test
	void holdoutSetPart3() {
		Path holdout = Path.of("src/test/resources/screening/holdout-3-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(64);
		assertThat(report.correct()).as("判定正确（首次盲测 52/64）").isGreaterThanOrEqualTo(64);
		assertThat(report.caught()).as("应拒拦下（首次盲测 19/27）").isGreaterThanOrEqualTo(27);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/37）").isZero();
	}

	/**
	 * Holdout part 4 (40 cases, written after the second round and before the third). First blind run on 2026-12-02:
	 * 29/40 (0.725), refusals caught 14/18 (0.778), wrongly blocked 0/22 — the honest figure for unseen wording. After
	 * the third round (families of its misses: 达不到/确保…率, 出现一例…考核, 通报批评, 分别…各报一份, 签到表照片材料,
	 * 请村通知/协助 with an assistance topic, 自行办理 as information, 考核表“意见”一栏, 现实表现材料): 38/40, no longer blind.
	 */
	@Test
	void holdoutSetPart4() {
		Path holdout = Path.of("src/test/resources/screening/holdout-4-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(40);
		assertThat(report.correct()).as("判定正确（首次盲测 29/40）").isGreaterThanOrEqualTo(40);
		assertThat(report.caught()).as("应拒拦下（首次盲测 14/18）").isGreaterThanOrEqualTo(18);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/22）").isZero();
	}

	/**
	 * Holdout part 5 (87 cases, written on 2026-12-02 after the third round and before the fourth, from the seeds and
	 * the published lists, in 通知, group-message and phone-call wording). First blind run: 70/87 (0.805), refusals
	 * caught 31/40 (0.775), wrongly blocked 1/47. After the fourth round (families of its misses: 集体账垫付 and 差额由村干部补足,
	 * 系统里已有的也要再报, 登记完毕再录入, 实物指标和满意度, 悬挂牌子, 墙上张贴制度, 漏传扣分, pass-on-only requests,
	 * a cadre speaking for the village, hotline notices, 评价意见反馈, 说明何时由谁使用): 87/87, no longer blind.
	 */
	@Test
	void holdoutSetPart5() {
		Path holdout = Path.of("src/test/resources/screening/holdout-5-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(87);
		assertThat(report.correct()).as("判定正确（首次盲测 70/87）").isGreaterThanOrEqualTo(87);
		assertThat(report.caught()).as("应拒拦下（首次盲测 31/40）").isGreaterThanOrEqualTo(40);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 1/47）").isZero();
	}

	/**
	 * Holdout part 6 (67 cases, written after the fourth round and before looking at any result). First blind run on
	 * 2026-12-02: 49/67 (0.731), refusals caught 17/29 (0.586), wrongly blocked 1/38 — the honest figure of round 4.
	 * After the fifth round (families of its misses: 社区 read as 村 for mechanisms, 缺一天记录按未履职, 不少于N张照片,
	 * 做满N场, 摊到村/你村分到N户, 每发现一处扣分, 由村里工作经费支出, 系统里报过另外填, 暗访前不准外出, 当场收缴/暂扣,
	 * 驱离摊贩, 由村牵头拆除, APP发日志统计, 制作责任牌; 告诉村民, 分发到户, 表上写意见, 填写反馈表, 自行下载, 报名请登录):
	 * 67/67, no longer blind.
	 */
	@Test
	void holdoutSetPart6() {
		Path holdout = Path.of("src/test/resources/screening/holdout-6-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(67);
		assertThat(report.correct()).as("判定正确（首次盲测 49/67）").isGreaterThanOrEqualTo(67);
		assertThat(report.caught()).as("应拒拦下（首次盲测 17/29）").isGreaterThanOrEqualTo(29);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 1/38）").isZero();
	}

	/**
	 * Holdout part 7 (54 cases, written after the fifth round and before looking at any result). First blind run on
	 * 2026-12-02: 46/54 (0.852), refusals caught 20/23 (0.870), wrongly blocked 0/31 — the honest figure of round 5.
	 * After the sixth round (a village organisation relaying 镇里说了, 明早报数, 要过九成, 全体村干部在现场 and 组织摆拍,
	 * 旗/盟 departments, 立即报告, 带路, 牧民代表会议, 签个意见盖个章, and “不到位” read as a penalty's condition, not
	 * a negation): 54/54, no longer blind.
	 */
	@Test
	void holdoutSetPart7() {
		Path holdout = Path.of("src/test/resources/screening/holdout-7-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(54);
		assertThat(report.correct()).as("判定正确（首次盲测 46/54）").isGreaterThanOrEqualTo(54);
		assertThat(report.caught()).as("应拒拦下（首次盲测 20/23）").isGreaterThanOrEqualTo(23);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/31）").isZero();
	}

	/**
	 * Holdouts 8 (51 cases, written after round 6) and 9 (42 cases, written after round 7), each before looking at any
	 * result. First blind runs on 2026-12-02: part 8 41/51 (0.804), caught 16/21, wrongly blocked 0/30; part 9 39/42
	 * (0.929), caught 17/18, wrongly blocked 1/24. After rounds 7 and 8 (their misses' families) both are 100 % and
	 * no longer blind.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "holdout-8-cases.csv, 51, 21, 41", "holdout-9-cases.csv, 42, 18, 39" })
	void holdoutSetsPart8And9(String name, int total, int refusals, int firstBlind) {
		Path holdout = Path.of("src/test/resources/screening", name);
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(total);
		assertThat(report.correct()).as("判定正确（首次盲测 " + firstBlind + "/" + total + "）").isEqualTo(total);
		assertThat(report.caught()).as("应拒拦下").isEqualTo(refusals);
		assertThat(report.wronglyBlocked()).as("合规请求误拦").isZero();
	}

	/**
	 * Holdout part 10 (40 cases, written after round 8). First blind run on 2026-12-02: 33/40 (0.825), refusals caught
	 * 11/16 (0.688), wrongly blocked 1/24. Its misses were read after holdout 11 was written (round 9: 每月…N场以上,
	 * 今天下班前…名单, 轨迹通过APP上传, 手写心得, 稳控承包到个人, 发给…家庭, 实习鉴定表): 40/40, no longer blind.
	 */
	@Test
	void holdoutSetPart10() {
		Path holdout = Path.of("src/test/resources/screening/holdout-10-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(40);
		assertThat(report.correct()).as("判定正确（首次盲测 33/40）").isEqualTo(40);
		assertThat(report.caught()).as("应拒拦下（首次盲测 11/16）").isEqualTo(16);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 1/24）").isZero();
	}

	/**
	 * Holdout part 11 (60 cases, written after round 8 and before looking at any result of round 9, committed alone).
	 * First blind run on 2026-12-02: 55/60 (0.917), refusals caught 25/27 (0.926), wrongly blocked 0/33 — the honest
	 * figure of round 8's engine. After round 9 (its misses' families: a stamped 说明 and a 反馈意见 as certificates,
	 * 在世, 医疗救助, 电话通知记录（sender）, 村民可到…领取 as information): 60/60, no longer blind; the next round writes
	 * holdout 12 first.
	 */
	@Test
	void holdoutSetPart11() {
		Path holdout = Path.of("src/test/resources/screening/holdout-11-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(60);
		assertThat(report.correct()).as("判定正确（首次盲测 55/60）").isEqualTo(60);
		assertThat(report.caught()).as("应拒拦下（首次盲测 25/27）").isEqualTo(27);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/33）").isZero();
	}

	/**
	 * Holdout part 12 (60 cases), written blind by a helper who read no engine code, pattern or earlier miss. First blind
	 * run (round 9's final state): 57/60 (0.950), refusals caught 27/28, wrongly blocked 1/32. After round 10 (its
	 * families: villagers' own meetings deciding about their collective money, 协税护税 quotas in 税费, a political review
	 * written as an opinion form filled in and stamped): 60/60, no longer blind.
	 */
	@Test
	void holdoutSetPart12() {
		ScreeningMeasurement.Report report = holdout("holdout-12-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(60);
		assertThat(report.correct()).as("判定正确（首次盲测 57/60）").isEqualTo(60);
		assertThat(report.caught()).as("应拒拦下（首次盲测 27/28）").isEqualTo(28);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 1/32）").isZero();
	}

	/**
	 * Holdouts 13 (60) and 14 (50), written blind by two more independent helpers, committed before any run. First blind
	 * runs (round 9's final state): 13 — 56/60 (0.933), caught 27/29, blocked 0/31; 14 — 46/50 (0.920), caught 22/24,
	 * blocked 0/26. After round 10 (certificates asked as a stamped written material, 证明老人还活着, 没结婚, 函调表,
	 * 宅基地是哪一年分的; 分别报送 data already in a platform; 食物中毒 and 联系…村民 in an emergency; villagers pooling their
	 * own money): 60/60 and 50/50, no longer blind; holdout 15 measures round 10 blind.
	 */
	@Test
	void holdoutSetsPart13And14() {
		ScreeningMeasurement.Report h13 = holdout("holdout-13-cases.csv");
		assertThat(h13.total()).as("样本数").isEqualTo(60);
		assertThat(h13.correct()).as("判定正确（首次盲测 56/60）").isEqualTo(60);
		assertThat(h13.caught()).as("应拒拦下（首次盲测 27/29）").isEqualTo(29);
		assertThat(h13.wronglyBlocked()).as("合规请求误拦（首次盲测 0/31）").isZero();
		ScreeningMeasurement.Report h14 = holdout("holdout-14-cases.csv");
		assertThat(h14.total()).as("样本数").isEqualTo(50);
		assertThat(h14.correct()).as("判定正确（首次盲测 46/50）").isEqualTo(50);
		assertThat(h14.caught()).as("应拒拦下（首次盲测 22/24）").isEqualTo(24);
		assertThat(h14.wronglyBlocked()).as("合规请求误拦（首次盲测 0/26）").isZero();
	}

	/**
	 * Holdout part 15 (60 cases), written blind by an independent helper while round 10 was made, committed before its
	 * first run. First blind run (round 10's final state): 55/60 (0.917), refusals caught 32/34 (0.941), wrongly blocked
	 * 0/26. After round 11 (已录入系统仍…再填, 今晚N点前报送, 团体会员缴会费, 情况反馈我局, 村民大会讨论通过, a village
	 * committee's members accompanying a department's staff): 60/60, no longer blind; holdout 16 measures round 11.
	 */
	@Test
	void holdoutSetPart15() {
		ScreeningMeasurement.Report report = holdout("holdout-15-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(60);
		assertThat(report.correct()).as("判定正确（首次盲测 55/60）").isEqualTo(60);
		assertThat(report.caught()).as("应拒拦下（首次盲测 32/34）").isEqualTo(34);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/26）").isZero();
	}

	/**
	 * Holdout part 16 (60 cases), written blind by an independent helper while round 11 was made, committed before its
	 * first run. First blind run (round 11's final state): 55/60 (0.917), refusals caught 28/32 (0.875), wrongly blocked
	 * 0/28. After round 12 (测评/抽查 with 在岗待命, 系统已有仍要纸质版, 从村级经费中扣划, a 情况说明 stamped, a group
	 * leader raising the villagers' own 按户出工): 60/60, no longer blind; holdout 17 measures round 12.
	 */
	@Test
	void holdoutSetPart16() {
		ScreeningMeasurement.Report report = holdout("holdout-16-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(60);
		assertThat(report.correct()).as("判定正确（首次盲测 55/60）").isEqualTo(60);
		assertThat(report.caught()).as("应拒拦下（首次盲测 28/32）").isEqualTo(32);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/28）").isZero();
	}

	/**
	 * Holdout part 17 (70 cases), written blind by an independent helper while round 12 was made, committed before its
	 * first run. First blind run (round 12's final state): 59/70 (0.843), refusals caught 30/38 (0.789), wrongly blocked
	 * 0/32 — certificates asked in everyday words (开个材料写明…, 出一份…的说明, 书面说明…并盖章) slipped past. After round
	 * 13: 70/70, no longer blind; holdout 18 measures round 13.
	 */
	@Test
	void holdoutSetPart17() {
		ScreeningMeasurement.Report report = holdout("holdout-17-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(70);
		assertThat(report.correct()).as("判定正确（首次盲测 59/70）").isEqualTo(70);
		assertThat(report.caught()).as("应拒拦下（首次盲测 30/38）").isEqualTo(38);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/32）").isZero();
	}

	/**
	 * Holdout part 18 (70 cases), written blind by an independent helper while round 13 was made, committed before its
	 * first run. First blind run (round 13's final state): 64/70 (0.914), refusals caught 32/37 (0.865), wrongly blocked
	 * 0/33. After round 14 (费用村里承担, 检查组看点 with 村书记待命, 每村赞助N元, 分三次各报, 请村委会写明…, 写清楚…盖上公章,
	 * 县防指 and 泄洪/安置点): 70/70, no longer blind; holdout 19 measures round 14.
	 */
	@Test
	void holdoutSetPart18() {
		ScreeningMeasurement.Report report = holdout("holdout-18-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(70);
		assertThat(report.correct()).as("判定正确（首次盲测 64/70）").isEqualTo(70);
		assertThat(report.caught()).as("应拒拦下（首次盲测 32/37）").isEqualTo(37);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/33）").isZero();
	}

	/**
	 * Holdout part 19 (80 cases), written blind by an independent helper while round 14 was made, committed before its
	 * first run. First blind run (round 14's final state): 76/80 (0.950), refusals caught 44/47 (0.936), wrongly blocked
	 * 1/33 (a retained certificate of a 楼栋长's part in the community's affairs refused as unlisted). After round 15
	 * (由社区开具罚单, 各社区抽调N名, 系统中已经录入…重新填写, 楼栋长/社区治理): 80/80, no longer blind.
	 */
	@Test
	void holdoutSetPart19() {
		ScreeningMeasurement.Report report = holdout("holdout-19-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(80);
		assertThat(report.correct()).as("判定正确（首次盲测 76/80）").isEqualTo(80);
		assertThat(report.caught()).as("应拒拦下（首次盲测 44/47）").isEqualTo(47);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 1/33）").isZero();
	}

	/**
	 * Holdout part 20 (80 cases, a third of them urban communities), written blind by an independent helper while round
	 * 15 was made, committed before its first run. First blind run (round 15's final state): 78/80 (0.975), refusals
	 * caught 43/43 (1.000), wrongly blocked 0/37. After round 16 (报到…情况作出反馈, 小区几位…居民 starting their own
	 * group): 80/80, no longer blind; round 16 itself has no blind run yet.
	 */
	@Test
	void holdoutSetPart20() {
		ScreeningMeasurement.Report report = holdout("holdout-20-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(80);
		assertThat(report.correct()).as("判定正确（首次盲测 78/80）").isEqualTo(80);
		assertThat(report.caught()).as("应拒拦下（首次盲测 43/43）").isEqualTo(43);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/37）").isZero();
	}

	/**
	 * Holdout part 21 (80 cases: unusual senders and mechanisms), written blind by an independent helper after round 16,
	 * committed before its first run. First blind run (round 16's final state): 76/80 (0.950), refusals caught 45/47
	 * (0.957), wrongly blocked 0/33. After round 17 (反馈…参加…情况, 无需村委会做任何工作, 内容基本相同但表格各不一样,
	 * 从集体账户垫资): 80/80, no longer blind; holdout 22 measures round 17.
	 */
	@Test
	void holdoutSetPart21() {
		ScreeningMeasurement.Report report = holdout("holdout-21-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(80);
		assertThat(report.correct()).as("判定正确（首次盲测 76/80）").isEqualTo(80);
		assertThat(report.caught()).as("应拒拦下（首次盲测 45/47）").isEqualTo(47);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/33）").isZero();
	}

	/**
	 * Holdout part 22 (80 cases), written blind by an independent helper while round 17 was made, committed before its
	 * first run. First blind run (round 17's final state): 75/80 (0.938), refusals caught 42/45 (0.933), wrongly blocked
	 * 0/35. After round 18 (明早八点前汇总报, 格式各不相同须分别填报, 当场对农户处以罚款, 有意愿的村可自愿申请): 79/80; the one
	 * left (县妇联 asking a village committee to look out and report, with “不需另建台账”, read as self-governance because
	 * the negated 台账 still counts as a burden word and stops the structural reading) is a known miss.
	 */
	@Test
	void holdoutSetPart22() {
		ScreeningMeasurement.Report report = holdout("holdout-22-cases.csv");
		assertThat(report.total()).as("样本数").isEqualTo(80);
		assertThat(report.correct()).as("判定正确（首次盲测 75/80）").isGreaterThanOrEqualTo(79);
		assertThat(report.caught()).as("应拒拦下（首次盲测 42/45）").isEqualTo(45);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（首次盲测 0/35）").isZero();
	}

	private static ScreeningMeasurement.Report holdout(String file) {
		Path holdout = Path.of("src/test/resources/screening/" + file);
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		return report;
	}

	private static ScreeningMeasurement.Report measure(String name) {
		Optional<Path> dir = LabelledCases.devDirectory();
		if (dir.isEmpty() || !Files.isRegularFile(dir.get().resolve(name))) {
			String missing = "未找到筛查开发集 " + name + "（" + dir.map(Path::toString).orElse("../shared/data/screening") + "）";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true 但" + missing + "：开发集测量不能跳过");
			}
			Assumptions.abort(missing + "，跳过开发集测量");
		}
		Path file = dir.get().resolve(name);
		return ScreeningMeasurement.measure(ScreenerTest.DEMO, file.toString(), LabelledCases.read(file));
	}

	private static void check(ScreeningMeasurement.Report report) {
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isPositive();
		assertThat(report.accuracy()).as("清单判定准确率").isGreaterThanOrEqualTo(0.90);
		assertThat(report.caughtShare()).as("应拒拦下比例").isGreaterThanOrEqualTo(0.95);
		assertThat(report.blockedPer50()).as("每 50 条合规请求误拦").isLessThanOrEqualTo(2.0);
	}
}
