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
 * declaration; the county's work groups and apps and its report forms with their fields (the columns their import
 * reads, {@link LedgerRegistryImport}); then the visits. The import reads the same board columns back
 * ({@link LedgerImport}).
 */
final class LedgerWorkbook {

	static final List<String> BOARD_HEADERS = List.of("乡镇（街道）", "村（社区）", "区划代码", "名称", "授牌（制发）单位", "悬挂位置", "尺寸",
			"对应规格", "准入编号", "是否未经准入", "处置", "原因", "完成期限", "完成日期", "申报核实");

	private LedgerWorkbook() {
	}

	/** The groups and apps sheet: the import's columns ({@link LedgerRegistryImport#GROUP_HEADERS}), then the outcome. */
	static final List<String> GROUP_EXTRA = List.of("登记单位", "状态", "关闭日期", "是否未经准入");

	/** The forms sheet: the issuer, the import's columns ({@link LedgerRegistryImport#FORM_HEADERS}), then the check. */
	static final List<String> FORM_EXTRA = List.of("状态", "停用日期", "重复字段占比（%）", "字段重复过半", "是否未经准入");

	/** What one export holds besides the boards: the visits, the groups and apps, the forms with their fields. */
	record Registries(List<Visit> visits, List<Group> groups, List<Form> forms, Map<Long, List<String>> fields) {
	}

	static void write(OutputStream out, String title, List<Board> boards, List<Board> rules, Registries reg,
			Map<Long, String> names, Map<Long, String> codes, Map<Long, Spec> specs) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		boards(wb.newWorksheet("牌子台账"), title + "牌子台账", boards, names, codes, specs);
		boards(wb.newWorksheet("上墙制度台账"), title + "上墙制度台账", rules, names, codes, specs);
		groups(wb.newWorksheet("工作群和政务应用台账"), title + "工作群和政务应用台账", reg.groups(), names);
		forms(wb.newWorksheet("报表台账"), title + "报表台账", reg.forms(), reg.fields());
		List<Visit> visits = reg.visits();
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

	private static void groups(Worksheet ws, String title, List<Group> list, Map<Long, String> names) {
		header(ws, title, concat(LedgerRegistryImport.GROUP_HEADERS, GROUP_EXTRA));
		int r = 2;
		for (Group g : list) {
			Object[] cells = { g.townshipUnitId() == null ? "全县" : names.get(g.townshipUnitId()), g.channel().label(), g.name(),
					g.purpose(), g.cadresRequired(), g.basis(), g.admissionNumber(), yes(g.countyMandated()),
					yes(g.selfGovernance()), yes(g.guidesVillages()), g.demandLabels(), g.ownerName(), g.status().label(),
					g.closedOn() == null ? "" : g.closedOn().toString(), g.unadmitted() ? "是" : "" };
			row(ws, r++, cells);
		}
	}

	private static void forms(Worksheet ws, String title, List<Form> list, Map<Long, List<String>> fields) {
		header(ws, title, concat(List.of("制发单位"), concat(LedgerRegistryImport.FORM_HEADERS, FORM_EXTRA)));
		int r = 2;
		for (Form f : list) {
			Object[] cells = { f.issuerName(), f.name(), f.frequency().label(), f.basis(), f.admissionNumber(), f.channel(),
					yes(f.selfGovernance()), String.join("、", fields.getOrDefault(f.id(), List.of())),
					f.inForce() ? "在用" : "已停用", f.retiredOn() == null ? "" : f.retiredOn().toString(), f.duplicateShare(),
					f.flagged() ? "是" : "", f.unadmitted() ? "是" : "" };
			row(ws, r++, cells);
		}
	}

	private static String yes(boolean b) {
		return b ? "是" : "否";
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
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
