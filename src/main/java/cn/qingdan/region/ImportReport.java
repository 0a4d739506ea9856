package cn.qingdan.region;

import java.time.Duration;

/**
 * The outcome of one import. {@code total = inserted + updated + unchanged}; re-running an import reports every row
 * as unchanged.
 *
 * @param scope "all" or the 2/4/6-digit code imported
 */
public record ImportReport(String scope, int total, int inserted, int updated, int unchanged, Duration took) {

	/** A one-line Chinese summary for logs, the audit trail and the admin page. */
	public String summary() {
		return "共 %d 条：新增 %d、更新 %d、未变 %d，用时 %.1f 秒".formatted(total, inserted, updated, unchanged,
				took.toMillis() / 1000.0);
	}
}
