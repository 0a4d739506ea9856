package cn.qingdan.screening;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the measurement on the dev set (when the shared data folder is there; set {@code -Dscreening.cases=...} to
 * point elsewhere) and on our own holdout set, and guards the quality goals against regressions.
 */
class ScreeningMeasurementTest {

	@Test
	void devSet() {
		Path dev = Path.of(System.getProperty("screening.cases", "/work/shared/data/screening/dev-cases.csv"));
		Assumptions.assumeTrue(Files.exists(dev), "未找到 " + dev + "，跳过开发集测量");
		check(ScreeningMeasurement.measure(ScreenerTest.DEMO, dev.toString(), LabelledCases.read(dev)));
	}

	@Test
	void holdoutSet() {
		Path holdout = Path.of("src/test/resources/screening/holdout-cases.csv");
		check(ScreeningMeasurement.measure(ScreenerTest.DEMO, holdout.toString(), LabelledCases.read(holdout)));
	}

	private static void check(ScreeningMeasurement.Report report) {
		System.out.println(report.text());
		assertThat(report.accuracy()).as("清单判定准确率").isGreaterThanOrEqualTo(0.90);
		assertThat(report.caughtShare()).as("应拒拦下比例").isGreaterThanOrEqualTo(0.95);
		assertThat(report.blockedPer50()).as("每 50 条合规请求误拦").isLessThanOrEqualTo(2.0);
	}
}
