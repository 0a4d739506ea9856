package cn.qingdan.region;

/** Told how an import is getting on. Called from the importing thread; keep it quick. */
@FunctionalInterface
public interface ProgressListener {

	/**
	 * @param phase what is happening, in Chinese (e.g. 正在读取村级区划文件)
	 * @param rowsRead division rows read from the files so far
	 * @param percent estimated completion, 0–100
	 */
	void onProgress(String phase, long rowsRead, int percent);

	static ProgressListener none() {
		return (phase, rows, percent) -> {
		};
	}
}
