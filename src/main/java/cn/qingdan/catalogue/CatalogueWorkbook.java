package cn.qingdan.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import cn.qingdan.shared.RuleViolation;

/**
 * Catalogue sheets in .xlsx: streaming export, validated import (every row checked, row-level Chinese errors,
 * nothing returned unless the whole file is valid), and the downloadable blank template. Uploads are guarded
 * against oversized and hostile files (zip bombs, too many entries or rows, files that are not spreadsheets).
 */
public final class CatalogueWorkbook {

	/** Largest upload accepted. */
	public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
	static final long MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;
	static final int MAX_COMPRESSION_RATIO = 200;
	static final int MAX_ENTRIES = 2_000;
	static final int MAX_ROWS = 50_000;

	static final String OPERATION = "操作";
	static final String REASON = "调整理由";
	static final String BASIS = "调整依据";

	private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

	private CatalogueWorkbook() {
	}

	/** One rejected row (or the whole file when {@code row} is 0). */
	public record RowError(int row, String message) {
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
		Optional<String> hostile = inspect(file);
		if (hostile.isPresent()) {
			errors.add(new RowError(0, hostile.get()));
			return;
		}
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = wb.getFirstSheet();
			List<Row> rows;
			try (var stream = sheet.openStream()) {
				rows = stream.limit(MAX_ROWS + 2L).toList();
			}
			if (rows.isEmpty()) {
				errors.add(new RowError(0, "工作表为空：第一行应为表头"));
				return;
			}
			if (rows.size() > MAX_ROWS + 1) {
				errors.add(new RowError(0, "行数超过上限 " + MAX_ROWS + " 行，请分批导入"));
				return;
			}
			Row head = rows.get(0);
			Map<ItemColumn, Integer> index = new EnumMap<>(ItemColumn.class);
			Map<String, Integer> extraIndex = new HashMap<>();
			for (int i = 0; i < head.getCellCount(); i++) {
				String h = text(head, i).strip();
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
			for (int r = 1; r < rows.size(); r++) {
				Row row = rows.get(r);
				int rowNum = row.getRowNum();
				Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
				boolean empty = true;
				for (var e : index.entrySet()) {
					String v = text(row, e.getValue());
					if ((e.getKey() == ItemColumn.VALID_FROM || e.getKey() == ItemColumn.VALID_TO) && EXCEL_SERIAL.matcher(v).matches()) {
						v = LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(v)).toString();
					}
					cells.put(e.getKey(), v);
					empty &= v.isBlank();
				}
				Map<String, String> extra = new HashMap<>();
				for (var e : extraIndex.entrySet()) {
					String v = text(row, e.getValue());
					extra.put(e.getKey(), v);
					empty &= v.isBlank();
				}
				if (!empty) {
					handler.row(rowNum, cells, extra);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			errors.add(new RowError(0, "文件无法读取：不是有效的 .xlsx 工作簿，或文件已损坏（请用 Excel 或 WPS 另存为 .xlsx 后重试）"));
		}
	}

	private static String text(Row row, int i) {
		if (i >= row.getCellCount()) {
			return "";
		}
		String t = row.getCellText(i);
		return t == null ? "" : t.strip();
	}

	/**
	 * Checks the container before any XML is parsed: an .xlsx is a zip; refuse anything that is not, or whose entries
	 * inflate beyond the limits (zip bombs), or that has too many entries. Returns the refusal in Chinese.
	 */
	static Optional<String> inspect(byte[] file) {
		if (file == null || file.length == 0) {
			return Optional.of("文件为空，请选择 .xlsx 文件");
		}
		if (file.length > MAX_UPLOAD_BYTES) {
			return Optional.of("文件超过 10MB 上限");
		}
		if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
			return Optional.of("文件不是 .xlsx 格式（如为 .xls 或 .csv，请用 Excel 或 WPS 另存为 .xlsx）");
		}
		long total = 0;
		int entries = 0;
		boolean workbook = false;
		byte[] buffer = new byte[64 * 1024];
		java.nio.file.Path temp = null;
		// ZipFile reads the central directory (ZipInputStream rejects the zip64 data descriptors some writers use);
		// every entry is still inflated and counted, since declared sizes can lie.
		try {
			temp = java.nio.file.Files.createTempFile("qingdan-upload", ".xlsx");
			java.nio.file.Files.write(temp, file);
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(temp.toFile())) {
				var all = zip.entries();
				while (all.hasMoreElements()) {
					ZipEntry entry = all.nextElement();
					if (++entries > MAX_ENTRIES) {
						return Optional.of("文件结构异常（压缩包内文件过多），已拒绝");
					}
					if (entry.getName().equals("xl/workbook.xml")) {
						workbook = true;
					}
					try (InputStream in = zip.getInputStream(entry)) {
						int n;
						while ((n = in.read(buffer)) > 0) {
							total += n;
							if (total > MAX_UNCOMPRESSED_BYTES || total > (long) MAX_COMPRESSION_RATIO * file.length) {
								return Optional.of("文件解压后体积异常（疑似压缩炸弹），已拒绝");
							}
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of("文件已损坏或不是有效的 .xlsx 工作簿");
		}
		finally {
			if (temp != null) {
				try {
					java.nio.file.Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
				}
			}
		}
		if (!workbook) {
			return Optional.of("文件不是 Excel 工作簿（缺少 xl/workbook.xml）");
		}
		return Optional.empty();
	}

	/** Throws a {@link RuleViolation} with all errors when an import failed (for API callers). */
	static String describe(List<RowError> errors) {
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
