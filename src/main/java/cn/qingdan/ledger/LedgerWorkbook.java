package cn.qingdan.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The ledgers as a township hands them in (乡、村两级台账): a sheet of boards and one of wall rules, one row per item with
 * township, village (乡镇本级 for the township's own), name, issuer, place, spec, admission, status, reason, dates and
 * declaration; then the visits. The import reads the same board columns back ({@link LedgerImport}).
 */
final class LedgerWorkbook {

	static final List<String> BOARD_HEADERS = List.of("乡镇（街道）", "村（社区）", "区划代码", "名称", "授牌（制发）单位", "悬挂位置", "尺寸",
			"对应规格", "准入编号", "是否未经准入", "处置", "原因", "完成期限", "完成日期", "申报核实");

	private LedgerWorkbook() {
	}

	static void write(OutputStream out, String title, List<Board> boards, List<Board> rules, List<Visit> visits,
			Map<Long, String> names, Map<Long, String> codes, Map<Long, Spec> specs) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		boards(wb.newWorksheet("牌子台账"), title + "牌子台账", boards, names, codes, specs);
		boards(wb.newWorksheet("上墙制度台账"), title + "上墙制度台账", rules, names, codes, specs);
		Worksheet ws = wb.newWorksheet("督考调研登记");
		List<String> h = List.of("乡镇（街道）", "村（社区）", "日期", "类别", "来访单位和人员", "事由", "计划或依据", "准入编号", "小时", "超出限额", "无依据");
		header(ws, title + "督考调研登记", h);
		int r = 2;
		for (Visit v : visits) {
			Object[] cells = { names.get(v.townshipUnitId()), names.get(v.villageUnitId()), v.visitOn().toString(), v.kind().label(),
					v.visitor(), v.purpose(), v.basis(), v.admissionNumber(), v.hours(), v.overCap() ? "是" : "", v.unadmitted() ? "是" : "" };
			row(ws, r++, cells);
		}
		wb.finish();
	}

	private static void boards(Worksheet ws, String title, List<Board> list, Map<Long, String> names, Map<Long, String> codes,
			Map<Long, Spec> specs) {
		header(ws, title, BOARD_HEADERS);
		int r = 2;
		for (Board b : list) {
			Spec s = b.specId() == null ? null : specs.get(b.specId());
			Object[] cells = { names.get(b.townshipUnitId()), b.villageUnitId() == null ? "乡镇本级" : names.get(b.villageUnitId()),
					b.villageUnitId() == null ? "" : codes.get(b.villageUnitId()), b.name(), b.issuer(), b.place().label(), b.size(),
					s == null ? "不在规格内" : s.standardName(), b.admissionNumber(), b.unadmitted() ? "是" : "", b.status().label(),
					b.reason() == null ? "" : b.reason().label(), b.dueOn() == null ? "" : b.dueOn().toString(),
					b.doneOn() == null ? "" : b.doneOn().toString(), b.declaration().label() };
			row(ws, r++, cells);
			if (r % 2_000 == 0) {
				try {
					ws.flush();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
		}
	}

	private static void header(Worksheet ws, String title, List<String> headers) {
		ws.value(0, 0, title);
		ws.range(0, 0, 0, headers.size() - 1).merge();
		ws.style(0, 0).bold().fontSize(14).set();
		for (int c = 0; c < headers.size(); c++) {
			ws.value(1, c, headers.get(c));
			ws.style(1, c).bold().fillColor("DDEBF7").set();
			ws.width(c, c == 3 || c == 5 ? 28 : 14);
		}
		ws.freezePane(0, 2);
	}

	private static void row(Worksheet ws, int r, Object[] cells) {
		for (int c = 0; c < cells.length; c++) {
			Object v = cells[c];
			if (v instanceof Number n) {
				ws.value(r, c, n);
			}
			else if (v != null) {
				ws.value(r, c, v.toString());
			}
		}
	}
}
