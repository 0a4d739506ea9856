package cn.qingdan.audit;

import java.time.Duration;

/**
 * The outcome of walking the audit chain.
 *
 * @param checked how many records were read
 * @param intact whether every record matched its hash and linked to its predecessor, and the chain agrees with every
 * checkpoint kept outside the database
 * @param firstBrokenSeq the first record that does not (null when intact, or when the break is not at a stored record:
 * records missing at the end, a damaged checkpoint file)
 * @param problem what is wrong with it, in Chinese (null when intact)
 * @param took how long the walk took
 * @param checkpoint the newest checkpoint outside the database after the walk (null when none yet)
 * @param archivedThrough the records 1 to this seq were detached (archived partitions) and the chain starts at the
 * boundary anchored for them; 0 when none
 */
public record VerificationReport(long checked, boolean intact, Long firstBrokenSeq, String problem, Duration took,
		AuditCheckpoint checkpoint, long archivedThrough) {

	static VerificationReport intact(long checked, Duration took) {
		return new VerificationReport(checked, true, null, null, took, null, 0);
	}

	static VerificationReport broken(long checked, long seq, String problem, Duration took) {
		return new VerificationReport(checked, false, seq, problem, took, null, 0);
	}

	static VerificationReport brokenWithoutRecord(long checked, String problem, Duration took) {
		return new VerificationReport(checked, false, null, problem, took, null, 0);
	}

	VerificationReport withCheckpoint(AuditCheckpoint latest) {
		return new VerificationReport(checked, intact, firstBrokenSeq, problem, took, latest, archivedThrough);
	}

	VerificationReport withArchived(long through) {
		return new VerificationReport(checked, intact, firstBrokenSeq, problem, took, checkpoint, through);
	}

	/** One line for the page and the command. */
	public String summary() {
		String time = "，耗时 " + tookText();
		if (intact) {
			return checked == 0 ? "审计日志暂无记录，无需校验" + time
					: "审计链完整：共校验 " + checked + " 条记录，未发现篡改、删除或插入"
							+ (archivedThrough > 0 ? "（第 1 至 " + archivedThrough + " 号记录已分离归档，按库外校验点衔接）" : "")
							+ time;
		}
		if (firstBrokenSeq == null) {
			return "审计链断裂：" + problem + "；已校验 " + checked + " 条" + time;
		}
		return "审计链断裂：第 " + firstBrokenSeq + " 号记录校验未通过（" + problem + "）；已校验 " + checked + " 条" + time;
	}

	/** The newest checkpoint, in one line (or that there is none yet). */
	public String checkpointText() {
		return checkpoint == null ? "尚无库外校验点（首次校验或首批记录写入后生成）"
				: "链头第 " + checkpoint.seq() + " 号记录，哈希 " + checkpoint.shortHash() + "…，写于 " + checkpoint.atText();
	}

	public String tookText() {
		long ms = took.toMillis();
		return ms < 1000 ? ms + " 毫秒" : String.format("%.1f 秒", ms / 1000.0);
	}
}
