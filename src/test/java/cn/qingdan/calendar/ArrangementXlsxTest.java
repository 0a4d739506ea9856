package cn.qingdan.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrangementXlsxTest {

	@Test
	void aSheetWithADateCellBecomesLines() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var wb = new Workbook(out, "qingdan", "1.0")) {
			var ws = wb.newWorksheet("2027");
			ws.value(0, 0, "日期");
			ws.value(0, 1, "类型");
			ws.value(0, 2, "名称");
			ws.value(1, 0, LocalDate.of(2027, 10, 1));
			ws.value(1, 1, "放假");
			ws.value(1, 2, "国庆节");
		}
		List<String> errors = new ArrayList<>();
		String lines = ArrangementXlsx.lines(out.toByteArray(), errors);
		assertThat(errors).isEmpty();
		assertThat(lines).isEqualTo("日期,类型,名称\n2027-10-01,放假,国庆节\n");
	}

	/** A workbook-looking zip whose sheet is {@code megabytes} of zeros (about 1KB compressed per megabyte). */
	static byte[] zipBomb(int megabytes) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	@Test
	void aZipBombUnderTheSizeCapsIsRefusedByItsRatio() throws Exception {
		byte[] bomb = zipBomb(7);
		assertThat(bomb.length).isLessThan((int) ArrangementXlsx.MAX_UPLOAD);
		assertThat(7L * 1024 * 1024).isLessThan(ArrangementXlsx.MAX_INFLATED);
		List<String> errors = new ArrayList<>();
		assertThat(ArrangementXlsx.lines(bomb, errors)).isEmpty();
		assertThat(errors).containsExactly("文件解压后体积异常（疑似压缩炸弹），已拒绝");
	}

	@Test
	void tooManyEntriesAndNonWorkbooksAreRefused() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i <= ArrangementXlsx.MAX_ENTRIES; i++) {
				zip.putNextEntry(new ZipEntry("xl/media/" + i + ".xml"));
				zip.write('x');
				zip.closeEntry();
			}
		}
		List<String> errors = new ArrayList<>();
		ArrangementXlsx.lines(out.toByteArray(), errors);
		assertThat(errors).containsExactly("文件结构异常（压缩包内文件过多），已拒绝");
		errors.clear();
		ArrangementXlsx.lines(new byte[] { 'P', 'K', 3, 4, 0 }, errors);
		assertThat(errors).singleElement().asString().contains("不是");
	}
}
