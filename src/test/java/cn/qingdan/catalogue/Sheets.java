package cn.qingdan.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Real .xlsx (and hostile) files for import tests. */
public final class Sheets {

	private Sheets() {
	}

	/** The item column headers in order. */
	public static List<String> header() {
		return Arrays.stream(ItemColumn.values()).map(ItemColumn::header).toList();
	}

	/** A sheet with the item header and one row per item. */
	public static byte[] items(List<ItemContent> items) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(header());
		items.forEach(i -> rows.add(ItemCells.cells(i)));
		return xlsx(rows);
	}

	/**
	 * A workbook whose first sheet holds the given rows (row 0 = Excel row 1), every cell a string, packed as a
	 * plain zip (as Excel or WPS save it). See {@link #repack(byte[])}.
	 */
	public static byte[] xlsx(List<List<String>> rows) {
		return repack(fastexcel(rows));
	}

	/** The same workbook exactly as fastexcel writes it (opczip: streamed entries with ZIP64 data descriptors). */
	public static byte[] fastexcel(List<List<String>> rows) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Workbook wb = new Workbook(out, "QingdanTest", "1.0");
			Worksheet ws = wb.newWorksheet("清单事项");
			for (int r = 0; r < rows.size(); r++) {
				List<String> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					if (row.get(c) != null && !row.get(c).isEmpty()) {
						ws.value(r, c, row.get(c));
					}
				}
			}
			wb.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Re-packs a zip with java.util.zip: same entries and content, but 32-bit data descriptors. fastexcel's writer
	 * (opczip OpcOutputStream) marks every entry with a ZIP64 data descriptor but no ZIP64 extra field in the local
	 * header, which java.util.zip.ZipInputStream misreads ("invalid entry size"). Files saved by Excel/WPS do not
	 * have this shape, so row-level import tests use repacked files; the raw shape is tested separately.
	 */
	public static byte[] repack(byte[] zip) {
		try {
			Path tmp = Files.createTempFile("qingdan-repack", ".zip");
			try {
				Files.write(tmp, zip);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
					for (ZipEntry e : java.util.Collections.list(in.entries())) {
						z.putNextEntry(new ZipEntry(e.getName()));
						try (InputStream s = in.getInputStream(e)) {
							s.transferTo(z);
						}
						z.closeEntry();
					}
				}
				return out.toByteArray();
			}
			finally {
				Files.deleteIfExists(tmp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip with a single entry of {@code megabytes} MB of zeros: a few hundred KB that inflate enormously. */
	public static byte[] zipBomb(int megabytes) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
				byte[] zeros = new byte[1024 * 1024];
				for (int i = 0; i < megabytes; i++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip holding the given entries (name, content). */
	public static byte[] zip(String... namesAndContents) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				for (int i = 0; i < namesAndContents.length; i += 2) {
					zip.putNextEntry(new ZipEntry(namesAndContents[i]));
					zip.write(namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
