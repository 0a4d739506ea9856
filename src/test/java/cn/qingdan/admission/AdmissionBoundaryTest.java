package cn.qingdan.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Admission reads only its own tables (issue 12, item 3): no SQL of the module names org's {@code unit} table — unit
 * questions go to {@code Units} / {@code UnitTree}; and every query of applications brings the scope along
 * ({@link ApplicationRows#SELECT}) instead of one further query per row.
 */
class AdmissionBoundaryTest {

	private static final Path MODULE = Path.of("src/main/java/cn/qingdan/admission");

	private static final Pattern UNIT_TABLE = Pattern.compile("(?i)\\b(from|join|update|into)\\s+unit\\b");

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MODULE)) {
			return files.filter(p -> p.toString().endsWith(".java")).toList();
		}
	}

	@Test
	void noSqlOfTheModuleReadsTheUnitTable() throws IOException {
		assertThat(sources()).isNotEmpty().allSatisfy(p -> assertThat(UNIT_TABLE.matcher(Files.readString(p)).find())
			.as("%s reads org's unit table", p).isFalse());
	}

	@Test
	void applicationsAreReadWithTheirScopeInOneStatement() throws IOException {
		assertThat(sources()).allSatisfy(p -> assertThat(Files.readString(p))
			.as("%s queries applications without ApplicationRows.SELECT", p)
			.doesNotContainPattern("select (a\\.)?\\* from admission_application")
			.doesNotContain("from admission_scope where application_id = ? order by unit_id"));
	}
}
