package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.identity.ApiTokens;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admission pages as a county office would put them in front of people: the check answers for the village, a
 * fast-track submission says so and a refusal is no green success, people by name and unit, no raw enums, lists
 * a page at a time, the approver sees what is retired, and the API's create-and-submit is all or nothing.
 */
class AdmissionPagesIT extends IntegrationTest {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Applications applications;

	@Autowired
	VillageReports reports;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	int v(long id) {
		return applications.find(id).orElseThrow().version();
	}

	List<Long> twoVillages() {
		return List.of(units.byRegion("610431101200").orElseThrow().id(), units.byRegion("610431101201").orElseThrow().id());
	}

	ApplicationForm form(String title, String content, String funding, String retire) {
		LocalDate today = LocalDate.of(2026, 12, 2); // the test clock's day
		return new ApplicationForm(title, RequestKind.TASK, content, null, ScopeType.VILLAGES, twoVillages(), today,
				today.plusMonths(6), 4, new BigDecimal("2"), funding == null ? null : new BigDecimal(funding),
				funding == null ? null : "县财政", null, null, funding != null, "张晓燕", null, false, null, null, retire);
	}

	long underDecision(QingdanUser dept, ApplicationForm f) {
		long id = gate.create(dept, f);
		gate.submit(dept, id, v(id));
		gate.comment(u("sufang"), id, "同意", null);
		gate.closeConsultation(u("jfb_review"), id, v(id));
		gate.assess(u("jfb_review"), id, v(id), "负担可控");
		return id;
	}

	@Test
	void theVillageCheckAnswersRegisteredButNotForThisVillageAndTheReportSaysSo() throws Exception {
		long id = underDecision(u("minzheng"), form("协助开展残疾人两项补贴入户核查", "请各村协助开展残疾人两项补贴对象入户核查。", "600", null));
		String number = gate.approve(u("approver"), id, v(id), null, null);
		long elsewhere = units.byRegion("610431102001").orElseThrow().id();

		mvc.perform(post("/public/register/check").param("input", number).param("village", String.valueOf(elsewhere)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已登记，但不适用于本村"), containsString("一键反映"))));
		mvc.perform(post("/public/register/check").param("input", number)
			.param("village", String.valueOf(twoVillages().get(0))).with(csrf()))
			.andExpect(content().string(allOf(containsString("已准入：该任务已列入准入目录，实施范围包括本村"), not(containsString("一键反映")))));
		// a signed-in village clerk is checked for its own village without choosing it
		mvc.perform(post("/public/register/check").param("input", number).with(csrf()).with(as("wugongzhen")))
			.andExpect(content().string(containsString("已准入")));

		String location = mvc.perform(post("/public/register/report").param("text", number)
			.param("village", String.valueOf(elsewhere)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String receipt = location.substring(location.indexOf("receipt=") + 8);
		var report = reports.byReceipt(receipt).orElseThrow();
		assertThat(report.checkResult()).isEqualTo("NOT_FOR_VILLAGE");
		assertThat(report.villageUnitId()).isEqualTo(elsewhere);
		mvc.perform(get("/admission/reports/{id}", report.id()).with(as("jfb_review")))
			.andExpect(content().string(allOf(containsString("已登记（" + number + "），但不适用于该村（社区）"),
					containsString("群众（匿名）"))));
		// an admitted task for the village is not reported
		mvc.perform(post("/public/register/report").param("text", number)
			.param("village", String.valueOf(twoVillages().get(0))).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("无需反映")));
	}

	@Test
	void aFastTrackSubmissionSaysFastTrackAndARefusalIsAnError() throws Exception {
		long assistance = gate.create(u("minzheng"), form("协助开展低保对象家庭经济状况入户调查", "请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查。", "1200", null));
		mvc.perform(post("/admission/applications/{id}/submit", assistance).param("version", String.valueOf(v(assistance)))
			.with(csrf()).with(as("minzheng")))
			.andExpect(flash().attribute("flash", allOf(containsString("快速通道"), not(containsString("完整审查")))))
			.andExpect(flash().attribute("flashError", nullValue()));
		long refused = gate.create(u("nongye"), form("村级拆违任务", "各村负责拆除辖区违法建筑，拆违情况每周排名通报。", null, null));
		mvc.perform(post("/admission/applications/{id}/submit", refused).param("version", String.valueOf(v(refused)))
			.with(csrf()).with(as("nongye")))
			.andExpect(flash().attribute("flash", nullValue()))
			.andExpect(flash().attribute("flashError", allOf(containsString("不予准入"), containsString("FM-26"), containsString("FM-02"))));
		mvc.perform(get("/admission/applications/{id}/refusal", refused).with(as("nongye")))
			.andExpect(content().string(allOf(containsString("FM-26"), containsString("FM-02"))));
	}

	@Test
	void peopleAppearByNameAndUnitAndNoRawEnumShows() throws Exception {
		long id = gate.create(u("minzheng"), form("协助开展特困人员供养对象走访", "请各村协助开展特困人员供养对象走访。", "500", null));
		gate.submit(u("minzheng"), id, v(id));
		gate.comment(u("sufang"), id, "同意", null);
		mvc.perform(get("/admission/applications/{id}", id).with(as("jfb_review")))
			.andExpect(content().string(allOf(containsString("张晓燕（县民政局）"), containsString("马红梅（苏坊镇）"),
					not(containsString("minzheng")), not(containsString("sufang")))));

		QingdanUser clerk = u("tianzhuang");
		String receipt = reports.file(applications.countyOf(clerk), clerk, "请各村统计本村古树名木数量并报送。", null,
				null, null, false);
		long reportId = reports.byReceipt(receipt).orElseThrow().id();
		mvc.perform(get("/admission/reports/{id}", reportId).with(as("jfb_review")))
			.andExpect(content().string(allOf(containsString("田永福（苏坊镇田庄村）"), not(containsString("tianzhuang")))));
		jdbc.sql("update village_report set screening_list = 'NONE' where receipt = ?").param(receipt).update();
		mvc.perform(get("/admission/reports").with(as("jfb_review")))
			.andExpect(content().string(allOf(containsString("未准入，清单未列事项"), not(containsString(">NONE<")))));
		mvc.perform(get("/admission/reports/{id}", reportId).with(as("jfb_review")))
			.andExpect(content().string(allOf(containsString("未准入，清单未列事项"), not(containsString("NONE")))));
	}

	@Test
	void listsComeAPageAtATime() throws Exception {
		QingdanUser nongye = u("nongye");
		for (int i = 0; i < 32; i++) {
			gate.create(nongye, form("协助开展农田水利设施巡查第" + i + "批", "请各村协助巡查农田水利设施。", null, null));
			reports.file(applications.countyOf(nongye), u("tiechen"), "请各村每天上报巡查照片第" + i + "次", null, null, null, false);
		}
		long total = applications.count(u("jfb_review"), null);
		mvc.perform(get("/admission/applications").with(as("jfb_review")))
			.andExpect(model().attribute("applications", hasSize(30)))
			.andExpect(model().attribute("total", total))
			.andExpect(content().string(containsString("第 1 / " + ((total - 1) / 30 + 1) + " 页，共 " + total + " 件")));
		mvc.perform(get("/admission/applications").param("page", "9999").with(as("jfb_review")))
			.andExpect(model().attribute("page", (int) ((total - 1) / 30)))
			.andExpect(model().attribute("applications", hasSize((int) (total - (total - 1) / 30 * 30))));
		mvc.perform(get("/admission/reports").with(as("jfb_review")))
			.andExpect(model().attribute("reports", hasSize(30)))
			.andExpect(content().string(containsString("下一页")));
		mvc.perform(get("/admission/applications/overdue").param("page", "-3").with(as("jfb_review")))
			.andExpect(status().isOk()).andExpect(model().attribute("page", 0));
	}

	@Test
	void theApproverSeesWhichMatterWouldBeRetired() throws Exception {
		QingdanUser minzheng = u("minzheng");
		long old = underDecision(minzheng, form("协助开展低保对象月度走访", "请各村协助开展低保对象月度走访。", "500", null));
		String oldNumber = gate.approve(u("approver"), old, v(old), null, null);
		long id = underDecision(minzheng, form("协助开展低保对象季度走访（替代月度）", "请各村协助开展低保对象季度走访，替代月度走访。", "500", oldNumber));
		mvc.perform(get("/admission/applications/{id}", id).with(as("approver")))
			.andExpect(content().string(allOf(containsString("准予准入后，将替代退出本部门已准入事项"), containsString(oldNumber),
					containsString("协助开展低保对象月度走访"))));
	}

	@Test
	void anApiSubmissionRefusedForWhatItLacksLeavesNoDraft() throws Exception {
		var admin = u("jfb_admin");
		String token = "Bearer " + tokens.issue(admin, "原子性测试", u("minzheng").unitId(), 30).token();
		long before = jdbc.sql("select count(*) from admission_application").query(Long.class).single();
		mvc.perform(post("/api/v1/applications").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"协助开展低保对象入户调查","kind":"工作任务","content":"请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查。",
					 "scopeType":"ALL","periodStart":"2027-01-01","periodEnd":"2027-12-31","occurrencesPerYear":4,"hoursPerOccurrence":2,
					 "submit":true}"""))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from admission_application").query(Long.class).single()).isEqualTo(before);
	}
}
