package cn.qingdan.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded .xlsx with the columns 日期, 类型, 名称 on its first sheet, turned into the lines {@link ArrangementCsv}
 * reads (a date cell becomes 2027-02-06). The container is checked before any XML is read: at most
 * {@value #MAX_INFLATED} bytes inflated in at most {@value #MAX_ENTRIES} entries.
 */
final class ArrangementXlsx {

	static final long MAX_INFLATED = 8L * 1024 * 1024;
	static final int MAX_ENTRIES = 100;

	private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

	private ArrangementXlsx() {
	}

	static boolean looksLikeXlsx(byte[] file) {
		return file.length >= 4 && file[0] == 'P' && file[1] == 'K';
	}

	/** The sheet as {@code 日期,类型,名称} lines, or the refusal in Chinese. */
	static String lines(byte[] file, List<String> errors) {
		Optional<String> hostile = inspect(file);
		if (hostile.isPresent()) {
			errors.add(hostile.get());
			return "";
		}
		StringBuilder out = new StringBuilder();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file));
				var rows = wb.getFirstSheet().openStream()) {
			for (Row row : rows.limit(ArrangementCsv.MAX_ROWS + 2L).toList()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.min(3, row.getCellCount()); i++) {
					String t = row.getCellText(i) == null ? "" : row.getCellText(i).strip().replace(",", "，");
					cells.add(i == 0 && EXCEL_SERIAL.matcher(t).matches()
							? LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(t)).toString() : t);
				}
				out.append(String.join(",", cells)).append('\n');
			}
		}
		catch (IOException | RuntimeException ex) {
			errors.add("无法读取该 .xlsx 文件，请用 Excel 或 WPS 另存后重试，或改为粘贴内容");
			return "";
		}
		return out.toString();
	}

	/** ZipFile reads the central directory (ZipInputStream rejects the zip64 descriptors fastexcel and others write). */
	private static Optional<String> inspect(byte[] file) {
		long total = 0;
		int entries = 0;
		boolean workbook = false;
		byte[] buffer = new byte[16 * 1024];
		java.nio.file.Path temp = null;
		try {
			temp = java.nio.file.Files.createTempFile("qingdan-calendar", ".xlsx");
			java.nio.file.Files.write(temp, file);
			try (ZipFile zip = new ZipFile(temp.toFile())) {
				var all = zip.entries();
				while (all.hasMoreElements()) {
					ZipEntry entry = all.nextElement();
					if (++entries > MAX_ENTRIES) {
						return Optional.of("文件结构异常（压缩包内文件过多），已拒绝");
					}
					workbook |= entry.getName().equals("xl/workbook.xml");
					try (InputStream in = zip.getInputStream(entry)) {
						for (int n; (n = in.read(buffer)) > 0;) {
							total += n;
							if (total > MAX_INFLATED) {
								return Optional.of("文件解压后过大，已拒绝");
							}
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of("文件不是有效的 .xlsx 格式");
		}
		finally {
			if (temp != null) {
				try {
					java.nio.file.Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// a temp file left behind is harmless
				}
			}
		}
		return workbook ? Optional.empty() : Optional.of("文件不是 .xlsx 格式（请用 Excel 或 WPS 另存为 .xlsx，或上传 CSV）");
	}
}
