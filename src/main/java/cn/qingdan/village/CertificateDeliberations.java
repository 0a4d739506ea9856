package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.qingdan.certificate.events.CertificateDeliberationRecorded;
import cn.qingdan.org.Units;

/**
 * The deliberation a public-interest certificate needs, recorded on the certificate desk, becomes one of the village's
 * deliberations: 提议 (the request) and 决策 (the form and whether it agreed) are recorded; the village records 反馈 and
 * its supervision committee 监督 like any other. Who took part and what was said stay on the request (personal data).
 */
@Component
class CertificateDeliberations {

	private final Matters m;
	private final Units units;

	CertificateDeliberations(Matters m, Units units) {
		this.m = m;
		this.units = units;
	}

	@ApplicationModuleListener
	void on(CertificateDeliberationRecorded e) {
		if (m.jdbc().sql("select count(*) from village_deliberation where certificate_request_id = ?").param(e.requestId())
			.query(Integer.class).single() > 0) {
			return; // delivered again after a restart: recorded once
		}
		Place v = Place.of(units.unit(e.villageUnitId()).orElseThrow());
		String what = e.itemName() == null ? "清单未列的证明" : e.itemName();
		long matter = m.next();
		long id = m.jdbc().sql("""
				insert into village_deliberation (matter_id, county_unit_id, village_unit_id, unit_path, kind, title, affects, form,
				  proposer_kind, proposer, status, step_done, decision, certificate_request_id, created_at)
				values (?, ?, ?, ?, 'CONSULT', ?, 'ALL', ?, 'VILLAGER', '证明申请人', ?, 4, ?, ?, ?) returning id""")
			.params(matter, v.countyId(), v.villageId(), v.path(), "出具证明：" + what, e.form(), e.agreed() ? "OPEN" : "REJECTED",
					e.agreed() ? "同意出具" : "不同意出具", e.requestId(), Timestamp.from(m.now()))
			.query(Long.class).single();
		String proposal = "群众申请出具" + what + "，涉及公共利益或多数村民利益，须经民主议事并由负责人签字";
		String decision = "经" + e.form() + "议定" + (e.agreed() ? "同意出具" : "不同意出具") + "（参加人员和议事情况见证明申请）";
		for (Object[] s : new Object[][] { { 1, proposal }, { 4, decision } }) {
			m.jdbc().sql("insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by) values (?, ?, ?, ?, ?)")
				.params(id, s[0], Date.valueOf(e.on()), s[1], e.recordedBy()).update();
		}
		m.step(matter, e.recordedBy(), e.recordedByUnit(), "证明事项民主议事", decision);
	}
}
