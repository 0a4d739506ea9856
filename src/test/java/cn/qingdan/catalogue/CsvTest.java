package cn.qingdan.catalogue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	private static List<List<String>> read(String text) throws IOException {
		return Csv.read(new StringReader(text));
	}

	@Test
	void plainRows() throws IOException {
		assertThat(read("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
	}

	@Test
	void lastRowWithoutNewlineAndCrLfLineEnds() throws IOException {
		assertThat(read("a,b\r\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

	@Test
	void emptyFieldsAreKept() throws IOException {
		assertThat(read("a,,c,\n")).containsExactly(List.of("a", "", "c", ""));
	}

	@Test
	void quotedFieldsMayContainCommas() throws IOException {
		assertThat(read("\"县民政局,县财政局\",x\n")).containsExactly(List.of("县民政局,县财政局", "x"));
	}

	@Test
	void doubledQuotesInsideQuotesAreOneQuote() throws IOException {
		assertThat(read("\"他说\"\"你好\"\"\",\"\"\"\"\n")).containsExactly(List.of("他说\"你好\"", "\""));
	}

	@Test
	void lineBreaksInsideQuotesStayInTheField() throws IOException {
		assertThat(read("\"第一行\n第二行\r\n第三行\",b\nc,d\n"))
			.containsExactly(List.of("第一行\n第二行\r\n第三行", "b"), List.of("c", "d"));
	}

	@Test
	void quotedFieldAtEndOfInput() throws IOException {
		assertThat(read("a,\"b\"")).containsExactly(List.of("a", "b"));
		assertThat(read("a,\"\"")).containsExactly(List.of("a", ""));
	}

	@Test
	void leadingByteOrderMarkIsIgnored() throws IOException {
		byte[] bytes = "\uFEFF编码,名称\nZZ-01,组织村民自治\n".getBytes(StandardCharsets.UTF_8);
		List<List<String>> rows = Csv.read(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
				StandardCharsets.UTF_8)));
		assertThat(rows).containsExactly(List.of("编码", "名称"), List.of("ZZ-01", "组织村民自治"));
		assertThat(rows.get(0).get(0)).hasSize(2);
	}

	@Test
	void byteOrderMarkBeforeAQuotedField() throws IOException {
		assertThat(read("\uFEFF\"编码\",名称\n")).containsExactly(List.of("编码", "名称"));
	}

	@Test
	void emptyInputHasNoRows() throws IOException {
		assertThat(read("")).isEmpty();
		assertThat(read("\uFEFF")).isEmpty();
	}
}
