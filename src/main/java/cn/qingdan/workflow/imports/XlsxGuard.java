package cn.qingdan.workflow.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The checks an uploaded .xlsx passes before any XML in it is parsed. An .xlsx is a zip: refuse anything that is not
 * one, is larger than {@code maxUploadBytes}, has more than {@code maxEntries} entries, or whose entries inflate
 * beyond {@code maxInflatedBytes} or beyond {@code maxCompressionRatio} times the file's size (a zip bomb: a few
 * kilobytes of zeros that inflate to gigabytes). Every entry is inflated and counted, since declared sizes can lie.
 */
public record XlsxGuard(long maxUploadBytes, long maxInflatedBytes, int maxCompressionRatio, int maxEntries) {

	/** The compression ratio no real spreadsheet reaches (a sheet of repeated text compresses about 20 to 1). */
	public static final int RATIO = 200;

	/** Limits for a full catalogue: 10MB upload, 200MB inflated, ratio 200, 2,000 entries. */
	public static final XlsxGuard STANDARD = new XlsxGuard(10L * 1024 * 1024, 200L * 1024 * 1024, RATIO, 2_000);

	/** Whether the file starts like a zip (PK), as every .xlsx does. */
	public static boolean looksLikeXlsx(byte[] file) {
		return file != null && file.length >= 4 && file[0] == 'P' && file[1] == 'K';
	}

	/** The refusal in Chinese, or empty when the file may be parsed. */
	public Optional<String> inspect(byte[] file) {
		if (file == null || file.length == 0) {
			return Optional.of("文件为空，请选择 .xlsx 文件");
		}
		if (file.length > maxUploadBytes) {
			return Optional.of("文件超过 " + size(maxUploadBytes) + " 上限");
		}
		if (!looksLikeXlsx(file)) {
			return Optional.of("文件不是 .xlsx 格式（如为 .xls 或 .csv，请用 Excel 或 WPS 另存为 .xlsx）");
		}
		Path temp = null;
		// ZipFile reads the central directory (ZipInputStream rejects the zip64 data descriptors some writers use)
		try {
			temp = Files.createTempFile("qingdan-upload", ".xlsx");
			Files.write(temp, file);
			try (ZipFile zip = new ZipFile(temp.toFile())) {
				return entries(zip, file.length);
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of("文件不是有效的 .xlsx 工作簿，或文件已损坏");
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// a temp file left behind is harmless
				}
			}
		}
	}

	private Optional<String> entries(ZipFile zip, long fileSize) throws IOException {
		long limit = Math.min(maxInflatedBytes, (long) maxCompressionRatio * fileSize);
		long total = 0;
		int entries = 0;
		boolean workbook = false;
		byte[] buffer = new byte[64 * 1024];
		var all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++entries > maxEntries) {
				return Optional.of("文件结构异常（压缩包内文件过多），已拒绝");
			}
			workbook |= entry.getName().equals("xl/workbook.xml");
			try (InputStream in = zip.getInputStream(entry)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					total += n;
					if (total > limit) {
						return Optional.of("文件解压后体积异常（疑似压缩炸弹），已拒绝");
					}
				}
			}
		}
		return workbook ? Optional.empty() : Optional.of("文件不是 Excel 工作簿（缺少 xl/workbook.xml）");
	}

	private static String size(long bytes) {
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : bytes / 1024 + "KB";
	}
}
