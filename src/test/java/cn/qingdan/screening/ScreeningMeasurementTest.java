package cn.qingdan.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

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
		check(measure("dev-cases.csv"));
	}

	/**
	 * Part 2 (150 cases, written after the engine was tuned on part 1) does not meet the goals: measured on
	 * 2026-12-02, accuracy 109/150 (0.727), refusals caught 54/65 (0.831), legitimate wrongly blocked 2/85 (1.18 per
	 * 50; that goal is met). The figures are guarded as they stand so that no change makes them worse unnoticed, and
	 * the goals are asserted as not met, so that whoever improves the engine raises these floors and, once there,
	 * moves the set under {@link #check}.
	 */
	@Test
	void devSetPart2() {
		ScreeningMeasurement.Report report = measure("dev-cases-2.csv");
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(150);
		assertThat(report.correct()).as("判定正确（2026-12-02 实测 109/150）").isGreaterThanOrEqualTo(109);
		assertThat(report.caught()).as("应拒拦下（实测 54/65）").isGreaterThanOrEqualTo(54);
		assertThat(report.wronglyBlocked()).as("合规请求误拦（实测 2/85）").isLessThanOrEqualTo(2);
		assertThat(report.blockedPer50()).as("每 50 条合规请求误拦").isLessThanOrEqualTo(2.0);
		assertThat(report.accuracy() >= 0.90 && report.caughtShare() >= 0.95)
			.as("第二部分已达目标：请提高上面的下限，并改用 check() 按目标把关").isFalse();
	}

	@Test
	void holdoutSet() {
		Path holdout = Path.of("src/test/resources/screening/holdout-cases.csv");
		check(ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(), LabelledCases.read(holdout)));
	}

	/**
	 * Holdout part 2 (72 cases, written for issue 13 from the seeds and the published lists before the engine was
	 * changed; never tuned on). First blind run on 2026-12-02: 43/72 (0.597), refusals caught 22/31, wrongly blocked
	 * 1/41. The figures of the current engine are guarded as floors.
	 */
	@Test
	void holdoutSetPart2() {
		Path holdout = Path.of("src/test/resources/screening/holdout-2-cases.csv");
		ScreeningMeasurement.Report report = ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(),
				LabelledCases.read(holdout));
		System.out.println(report.text());
		assertThat(report.total()).as("样本数").isEqualTo(72);
		assertThat(report.correct()).as("判定正确").isGreaterThanOrEqualTo(43);
		assertThat(report.caught()).as("应拒拦下").isGreaterThanOrEqualTo(22);
		assertThat(report.wronglyBlocked()).as("合规请求误拦").isLessThanOrEqualTo(1);
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
