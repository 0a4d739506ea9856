package cn.qingdan.audit;

import java.time.Duration;

/**
 * The outcome of walking the audit chain.
 *
 * @param checked how many records were read
 * @param intact whether every record matched its hash and linked to its predecessor
 * @param firstBrokenSeq the first record that does not (null when intact)
 * @param problem what is wrong with it, in Chinese (null when intact)
 * @param took how long the walk took
 */
public record VerificationReport(long checked, boolean intact, Long firstBrokenSeq, String problem, Duration took) {

	static VerificationReport intact(long checked, Duration took) {
		return new VerificationReport(checked, true, null, null, took);
	}

	static VerificationReport broken(long checked, long seq, String problem, Duration took) {
		return new VerificationReport(checked, false, seq, problem, took);
	}

	/** One line for the page and the command. */
	public String summary() {
		String time = "，耗时 " + tookText();
		if (intact) {
			return checked == 0 ? "审计日志暂无记录，无需校验" + time
					: "审计链完整：共校验 " + checked + " 条记录，未发现篡改、删除或插入" + time;
		}
		return "审计链断裂：第 " + firstBrokenSeq + " 号记录校验未通过（" + problem + "）；已校验 " + checked + " 条" + time;
	}

	public String tookText() {
		long ms = took.toMillis();
		return ms < 1000 ? ms + " 毫秒" : String.format("%.1f 秒", ms / 1000.0);
	}
}
