package cn.qingdan.ledger;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledgers end to end on the demo county: demo volumes, a board's life (record with a photo, spec suggested,
 * remove with an after-photo, declare, township sends back), data scope, bad uploads, audit, the public page and API.
 */
class LedgerIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static byte[] jpeg(int w, int h) throws Exception {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "jpg", out);
		return out.toByteArray();
	}

	long count(String sql, Object... args) {
		return jdbc.sql(sql).params(args).query(Long.class).single();
	}

	@Test
	void theDemoCountyHasLedgersForEveryVillage() {
		assertThat(count("select count(*) from ledger_spec where effective_to is null")).isEqualTo(15);
		assertThat(count("select count(distinct village_unit_id) from ledger_board where kind = 'BOARD'")).isEqualTo(192);
		assertThat(count("select min(c) from (select count(*) c from ledger_board where kind = 'BOARD' and name not like '测试%'"
				+ " and recorded_on = '2025-03-20' group by village_unit_id) t")).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from ledger_group")).isBetween(30L, 60L);
		assertThat(count("select count(*) from ledger_form where recorded_on = '2025-02-10'")).isBetween(70L, 90L);
		assertThat(count("select count(*) from ledger_visit where visit_on between '2025-01-01' and '2025-12-31'"))
			.isGreaterThan(count("select count(*) from ledger_visit where visit_on between '2026-01-01' and '2026-12-31'"));
	}

	@Test
	void aVillageRecordsABoardTheSpecIsSuggestedAndItIsCutDeclaredAndSentBack() throws Exception {
		MvcResult r = mvc.perform(multipart("/ledgers/boards").file(new MockMultipartFile("photo", "a.jpg", "image/jpeg", jpeg(800, 600)))
			.param("kind", "BOARD").param("name", "测试村妇女之家").param("issuer", "县妇联").param("place", "INSIDE")
			.with(as("tianzhuang")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		Board b = jdbc.sql("select " + Boards.COLUMNS + " from ledger_board where id = ?").param(id).query(Boards::map).single();
		assertThat(b.status()).isEqualTo(Ledger.Status.MERGE);
		assertThat(b.reason()).isEqualTo(Ledger.Reason.SIMILAR);
		assertThat(b.photoId()).isNotNull();
		assertThat(count("select length(thumbnail) from ledger_photo where id = ?", b.photoId())).isGreaterThan(0);
		mvc.perform(get("/ledgers/boards/" + id).with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("新时代文明实践站")));
		// another village does not see it; its township does
		mvc.perform(get("/ledgers/boards/" + id).with(as("tiechen"))).andExpect(status().isNotFound());
		mvc.perform(get("/ledgers/photos/" + b.photoId()).with(as("tiechen"))).andExpect(status().isNotFound());
		mvc.perform(get("/ledgers/photos/" + b.photoId()).param("size", "thumb").with(as("sufang"))).andExpect(status().isOk());
		mvc.perform(get("/ledgers/boards/" + id).with(as("wugongzhen"))).andExpect(status().isNotFound());

		mvc.perform(post("/ledgers/boards/" + id + "/decision").param("status", "REMOVE").param("reason", "IDLE")
			.param("dueOn", "2026-12-20").with(as("tianzhuang")).with(csrf())).andExpect(flash().attribute("flash", "已保存处置方式"));
		mvc.perform(multipart("/ledgers/boards/" + id + "/done").param("doneOn", "2026-12-02")
			.with(as("tianzhuang")).with(csrf())).andExpect(flash().attribute("flashError", "请上传整改后照片"));
		mvc.perform(multipart("/ledgers/boards/" + id + "/done").file(new MockMultipartFile("afterPhoto", "x.jpg", "image/jpeg",
				"not a picture".getBytes())).with(as("tianzhuang")).with(csrf()))
			.andExpect(flash().attribute("flashError", "照片须为 JPG 或 PNG 图片（按文件内容识别）"));
		mvc.perform(multipart("/ledgers/boards/" + id + "/done").file(new MockMultipartFile("afterPhoto", "x.jpg", "image/jpeg",
				new byte[(int) Photos.MAX_BYTES + 1])).with(as("tianzhuang")).with(csrf()))
			.andExpect(flash().attribute("flashError", "照片超过 8MB 上限，请压缩后重新上传"));
		mvc.perform(multipart("/ledgers/boards/" + id + "/done").file(new MockMultipartFile("afterPhoto", "x.jpg", "image/jpeg", jpeg(64, 64)))
			.param("doneOn", "2026-12-02").with(as("tianzhuang")).with(csrf())).andExpect(flash().attribute("flash", "已记录整改完成"));
		mvc.perform(post("/ledgers/boards/declaration").param("kind", "BOARD").with(as("tianzhuang")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select declaration from ledger_board where id = ?").param(id).query(String.class).single())
			.isEqualTo("DECLARED");
		// a village cannot verify; the township must give a comment to send back
		mvc.perform(post("/ledgers/boards/" + id + "/check").param("verdict", "accept").with(as("tianzhuang")).with(csrf()))
			.andExpect(flash().attribute("flashError", "村级台账由乡镇核实，乡镇台账由县减负办核实"));
		mvc.perform(post("/ledgers/boards/" + id + "/check").param("verdict", "return").with(as("sufang")).with(csrf()))
			.andExpect(flash().attribute("flashError", "退回时请填写退回意见"));
		mvc.perform(post("/ledgers/boards/" + id + "/check").param("verdict", "return").param("comment", "请补充拆除前照片")
			.with(as("sufang")).with(csrf())).andExpect(flash().attribute("flash", "已退回村（社区）"));
		assertThat(jdbc.sql("select declaration || ':' || return_comment from ledger_board where id = ?").param(id)
			.query(String.class).single()).isEqualTo("RETURNED:请补充拆除前照片");
		assertThat(count("select count(*) from audit_record where object_type = '牌子' and object_id = ?", Long.toString(id)))
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void anUnadmittedBoardOutOfSpecIsMarkedForRemovalAndScreened() throws Exception {
		MvcResult r = mvc.perform(multipart("/ledgers/boards").param("kind", "BOARD").param("name", "测试招商引资服务站")
			.param("issuer", "县商务局").with(as("tiechen")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		Board b = jdbc.sql("select " + Boards.COLUMNS + " from ledger_board where id = ?").param(id).query(Boards::map).single();
		assertThat(b.unadmitted()).isTrue();
		assertThat(b.status()).isEqualTo(Ledger.Status.REMOVE);
		assertThat(b.reason()).isEqualTo(Ledger.Reason.OUT_OF_SPEC);
		assertThat(b.screening()).startsWith("涉及禁止准入事项");
	}

	@Test
	void aDepartmentDoesNotRecordBoardsAndSeesNoVillageBoards() throws Exception {
		mvc.perform(multipart("/ledgers/boards").param("kind", "BOARD").param("name", "测试牌子").with(as("minzheng")).with(csrf()))
			.andExpect(flash().attribute("flashError", "只有村（社区）经办人、负责人或乡镇经办人可以登记本单位的牌子和上墙制度"));
		mvc.perform(get("/ledgers/boards").with(as("minzheng"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("共 0 条")));
	}

	@Test
	void thePublicPageAndApiListWhatLegitimatelyHangs() throws Exception {
		mvc.perform(get("/public/villages/610431101200")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("依规悬挂的牌子")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("田庄村村民委员会")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("苏坊镇村级工作指导群")));
		mvc.perform(get("/api/v1/villages/610431101200/ledgers")).andExpect(status().isOk())
			.andExpect(jsonPath("$.village").value("田庄村委会"))
			.andExpect(jsonPath("$.boards[0].spec").exists())
			.andExpect(jsonPath("$.forms.length()").value(org.hamcrest.Matchers.greaterThan(10)));
		mvc.perform(get("/api/v1/villages/999999999999/ledgers")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/villages/abc/ledgers")).andExpect(status().isNotFound());
	}

	@Test
	void theDashboardCountsPerTownshipAndDrillsDown() throws Exception {
		mvc.perform(get("/ledgers").with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("苏坊镇")));
		mvc.perform(get("/ledgers").with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("田庄村")));
		mvc.perform(get("/ledgers/export").with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}
}
