package cn.qingdan.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.shared.RuleViolation;

@SpringBootTest
@AutoConfigureMockMvc // same configuration as the web tests, so all share one application context
class DivisionImporterTest {

	@Autowired
	DivisionImporter importer;

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importingACountyTwiceChangesNothingTheSecondTime() {
		jdbc.sql("delete from region where code like '640104%'").update();

		ImportReport first = importer.importScope("640104");
		int inCounty = count("640104%");
		assertThat(inCounty).isGreaterThan(50);
		assertThat(first.inserted()).isEqualTo(inCounty);
		assertThat(first.total()).isEqualTo(inCounty + 2); // with 宁夏回族自治区 and 银川市
		assertThat(first.updated()).isZero();

		ImportReport second = importer.importScope("640104");
		assertThat(second.inserted()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(second.total()).isEqualTo(first.total());
	}

	@Test
	void aChangedNameIsPutBackAndCountedAsUpdated() {
		importer.importScope("640104");
		String village = jdbc.sql("select code from region where code like '640104%' and level = 5 order by code limit 1")
			.query(String.class).single();
		String name = regions.find(village).orElseThrow().name();
		jdbc.sql("update region set name = '改过的名称' where code = ?").param(village).update();

		ImportReport report = importer.importScope("640104");

		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.inserted()).isZero();
		assertThat(regions.find(village).orElseThrow().name()).isEqualTo(name);
	}

	@Test
	void aProvinceImportHoldsExactlyTheRowsOfItsFiles() throws IOException {
		Set<String> expected = codesInFiles("64");

		ImportReport report = importer.importScope("64");

		assertThat(report.total()).isEqualTo(expected.size());
		assertThat(report.inserted() + report.updated() + report.unchanged()).isEqualTo(report.total());
		assertThat(count("64%")).isEqualTo(expected.size());
		assertThat(regions.children("64")).hasSize(5); // 银川、石嘴山、吴忠、固原、中卫
		assertThat(regions.ancestors("640104001002")).extracting(Region::name)
			.containsExactly("宁夏回族自治区", "银川市", "兴庆区", regions.find("640104001").orElseThrow().name());
	}

	@Test
	void theDemoCountyIsThereWithItsProvinceAndCity() {
		assertThat(regions.find("610431")).get().extracting(Region::name).isEqualTo("武功县");
		assertThat(regions.ancestors("610431")).extracting(Region::name).containsExactly("陕西省", "咸阳市");
		assertThat(regions.countChildren("610431")).isGreaterThan(5);
		assertThat(regions.search("武功", 10)).extracting(Region::code).contains("610431000000");
	}

	@Test
	void progressIsReportedUpToOneHundredPercent() {
		List<Integer> percents = new ArrayList<>();
		importer.importScope("640104", (phase, rows, percent) -> percents.add(percent));
		assertThat(percents).isNotEmpty().isSorted().last().isEqualTo(100);
	}

	@Test
	void refusesMalformedAndUnknownScopes() {
		assertThatThrownBy(() -> importer.importScope("abc")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("导入范围");
		assertThatThrownBy(() -> importer.importScope("9901")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("未找到");
		assertThat(importer.describe("61")).isEqualTo("陕西省");
		assertThat(importer.describe("all")).isEqualTo("全国");
	}

	private int count(String like) {
		return jdbc.sql("select count(*) from region where code like ?").param(like).query(Integer.class).single();
	}

	/** The 12-digit codes of a province's rows in the shipped files, read independently of the importer. */
	private static Set<String> codesInFiles(String province) throws IOException {
		Set<String> codes = new HashSet<>();
		for (String file : new String[] { "provinces", "cities", "areas", "streets", "villages" }) {
			var resource = new ClassPathResource("divisions/" + file + ".csv.gz");
			try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource.getInputStream()),
					StandardCharsets.UTF_8))) {
				in.readLine();
				in.lines().map(line -> line.substring(0, line.indexOf(',')))
					.filter(code -> code.startsWith(province))
					.forEach(code -> codes.add((code + "000000000000").substring(0, 12)));
			}
		}
		return codes;
	}
}
