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
	 * Holdout parts 10 to 44, each written blind by an independent session (reading only DOMAIN.md, BREADTH.md, the
	 * seeds, the published lists and the labelling rules) while a round of issue 13 was made, committed before its first
	 * run and run once; its misses were then read and the next round fixed their families (catalogue/SOURCES.md, one
	 * paragraph a round). The first blind run of each is in the table (correct, refusals caught, legitimate wrongly
	 * blocked); since their misses were read, each set is now held at all its cases.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			holdout-10-cases.csv | 40 | 16 | 33 | 11 | 1
			holdout-11-cases.csv | 60 | 27 | 55 | 25 | 0
			holdout-12-cases.csv | 60 | 28 | 57 | 27 | 1
			holdout-13-cases.csv | 60 | 29 | 56 | 27 | 0
			holdout-14-cases.csv | 50 | 24 | 46 | 22 | 0
			holdout-15-cases.csv | 60 | 34 | 55 | 32 | 0
			holdout-16-cases.csv | 60 | 32 | 55 | 28 | 0
			holdout-17-cases.csv | 70 | 38 | 59 | 30 | 0
			holdout-18-cases.csv | 70 | 37 | 64 | 32 | 0
			holdout-19-cases.csv | 80 | 47 | 76 | 44 | 1
			holdout-20-cases.csv | 80 | 43 | 78 | 43 | 0
			holdout-21-cases.csv | 80 | 47 | 76 | 45 | 0
			holdout-22-cases.csv | 80 | 45 | 75 | 42 | 0
			holdout-23-cases.csv | 80 | 45 | 76 | 42 | 0
			holdout-24-cases.csv | 80 | 48 | 72 | 43 | 3
			holdout-25-cases.csv | 80 | 48 | 77 | 46 | 1
			holdout-26-cases.csv | 80 | 48 | 73 | 45 | 0
			holdout-27-cases.csv | 80 | 48 | 68 | 39 | 1
			holdout-28-cases.csv | 80 | 48 | 72 | 44 | 1
			holdout-29-cases.csv | 80 | 48 | 76 | 46 | 1
			holdout-30-cases.csv | 80 | 48 | 75 | 45 | 1
			holdout-31-cases.csv | 80 | 48 | 75 | 44 | 1
			holdout-32-cases.csv | 80 | 48 | 74 | 45 | 1
			holdout-33-cases.csv | 80 | 48 | 75 | 44 | 0
			holdout-34-cases.csv | 80 | 48 | 69 | 42 | 0
			holdout-35-cases.csv | 80 | 48 | 75 | 46 | 1
			holdout-36-cases.csv | 80 | 48 | 76 | 45 | 0
			holdout-37-cases.csv | 80 | 48 | 64 | 40 | 0
			holdout-38-cases.csv | 80 | 48 | 79 | 48 | 0
			holdout-39-cases.csv | 80 | 48 | 77 | 45 | 0
			holdout-40-cases.csv | 80 | 48 | 72 | 42 | 0
			holdout-41-cases.csv | 80 | 48 | 77 | 47 | 0
			holdout-42-cases.csv | 80 | 48 | 78 | 48 | 0
			holdout-43-cases.csv | 80 | 48 | 79 | 48 | 0
			holdout-44-cases.csv | 80 | 48 | 71 | 39 | 0
			""")
	void blindHoldouts(String file, int total, int refusals, int firstCorrect, int firstCaught, int firstBlocked) {
		ScreeningMeasurement.Report report = holdout(file);
		assertThat(report.total()).as("样本数").isEqualTo(total);
		assertThat(report.correct()).as("判定正确（首次盲测 " + firstCorrect + "/" + total + "）").isEqualTo(total);
		assertThat(report.caught()).as("应拒拦下（首次盲测 " + firstCaught + "/" + refusals + "）").isEqualTo(refusals);
		assertThat(report.wronglyBlocked())
			.as("合规请求误拦（首次盲测 " + firstBlocked + "/" + (total - refusals) + "）")
			.isZero();
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
