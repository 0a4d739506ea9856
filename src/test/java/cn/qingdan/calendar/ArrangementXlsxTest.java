package cn.qingdan.calendar;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
}
