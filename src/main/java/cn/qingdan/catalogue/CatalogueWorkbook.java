package cn.qingdan.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Row;

import cn.qingdan.workflow.imports.RowError;
import cn.qingdan.workflow.imports.XlsxGuard;
import cn.qingdan.workflow.imports.XlsxRows;

/**
 * Catalogue sheets in .xlsx: streaming export, validated import (every row checked, row-level Chinese errors,
 * nothing returned unless the whole file is valid), and the downloadable blank template. Uploads are guarded
 * against oversized and hostile files (zip bombs, too many entries or rows, files that are not spreadsheets) by the
 * workflow kit's {@link XlsxGuard}.
 */
public final class CatalogueWorkbook {

	/** The hostile-file limits (10MB upload, 200MB inflated, ratio 200, 2,000 entries). */
	static final XlsxGuard GUARD = XlsxGuard.STANDARD;

	/** Largest upload accepted. */
	public static final long MAX_UPLOAD_BYTES = GUARD.maxUploadBytes();
	static final int MAX_ENTRIES = GUARD.maxEntries();
	static final int MAX_ROWS = 50_000;

	static final String OPERATION = "操作";
	static final String REASON = "调整理由";
	static final String BASIS = "调整依据";

	private CatalogueWorkbook() {
	}

	/** A proposal row: the operation, reason, basis and (for ADD/MODIFY) the item; for REMOVE only the code. */
	public record ChangeRow(int row, ProposalChange.Operation operation, String code, String reason, String basis,
			ItemContent item) {
	}

	public record ItemImport(List<ItemContent> items, List<RowError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	public record ChangeImport(List<ChangeRow> changes, List<RowError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	// ---------------------------------------------------------------- export

	public static void write(OutputStream out, String sheetTitle, List<ItemContent> items) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		Worksheet ws = wb.newWorksheet(safeSheetName(sheetTitle));
		header(ws, 0, List.of());
		int r = 1;
		for (ItemContent item : items) {
			List<String> cells = ItemCells.cells(item);
			for (int c = 0; c < cells.size(); c++) {
				ws.value(r, c, cells.get(c));
			}
			if (r % 2_000 == 0) {
				ws.flush();
			}
			r++;
		}
		wb.finish();
	}

	/** A blank sheet for a whole catalogue or for a change proposal, with one example row and an instructions sheet. */
	public static void writeTemplate(OutputStream out, boolean proposal) throws IOException {
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		Worksheet ws = wb.newWorksheet(proposal ? "清单调整申请" : "清单事项");
		List<String> extra = proposal ? List.of(OPERATION, REASON, BASIS) : List.of();
		header(ws, 0, extra);
		int c = 0;
		if (proposal) {
			ws.value(1, c++, "新增");
			ws.value(1, c++, "本县秸秆综合利用工作需村级协助宣传");
			ws.value(1, c++, "《陕西省秸秆露天禁烧和综合利用管理办法》");
		}
		String[] example = { "XZ-99", "依法协助政府工作事项", "协助开展秸秆禁烧和综合利用宣传", "农业农村",
				"协助乡镇在夏收、秋收期间开展秸秆禁烧和综合利用宣传", "《陕西省秸秆露天禁烧和综合利用管理办法》", "", "县农业农村局",
				"秸秆禁烧宣传；秸秆综合利用", "秸秆；禁烧", "武功县基层减负办", "", "2026-01-01", "", "2000", "是", "4", "3",
				"", "", "", "", "", "", "示例行，导入前请删除" };
		for (String v : example) {
			ws.value(1, c++, v);
		}
		Worksheet help = wb.newWorksheet("填写说明");
		String[] lines = { "填写说明", "1. 第一行为表头，请勿修改列名；每行一个事项。",
				"2. 清单：依法自治事项、依法协助政府工作事项、禁止准入事项、依法出具证明事项、不应出具证明事项。",
				"3. 编码：清单前缀加序号，ZZ（自治）、XZ（协助）、FM（禁止准入）、ZM（依法出具证明）、BZ（不应出具证明），如 XZ-12。",
				"4. 责任部门、别名、关键词可填多个，用“；”分隔。日期格式 2026-01-31。",
				"5. 经费标准、须签委托协议、年均次数、每次工时仅填协助事项；办事指南、所需材料、证明样式、办理时限仅填依法出具证明事项（时限 0 表示当场办结）；核验单位、替代方式仅填不应出具证明事项。",
				proposal ? "6. 操作：新增、修改、删除；每行须写调整理由。删除只需填编码。" : "6. 导入时逐行校验，任何一行有误则整个文件不导入，并列出全部错误行。",
				"7. 文件大小不超过 10MB，不超过 50000 行。" };
		for (int i = 0; i < lines.length; i++) {
			help.value(i, 0, lines[i]);
		}
		help.width(0, 120);
		wb.finish();
	}

	private static void header(Worksheet ws, int row, List<String> extra) {
		int c = 0;
		for (String h : extra) {
			ws.value(row, c, h);
			ws.style(row, c).bold().fillColor("DDEBF7").set();
			ws.width(c++, 14);
		}
		for (ItemColumn col : ItemColumn.values()) {
			ws.value(row, c, col.header());
			ws.style(row, c).bold().fillColor(col.required() ? "FCE4D6" : "DDEBF7").set();
			ws.width(c++, switch (col) {
				case NAME, DESCRIPTION, GUIDE, TEMPLATE, NOTE, SOURCE -> 40;
				case CODE, LIST, VALID_FROM, VALID_TO, AGREEMENT, OCCURRENCES, HOURS, TIME_LIMIT -> 14;
				default -> 22;
			});
		}
		ws.freezePane(0, row + 1);
	}

	private static String safeSheetName(String title) {
		String s = title == null || title.isBlank() ? "清单" : title.replaceAll("[\\\\/?*\\[\\]:]", "");
		return s.length() > 31 ? s.substring(0, 31) : s;
	}

	// ---------------------------------------------------------------- import

	/** Reads a whole catalogue. Nothing is returned as items unless every row is valid. */
	public static ItemImport readItems(byte[] file) {
		List<RowError> errors = new ArrayList<>();
		List<ItemContent> items = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		readRows(file, false, errors, (rowNum, cells, extra) -> {
			ItemCells.Parsed parsed = ItemCells.parse(rowNum, cells);
			if (!parsed.ok()) {
				parsed.errors().forEach(e -> errors.add(new RowError(rowNum, e)));
				return;
			}
			if (!codes.add(parsed.item().code())) {
				errors.add(new RowError(rowNum, "编码 " + parsed.item().code() + " 与前面的行重复"));
				return;
			}
			items.add(parsed.item());
		});
		if (errors.isEmpty() && items.isEmpty()) {
			errors.add(new RowError(0, "文件中没有事项行"));
		}
		return new ItemImport(errors.isEmpty() ? List.copyOf(items) : List.of(), List.copyOf(errors));
	}

	/** Reads a change proposal sheet (操作, 调整理由, 调整依据 + item columns). */
	public static ChangeImport readChanges(byte[] file) {
		List<RowError> errors = new ArrayList<>();
		List<ChangeRow> changes = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		readRows(file, true, errors, (rowNum, cells, extra) -> {
			ProposalChange.Operation op = ProposalChange.Operation.parse(extra.get(OPERATION));
			String reason = extra.getOrDefault(REASON, "").strip();
			String basis = extra.getOrDefault(BASIS, "").strip();
			List<String> rowErrors = new ArrayList<>();
			if (op == null) {
				rowErrors.add("“操作”应为新增、修改或删除");
			}
			if (reason.isEmpty()) {
				rowErrors.add("缺少调整理由");
			}
			String code = cells.getOrDefault(ItemColumn.CODE, "").strip().toUpperCase();
			ItemContent item = null;
			if (op == ProposalChange.Operation.REMOVE) {
				if (code.isEmpty()) {
					rowErrors.add("删除事项须填写编码");
				}
			}
			else if (op != null) {
				ItemCells.Parsed parsed = ItemCells.parse(rowNum, cells);
				rowErrors.addAll(parsed.errors());
				item = parsed.item();
			}
			if (!code.isEmpty() && !codes.add(code)) {
				rowErrors.add("编码 " + code + " 与前面的行重复");
			}
			if (rowErrors.isEmpty()) {
				changes.add(new ChangeRow(rowNum, op, code, reason, basis.isEmpty() ? null : basis, item));
			}
			else {
				rowErrors.forEach(e -> errors.add(new RowError(rowNum, e)));
			}
		});
		if (errors.isEmpty() && changes.isEmpty()) {
			errors.add(new RowError(0, "文件中没有调整事项行"));
		}
		return new ChangeImport(errors.isEmpty() ? List.copyOf(changes) : List.of(), List.copyOf(errors));
	}

	interface RowHandler {

		void row(int rowNum, Map<ItemColumn, String> cells, Map<String, String> extra);
	}

	private static void readRows(byte[] file, boolean proposal, List<RowError> errors, RowHandler handler) {
		Optional<List<Row>> read = XlsxRows.firstSheet(file, GUARD, MAX_ROWS, errors);
		if (read.isEmpty()) {
			return;
		}
		List<Row> rows = read.get();
		Row head = rows.get(0);
		Map<ItemColumn, Integer> index = new EnumMap<>(ItemColumn.class);
		Map<String, Integer> extraIndex = new HashMap<>();
		for (int i = 0; i < head.getCellCount(); i++) {
			String h = XlsxRows.text(head, i);
			for (ItemColumn c : ItemColumn.values()) {
				if (c.matches(h)) {
					index.put(c, i);
				}
			}
			if (h.equals(OPERATION) || h.equals(REASON) || h.equals(BASIS)) {
				extraIndex.put(h, i);
			}
		}
		List<String> missing = new ArrayList<>();
		for (ItemColumn c : ItemColumn.values()) {
			if (c.required() && !index.containsKey(c)) {
				missing.add(c.header());
			}
		}
		if (proposal && !extraIndex.containsKey(OPERATION)) {
			missing.add(OPERATION);
		}
		if (!missing.isEmpty()) {
			errors.add(new RowError(1, "表头缺少列：" + String.join("、", missing) + "（请使用页面提供的导入模板）"));
			return;
		}
		try {
			for (Row row : rows.subList(1, rows.size())) {
				Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
				boolean empty = true;
				for (var e : index.entrySet()) {
					String v = XlsxRows.text(row, e.getValue());
					cells.put(e.getKey(), e.getKey() == ItemColumn.VALID_FROM || e.getKey() == ItemColumn.VALID_TO ? XlsxRows.date(v) : v);
					empty &= v.isBlank();
				}
				Map<String, String> extra = new HashMap<>();
				for (var e : extraIndex.entrySet()) {
					String v = XlsxRows.text(row, e.getValue());
					extra.put(e.getKey(), v);
					empty &= v.isBlank();
				}
				if (!empty) {
					handler.row(row.getRowNum(), cells, extra);
				}
			}
		}
		catch (RuntimeException ex) {
			errors.add(new RowError(0, XlsxRows.UNREADABLE));
		}
	}

	/** The container checks ({@link XlsxGuard}); the refusal in Chinese. */
	static Optional<String> inspect(byte[] file) {
		return GUARD.inspect(file);
	}

	/** All errors as lines, for API callers. */
	static String describe(List<RowError> errors) {
		return RowError.describe(errors);
	}
}
