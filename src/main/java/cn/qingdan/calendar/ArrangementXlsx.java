package cn.qingdan.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Row;

import cn.qingdan.workflow.imports.RowError;
import cn.qingdan.workflow.imports.XlsxGuard;
import cn.qingdan.workflow.imports.XlsxRows;

/**
 * An uploaded .xlsx with the columns 日期, 类型, 名称 on its first sheet, turned into the lines {@link ArrangementCsv}
 * reads (a date cell becomes 2027-02-06). The container passes the workflow kit's {@link XlsxGuard} before any XML
 * is read: at most {@value #MAX_INFLATED} bytes inflated, at most {@link XlsxGuard#RATIO} times the file's size (zip
 * bombs), in at most {@value #MAX_ENTRIES} entries.
 */
final class ArrangementXlsx {

	static final long MAX_UPLOAD = 64L * 1024;
	static final long MAX_INFLATED = 8L * 1024 * 1024;
	static final int MAX_ENTRIES = 100;

	static final XlsxGuard GUARD = new XlsxGuard(MAX_UPLOAD, MAX_INFLATED, XlsxGuard.RATIO, MAX_ENTRIES);

	private ArrangementXlsx() {
	}

	static boolean looksLikeXlsx(byte[] file) {
		return XlsxGuard.looksLikeXlsx(file);
	}

	/** The sheet as {@code 日期,类型,名称} lines, or the refusal in Chinese. */
	static String lines(byte[] file, List<String> errors) {
		List<RowError> refused = new ArrayList<>();
		Optional<List<Row>> rows = XlsxRows.firstSheet(file, GUARD, ArrangementCsv.MAX_ROWS, refused);
		if (rows.isEmpty()) {
			refused.forEach(e -> errors.add(e.message()));
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (Row row : rows.get()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < Math.min(3, row.getCellCount()); i++) {
				String t = XlsxRows.text(row, i).replace(",", "，");
				cells.add(i == 0 ? XlsxRows.date(t) : t);
			}
			out.append(String.join(",", cells)).append('\n');
		}
		return out.toString();
	}
}
