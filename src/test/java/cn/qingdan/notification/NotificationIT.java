package cn.qingdan.notification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.AdmissionGate;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.admission.ApplicationForm;
import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.workflow.events.ConsultationRequested;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 items 2 and 5: a decision is a domain event, the event a message in the department's message centre (and
 * nobody else's), with the unread count in the top bar; the outbox delivers other channels and retries failures.
 */
@EnableScenarios
class NotificationIT extends IntegrationTest {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Messages messages;

	@Autowired
	cn.qingdan.catalogue.Catalogues catalogues;

	@Autowired
	Outbox outbox;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	private QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	private ApplicationForm prohibited(String title) {
		LocalDate today = LocalDate.now(clock);
		return new ApplicationForm(title, RequestKind.ASSESSMENT, "请各村党支部书记签订秸秆禁烧目标责任状，发现火点的村实行一票否决，扣发村干部绩效。",
				null, ScopeType.ALL, List.of(), today, today.plusMonths(6), 1, BigDecimal.ONE, null, null, null, null, false,
				"杨博", "13891040002", false, null, null, null);
	}

	private List<Messages.Received> titled(QingdanUser user, String title) {
		return messages.inbox(user, false, 0, 200).stream().filter(m -> m.title().contains(title)).toList();
	}

	@Test
	void aRefusalIsAnEventAndAMessageForTheDepartmentOnly(Scenario scenario) throws Exception {
		String title = "签订秸秆禁烧责任状（消息）";
		QingdanUser nongye = u("nongye");
		long before = messages.unreadCount(nongye);
		scenario.stimulate(() -> gate.createAndSubmit(nongye, prohibited(title)))
			.andWaitForEventOfType(ApplicationDecided.class)
			.matching(e -> e.title().equals(title))
			.toArriveAndVerify(e -> assertThat(e.decision()).isEqualTo(ApplicationDecided.Decision.REFUSED));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titled(nongye, title)).hasSize(1));
		Messages.Received m = titled(nongye, title).getFirst();
		assertThat(m.title()).isEqualTo("不予准入：" + title);
		assertThat(m.read()).isFalse();
		assertThat(messages.unreadCount(nongye)).isEqualTo(before + 1);
		assertThat(titled(u("minzheng"), title)).as("another department").isEmpty();
		assertThat(titled(u("jfb_admin"), title)).as("the office").isEmpty();

		// the top bar shows the count; the centre lists it; only the department can open or mark it
		String home = mvc.perform(get("/").with(as("nongye"))).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("id=\"unread-count\">" + (before + 1) + "<");
		assertThat(mvc.perform(get("/messages").with(as("nongye"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("不予准入：" + title).contains("标为已读");
		mvc.perform(post("/messages/{id}/read", m.id()).with(as("minzheng")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/messages/{id}", m.id()).with(as("minzheng"))).andExpect(status().isNotFound());
		assertThat(messages.unreadCount(nongye)).isEqualTo(before + 1);
		mvc.perform(get("/messages/{id}", m.id()).with(as("nongye"))).andExpect(redirectedUrl(m.link()));
		assertThat(messages.unreadCount(nongye)).isEqualTo(before);
		assertThat(titled(nongye, title).getFirst().read()).isTrue();
		mvc.perform(post("/messages/read").with(as("nongye")).with(csrf())).andExpect(redirectedUrl("/messages"));
		assertThat(messages.unreadCount(nongye)).isZero();
		assertThat(mvc.perform(get("/").with(as("nongye"))).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"unread-count\"");
	}

	@Test
	void aConsultationReachesTheConsultedUnitAndItsRolesOnly(Scenario scenario) {
		long county = u("sufang").unit().rootId();
		long sufang = u("sufang").unitId();
		scenario.publish(new ConsultationRequested("proposal", 999_001, county, "测试征求意见事项", "/catalogue/proposals/999001",
				List.of(sufang), LocalDate.of(2026, 12, 31)))
			.andWaitForStateChange(() -> titled(u("sufang"), "测试征求意见事项"), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).extracting(Messages.Received::title)
				.containsExactly("请反馈意见：测试征求意见事项（2026-12-31 前）"));
		assertThat(titled(u("wugongzhen"), "测试征求意见事项")).isEmpty();
		// county-wide messages to roles reach those roles only
		tx.executeWithoutResult(s -> messages.send(new Message(Recipient.county(county, "OFFICE_REVIEWER"), "测试", "仅审核员可见的消息", null, "/")));
		assertThat(titled(u("jfb_review"), "仅审核员可见的消息")).hasSize(1);
		assertThat(titled(u("jfb_admin"), "仅审核员可见的消息")).isEmpty();
		assertThat(titled(u("sufang"), "仅审核员可见的消息")).isEmpty();
	}

	/** Once the certificate is issued, the clerk's 请出具证明 message is done: no longer unread, shown as 已办结. */
	@Test
	void aMessageWhoseMatterIsDoneNoLongerCountsAsUnread(Scenario scenario) {
		QingdanUser clerk = u("tianzhuang");
		long county = clerk.unit().rootId();
		long village = clerk.unitId();
		scenario.publish(new cn.qingdan.certificate.events.CertificateRequestDecided(998_001, county, village, "测试办结证明",
				cn.qingdan.certificate.events.CertificateRequestDecided.Decision.APPROVED))
			.andWaitForStateChange(() -> titled(clerk, "测试办结证明"), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list.getFirst().read()).isFalse());
		long unread = messages.unreadCount(clerk);
		scenario.publish(new cn.qingdan.certificate.events.CertificateIssued(998_001, 1L, county, village, "田庄村证〔2026〕999号"))
			.andWaitForStateChange(() -> titled(clerk, "测试办结证明").getFirst(), Messages.Received::settled)
			.andVerify(m -> assertThat(m.read()).isTrue());
		assertThat(messages.unreadCount(clerk)).isEqualTo(unread - 1);
		assertThat(messages.inbox(clerk, true, 0, 200)).noneMatch(m -> m.title().contains("测试办结证明"));
	}

	/** A published catalogue version is news for everyone in the county, whatever their role (it once broke a constraint). */
	@Test
	void aPublishedCatalogueVersionReachesEveryRoleOfTheCounty(Scenario scenario) {
		long county = u("sufang").unit().rootId();
		// the county's real current version (the screening index listens too: a made-up number would stay in it)
		var catalogue = catalogues.forCounty(county).orElseThrow();
		var current = catalogues.current(catalogue.id()).orElseThrow();
		String title = "第 " + current.number() + " 版已发布";
		long before = titled(u("tianzhuang"), title).size();
		scenario.publish(new cn.qingdan.catalogue.CatalogueVersionPublished(catalogue.id(), county, current.number(), current.id()))
			.andWaitForStateChange(() -> titled(u("tianzhuang"), title), list -> list.size() > before)
			.andVerify(list -> assertThat(list).hasSize((int) before + 1));
		assertThat(titled(u("jfb_review"), title)).hasSizeGreaterThanOrEqualTo(1);
		assertThat(titled(u("minzheng"), title)).hasSizeGreaterThanOrEqualTo(1);
	}

	@Test
	void theLogChannelIsDeliveredFromTheOutboxAndAFailingChannelIsRetriedLater() {
		long county = u("sufang").unit().rootId();
		tx.executeWithoutResult(s -> messages.send(new Message(Recipient.unit(county, u("sufang").unitId()), "测试", "发件箱投递测试", null, null)));
		long row = jdbc.sql("select max(id) from notification_outbox where channel = 'log' and payload like '%发件箱投递测试%'").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from notification_outbox where channel = 'in-app' and sent_at is not null and payload like '%发件箱投递测试%'")
			.query(Long.class).single()).as("in-app is delivered at once").isEqualTo(1);
		outbox.deliverDue(1000);
		assertThat(jdbc.sql("select sent_at is not null from notification_outbox where id = ?").param(row).query(Boolean.class).single()).isTrue();

		MessageSender failing = new MessageSender() {
			@Override
			public String channel() {
				return "gateway";
			}

			@Override
			public void send(long outboxId, Message message) {
				throw new IllegalStateException("网关不可达");
			}
		};
		Outbox withGateway = new Outbox(jdbc, json, List.of(failing), new NotificationProperties(List.of("gateway"), 3), tx, clock);
		tx.executeWithoutResult(s -> withGateway.enqueue(new Message(Recipient.unit(county, u("sufang").unitId()), "测试", "网关投递测试", null, null)));
		withGateway.deliverDue(1000);
		record State(int attempts, boolean sent, String error, boolean later) {
		}
		// "later" on the application's clock (the test clock), which the outbox schedules by
		State state = jdbc.sql("select attempts, sent_at is not null, last_error, next_attempt_at > ? from notification_outbox where channel = 'gateway' and payload like '%网关投递测试%'")
			.param(java.sql.Timestamp.from(clock.instant()))
			.query((rs, n) -> new State(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getBoolean(4))).single();
		assertThat(state).isEqualTo(new State(1, false, "网关不可达", true));
		assertThatThrownBy(() -> new Outbox(jdbc, json, List.of(), new NotificationProperties(List.of("sms"), 3), tx, clock))
			.hasMessageContaining("sms");
	}

	/**
	 * The unread count and the first page are right among 200,000 messages in a county (200 per unit) and 2,000
	 * county-wide ones. The timings printed are a measurement for the README, never an assertion (the build machine's
	 * load decides them).
	 */
	@Test
	void theUnreadCountIsRightAmongManyMessages() {
		jdbc.sql("""
				with o as (insert into notification_outbox (channel, payload, created_at, next_attempt_at, sent_at, attempts)
				  select 'in-app', '{}', now(), now(), now(), 1 from generate_series(1, 202000) returning id)
				insert into notification_message (outbox_id, county_unit_id, unit_id, roles, category, title, created_at)
				select id, 900001, case when id % 101 = 0 then null else 900100 + id % 1000 end,
				  case when id % 101 = 0 then array['VILLAGE_CLERK']::varchar[] end, '测试', '压力测试消息', now() from o""").update();
		jdbc.sql("analyze notification_message").update();
		QingdanUser clerk = new QingdanUser(900003, "perf", "测试", new cn.qingdan.identity.UnitDirectory.UnitInfo(900100 + 7,
				"测试村", "VILLAGE", "/900001/900107/", true), java.util.EnumSet.of(cn.qingdan.identity.Role.VILLAGE_CLERK), "x",
				true, false, false);
		long unread = messages.unreadCount(clerk);
		assertThat(unread).isBetween(2_000L, 2_400L);
		long[] nanos = new long[30];
		for (int i = 0; i < nanos.length; i++) {
			long t0 = System.nanoTime();
			messages.unreadCount(clerk);
			nanos[i] = System.nanoTime() - t0;
		}
		java.util.Arrays.sort(nanos);
		System.out.printf("unread count over 202,000 messages (%d visible): median %.2f ms, max %.2f ms%n", unread,
				nanos[15] / 1e6, nanos[29] / 1e6);
		long[] pages = new long[30];
		for (int i = 0; i < pages.length; i++) {
			long t0 = System.nanoTime();
			assertThat(messages.inbox(clerk, false, 0, 30)).hasSize(30);
			pages[i] = System.nanoTime() - t0;
		}
		java.util.Arrays.sort(pages);
		System.out.printf("first page of the message centre: median %.2f ms, max %.2f ms%n", pages[15] / 1e6, pages[29] / 1e6);
		jdbc.sql("delete from notification_message where county_unit_id = 900001").update();
	}
}
