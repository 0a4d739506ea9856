package cn.qingdan.region;

import java.time.LocalDateTime;

/**
 * A snapshot of a background import, as the admin page shows it.
 *
 * @param scope "all" or the code being imported
 * @param scopeName 全国, or the name of the province, city or county
 * @param startedBy who started it ({@code 命令行} when run from the command line)
 * @param phase what is happening, in Chinese
 * @param rowsRead rows read from the files so far
 * @param percent estimated completion, 0–100
 * @param state running, finished or failed
 * @param report the result once finished, else {@code null}
 * @param error the Chinese reason once failed, else {@code null}
 */
public record RegionImportJob(String scope, String scopeName, String startedBy, LocalDateTime startedAt, String phase,
		long rowsRead, int percent, State state, ImportReport report, String error) {

	public enum State {
		RUNNING("进行中"), FINISHED("已完成"), FAILED("失败");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public boolean running() {
		return state == State.RUNNING;
	}

	RegionImportJob progressed(String phase, long rowsRead, int percent) {
		return new RegionImportJob(scope, scopeName, startedBy, startedAt, phase, rowsRead, percent, state, report, error);
	}

	RegionImportJob finished(ImportReport report) {
		return new RegionImportJob(scope, scopeName, startedBy, startedAt, "导入完成", report.total(), 100,
				State.FINISHED, report, null);
	}

	RegionImportJob failed(String error) {
		return new RegionImportJob(scope, scopeName, startedBy, startedAt, "导入失败，已全部回滚", rowsRead, percent,
				State.FAILED, null, error);
	}
}
