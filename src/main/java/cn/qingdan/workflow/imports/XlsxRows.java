package cn.qingdan.workflow.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an uploaded .xlsx after the guard has passed it, and the text of its cells. */
public final class XlsxRows {

	/** The whole-file error for a file that passed the guard but cannot be read as a workbook. */
	public static final String UNREADABLE = "文件无法读取：不是有效的 .xlsx 工作簿，或文件已损坏（请用 Excel 或 WPS 另存为 .xlsx 后重试）";

	private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

	private XlsxRows() {
	}

	/**
	 * The first sheet's rows, header first, when the guard passes the file and the sheet holds a header and at most
	 * {@code maxRows} rows under it; otherwise empty, with the reason added to {@code errors} as a whole-file error.
	 */
	public static Optional<List<Row>> firstSheet(byte[] file, XlsxGuard guard, int maxRows, List<RowError> errors) {
		Optional<String> hostile = guard.inspect(file);
		if (hostile.isPresent()) {
			errors.add(new RowError(0, hostile.get()));
			return Optional.empty();
		}
		List<Row> rows;
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file));
				var stream = wb.getFirstSheet().openStream()) {
			rows = stream.limit(maxRows + 2L).toList();
		}
		catch (IOException | RuntimeException ex) {
			errors.add(new RowError(0, UNREADABLE));
			return Optional.empty();
		}
		if (rows.isEmpty()) {
			errors.add(new RowError(0, "工作表为空：第一行应为表头"));
			return Optional.empty();
		}
		if (rows.size() > maxRows + 1) {
			errors.add(new RowError(0, "行数超过上限 " + maxRows + " 行，请分批导入"));
			return Optional.empty();
		}
		return Optional.of(rows);
	}

	/** The cell's text, stripped; empty for a missing cell. */
	public static String text(Row row, int i) {
		if (i >= row.getCellCount()) {
			return "";
		}
		String t = row.getCellText(i);
		return t == null ? "" : t.strip();
	}

	/** A date cell's text as 2027-02-06: Excel stores dates as day serials (45000); other text is returned as is. */
	public static String date(String text) {
		return EXCEL_SERIAL.matcher(text).matches()
				? LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(text)).toString() : text;
	}
}
