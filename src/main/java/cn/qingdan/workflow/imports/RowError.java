package cn.qingdan.workflow.imports;

import java.util.List;

/** One rejected row of an imported file (the sheet's row number), or the whole file when {@code row} is 0. */
public record RowError(int row, String message) {

	/** The errors as lines (第 3 行：…), at most 50 and a count of the rest. */
	public static String describe(List<RowError> errors) {
		StringBuilder sb = new StringBuilder();
		for (RowError e : errors.subList(0, Math.min(errors.size(), 50))) {
			sb.append(e.row() > 0 ? "第 " + e.row() + " 行：" : "").append(e.message()).append('\n');
		}
		if (errors.size() > 50) {
			sb.append("……另有 ").append(errors.size() - 50).append(" 处错误");
		}
		return sb.toString().strip();
	}
}
