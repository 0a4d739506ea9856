package cn.qingdan.catalogue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.Screening;
import cn.qingdan.screening.ScreeningEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An office adds a new 形式主义 pattern without a release: through the change form (a pattern that misses its own
 * example is refused next to its field and nothing is saved), through consultation, assessment and approval, and the
 * next screening finds the mechanism and names it.
 */
class BurdenPatternChangeIT extends IntegrationTest {

	private static final String REQUEST = "镇团委：请各村认领公益岗位，每村认领不少于8个岗位，名单周五前报团委。";

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScreeningEngine screening;

	CatalogueFixtures f;

	@BeforeEach
	void setUp() {
		f = new CatalogueFixtures(catalogues, proposals, units, userDetails, jdbc);
	}

	private String submit(long id, String code, String pattern, String example) throws Exception {
		MvcResult r = mvc.perform(post("/catalogue/proposals/{id}/changes", id).param("op", "ADD")
			.param("version", String.valueOf(f.version(id))).param("reason", "新出现的摊派形式")
			.param("f_LIST", "禁止准入事项").param("f_CODE", code).param("f_NAME", "向村级组织摊派认领岗位任务")
			.param("f_BASIS_DOCUMENT", "《整治形式主义为基层减负若干规定》")
			.param("f_PATTERNS", pattern).param("f_EXAMPLES", example)
			.param("f_NEAR_MISSES", "有意愿的村民可自愿报名公益岗位。")
			.with(as("jfb_admin")).with(csrf())).andReturn();
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aNewPatternIsRefusedWhenItMissesItsExampleAndOnceApprovedScreeningFindsIt() throws Exception {
		long county = catalogues.all().stream().filter(c -> c.id() == f.catalogueId()).findFirst().orElseThrow().countyUnitId();
		assertThat(screening.screen(county, REQUEST, null).mechanisms()).noneMatch(m -> m.name().equals("摊派认领岗位"));

		long id = f.draft("增加认领岗位的负担模式").id();
		String code = f.freshCode(ListType.PROHIBITED);
		String refused = submit(id, code, "【摊派认领岗位】认领…N…个岗位", "各村须认领岗位，名额由镇里分配。");
		assertThat(refused).contains("<div class=\"field-error\">“负担模式”：模式“【摊派认领岗位】认领…N…个岗位”识别不出任何一句“应拦例句”");
		assertThat(proposals.changes(id)).isEmpty();

		submit(id, code, "【摊派认领岗位】认领…N…个岗位（依据：整治形式主义为基层减负若干规定）", "每村认领不少于5个岗位。");
		assertThat(proposals.changes(id)).singleElement()
			.satisfies(c -> assertThat(c.content().patterns()).containsExactly("【摊派认领岗位】认领…N…个岗位（依据：整治形式主义为基层减负若干规定）"));
		CatalogueVersion published = f.publish(id);

		Screening s = screening.screen(county, REQUEST, null);
		assertThat(s.catalogueVersion()).isEqualTo(published.number());
		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.mechanisms()).anySatisfy(m -> {
			assertThat(m.name()).isEqualTo("摊派认领岗位");
			assertThat(m.itemCode()).isEqualTo(code);
			assertThat(m.words()).isEqualTo("认领不少于8个岗位");
		});
		assertThat(s.evidence()).contains("机制：摊派认领岗位（认领不少于8个岗位），整治形式主义为基层减负若干规定明令禁止");
	}
}
