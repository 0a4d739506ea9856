package cn.qingdan.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import cn.qingdan.certificate.StatisticsFigures.Refusal;

/**
 * Certificate statistics as .xlsx (streaming, like the catalogue export): sheets 按村统计, 按证明类型 and 按月统计, each
 * with a title row naming the area and the range, a note on how figures are counted, Chinese headers, one row per
 * village / type / month and a totals row. Counts are numbers; the on-time rate is a number with one decimal, empty
 * when nothing had a deadline.
 */
final class CertificateWorkbook {

	static final String VILLAGES = "按村统计";
	static final String TYPES = "按证明类型";
	static final String MONTHS = "按月统计";

	/** Header row index (0-based); data follow it. */
	static final int HEADER_ROW = 2;

	private CertificateWorkbook() {
	}

	/** The figure columns every sheet ends with, in order. */
	static List<String> figureHeaders() {
		List<String> h = new ArrayList<>(List.of("受理件数", "出具件数", "不予出具件数"));
		for (Refusal r : Refusal.values()) {
			h.add("其中：" + r.label());
		}
		h.addAll(List.of("撤销件数", "办理中件数", "逾期未办结件数", "按时办结件数", "时限考核件数", "按时办结率（%）"));
		return h;
	}

	public static String title(StatisticsReport report) {
		return report.title() + "证明开具统计（" + report.from() + " 至 " + report.to() + "）";
	}

	public static void write(OutputStream out, StatisticsReport report) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		sheet(wb, report, VILLAGES, List.of("乡镇（街道）", "村（社区）"), report.villages(),
				v -> List.of(nz(v.township()), v.village()), StatisticsReport.VillageRow::figures);
		sheet(wb, report, TYPES, List.of("证明编码", "证明名称", "清单判定"), report.types(),
				t -> List.of(nz(t.code()), t.name(), t.decision().label()), StatisticsReport.TypeRow::figures);
		sheet(wb, report, MONTHS, List.of("月份"), report.months(), m -> List.of(m.label()),
				StatisticsReport.MonthRow::figures);
		wb.finish();
	}

	private static <T> void sheet(Workbook wb, StatisticsReport report, String name, List<String> keys, List<T> rows,
			Function<T, List<String>> keyCells, Function<T, StatisticsFigures> figures) throws IOException {
		Worksheet ws = wb.newWorksheet(name);
		List<String> headers = new ArrayList<>(keys);
		headers.addAll(figureHeaders());
		int last = headers.size() - 1;
		ws.value(0, 0, title(report));
		ws.range(0, 0, 0, last).merge();
		ws.style(0, 0).bold().fontSize(14).set();
		ws.value(1, 0, "按受理日期统计；办理状态截至 " + report.today() + "。出具件数含已撤销；按时办结率 = 按时办结件数 ÷ 时限考核件数"
				+ "（有办理时限的已办结件数 + 逾期未办结件数），无时限考核件数时为空。");
		ws.range(1, 0, 1, last).merge();
		ws.style(1, 0).fontColor("666666").set();
		for (int c = 0; c <= last; c++) {
			ws.value(HEADER_ROW, c, headers.get(c));
			ws.style(HEADER_ROW, c).bold().fillColor("DDEBF7").wrapText(true).set();
			ws.width(c, c < keys.size() ? (keys.get(c).equals("证明名称") ? 36 : 16) : 12);
		}
		ws.freezePane(keys.size(), HEADER_ROW + 1);
		int r = HEADER_ROW + 1;
		for (T row : rows) {
			List<String> k = keyCells.apply(row);
			for (int c = 0; c < k.size(); c++) {
				ws.value(r, c, k.get(c));
			}
			figures(ws, r, keys.size(), figures.apply(row), false);
			if (r % 2_000 == 0) {
				ws.flush();
			}
			r++;
		}
		ws.value(r, 0, "合计");
		ws.style(r, 0).bold().set();
		figures(ws, r, keys.size(), report.total(), true);
	}

	private static void figures(Worksheet ws, int r, int first, StatisticsFigures f, boolean bold) {
		List<Long> counts = new ArrayList<>(List.of(f.requests(), f.issued(), f.refused()));
		for (Refusal reason : Refusal.values()) {
			counts.add(f.refused(reason));
		}
		counts.addAll(List.of(f.revoked(), f.open(), f.overdue(), f.onTime(), f.timed()));
		int c = first;
		for (Long n : counts) {
			ws.value(r, c, n);
			if (bold) {
				ws.style(r, c).bold().set();
			}
			c++;
		}
		BigDecimal rate = f.onTimeRate();
		if (rate != null) {
			ws.value(r, c, rate);
			var style = ws.style(r, c).format("0.0");
			(bold ? style.bold() : style).set();
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
