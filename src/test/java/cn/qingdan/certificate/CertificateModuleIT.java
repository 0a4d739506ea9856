package cn.qingdan.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.qingdan.ModuleTestSupport;
import cn.qingdan.certificate.events.CertificateIssued;
import cn.qingdan.certificate.events.CertificateRequestDecided;
import cn.qingdan.certificate.events.CertificateRevoked;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;

/**
 * The certificate module started with the modules it depends on (and the demo county, and the village module, which
 * implements the deliberation records a public-interest certificate writes through {@code shared :: deliberation},
 * with the modules it sends messages through),
 * not the whole application:
 * its steps work through the other modules' APIs alone, and each step that other modules react to publishes its
 * event with the right fields — never the applicant's personal data.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "demo", "village", "notification", "admission" })
@Import(ModuleTestSupport.class)
class CertificateModuleIT {

	private static final Map<String, String> ZM01 = Map.of("起始日期", "2018年3月1日", "居住地址", "三组12号", "自有住房/租住", "租住");

	private static int seq = 0;

	@Autowired
	CertificateDesk desk;

	@Autowired
	CertificateRequests requests;

	@Autowired
	Units units;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	private QingdanUser u(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}

	private static RequestForm form(String itemCode, boolean publicInterest) {
		seq++;
		String id = IdNumbers.complete("610431199002" + String.format("%02d", 1 + seq % 28) + String.format("%03d", 500 + seq));
		return new RequestForm("李" + "春夏秋冬".charAt(seq % 4) + "华", id, "13912345678", itemCode, "", "办理子女入学",
				AgencyType.SCHOOL, "武功县普集镇中心小学", "居民身份证、户口簿", publicInterest);
	}

	private CertificateRequest req(long id) {
		return requests.find(id).orElseThrow();
	}

	private long village() {
		return units.byRegion("610431101200").orElseThrow().id();
	}

	private long county() {
		return units.byRegion("610431").orElseThrow().id();
	}

	@Test
	void issuingPublishesCertificateIssued(Scenario scenario) {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("ZM-01", false));
		scenario.stimulate(() -> desk.issue(clerk, id, req(id).version(), ZM01, null))
			.andWaitForEventOfType(CertificateIssued.class)
			.matching(e -> e.requestId() == id)
			.toArriveAndVerify((event, certificate) -> {
				assertThat(event.certificateId()).isEqualTo(certificate.id());
				assertThat(event.number()).isEqualTo(certificate.number()).matches("田庄村证〔2026〕\\d+号");
				assertThat(event.countyUnitId()).isEqualTo(county());
				assertThat(event.villageUnitId()).isEqualTo(village());
			});
	}

	@Test
	void revokingPublishesCertificateRevoked(Scenario scenario) {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("ZM-01", false));
		Certificate c = desk.issue(clerk, id, req(id).version(), ZM01, null);
		scenario.stimulate(() -> desk.revoke(clerk, id, req(id).version(), "申请人提供材料不实"))
			.andWaitForEventOfType(CertificateRevoked.class)
			.matching(e -> e.requestId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.certificateId()).isEqualTo(c.id());
				assertThat(event.number()).isEqualTo(c.number());
				assertThat(event.countyUnitId()).isEqualTo(county());
				assertThat(event.villageUnitId()).isEqualTo(village());
				assertThat(req(id).status()).isEqualTo(RequestStatus.REVOKED);
			});
	}

	@Test
	void theHeadsApprovalIsPublishedAsDecided(Scenario scenario) {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("ZM-01", true));
		desk.deliberate(clerk, id, req(id).version(), LocalDate.now(clock), "村民代表会议", "村民代表 21 人", "同意出具", true);
		scenario.stimulate(() -> desk.approve(u("tianzhuang_zr"), id, req(id).version(), true, "同意"))
			.andWaitForEventOfType(CertificateRequestDecided.class)
			.matching(e -> e.requestId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.decision()).isEqualTo(CertificateRequestDecided.Decision.APPROVED);
				assertThat(event.itemName()).isEqualTo("居（租）住证明");
				assertThat(event.countyUnitId()).isEqualTo(county());
				assertThat(event.villageUnitId()).isEqualTo(village());
			});
	}

	@Test
	void aRefusalIsPublishedAsDecided(Scenario scenario) {
		QingdanUser clerk = u("tianzhuang");
		scenario.stimulate(() -> desk.record(clerk, form("BZ-05", false)))
			.andWaitForEventOfType(CertificateRequestDecided.class)
			.matching(e -> e.decision() == CertificateRequestDecided.Decision.REFUSED)
			.toArriveAndVerify((event, id) -> {
				assertThat(event.requestId()).isEqualTo(id);
				assertThat(req(id).status()).isEqualTo(RequestStatus.REFUSED);
				assertThat(event.itemName()).isEqualTo(req(id).itemName());
				assertThat(event.villageUnitId()).isEqualTo(village());
			});
	}
}
