package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Units;
import cn.qingdan.shared.deliberation.CertificateDeliberation;
import cn.qingdan.shared.deliberation.DeliberationRecord;
import cn.qingdan.shared.deliberation.DeliberationRecords;

/**
 * The deliberation a public-interest certificate needs is one of the village's deliberations (议事协商, six steps):
 * 提议 (the request, on the day it was received), 协商 (who took part) and 决策 (what was decided, agreed or not) are
 * recorded from the certificate desk; 反馈 and the supervision committee's 监督 follow on the village's pages like any
 * other. Both the certificate page and the village's page show it through {@link #view}.
 */
@Component
class VillageDeliberationRecords implements DeliberationRecords {

	private final Matters m;
	private final Units units;
	private final Deliberations deliberations;

	VillageDeliberationRecords(Matters m, Units units, Deliberations deliberations) {
		this.m = m;
		this.units = units;
		this.deliberations = deliberations;
	}

	@Override
	public long recordForCertificate(CertificateDeliberation e) {
		Optional<Long> existing = m.jdbc().sql("select id from village_deliberation where certificate_request_id = ?")
			.param(e.requestId()).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		Place v = Place.of(units.unit(e.villageUnitId()).orElseThrow());
		String what = e.itemName() == null ? "清单未列的证明" : e.itemName();
		String verdict = e.agreed() ? "同意出具" : "不同意出具";
		long matter = m.next();
		long id = m.jdbc().sql("""
				insert into village_deliberation (matter_id, county_unit_id, village_unit_id, unit_path, kind, title, affects, form,
				  proposer_kind, proposer, status, step_done, decision, certificate_request_id, created_at)
				values (?, ?, ?, ?, 'CONSULT', ?, 'ALL', ?, 'VILLAGER', '证明申请人', ?, 4, ?, ?, ?) returning id""")
			.params(matter, v.countyId(), v.villageId(), v.path(), "出具证明：" + what, e.form(), e.agreed() ? "OPEN" : "REJECTED",
					verdict + "：" + e.outcome(), e.requestId(), Timestamp.from(e.at()))
			.query(Long.class).single();
		String proposal = "群众申请出具" + what + "，涉及公共利益或多数村民利益，须经民主议事并由负责人签字";
		String consult = e.form() + "，参加人员：" + e.participants();
		String decision = "经" + e.form() + "议定" + verdict + "：" + e.outcome();
		Object[][] steps = { { 1, e.receivedOn(), proposal }, { 3, e.on(), consult }, { 4, e.on(), decision } };
		for (Object[] s : steps) {
			m.jdbc().sql("insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by) values (?, ?, ?, ?, ?)")
				.params(id, s[0], Date.valueOf((java.time.LocalDate) s[1]), s[2], e.recordedBy()).update();
		}
		m.step(matter, e.at(), e.recordedBy(), e.recordedByUnit(), "启动议事协商", "出具证明：" + what + "（" + e.form() + "）");
		for (Object[] s : steps) {
			m.step(matter, e.at(), e.recordedBy(), e.recordedByUnit(), Deliberation.CONSULT_STEPS.get((int) s[0] - 1), (String) s[2]);
		}
		m.audit("记录证明议事", "议事协商", id, "出具证明：" + what + "，" + verdict);
		m.figuresChanged(v.path());
		return id;
	}

	@Override
	public Optional<DeliberationRecord> ofCertificate(long requestId) {
		return m.jdbc().sql("select * from village_deliberation where certificate_request_id = ? order by id desc limit 1")
			.param(requestId).query(Deliberation::map).optional().map(this::view);
	}

	/** The deliberation with all six steps (recorded or not) and its matter's timeline. */
	DeliberationRecord view(Deliberation d) {
		List<DeliberationRecord.Step> steps = steps(d);
		DeliberationRecord.Step decided = steps.get(Deliberation.VOTE_STEP - 1);
		Boolean agreed = !decided.done() ? null : !"REJECTED".equals(d.status());
		return new DeliberationRecord(d.id(), d.title(), d.kindLabel(), d.form(), d.statusLabel(), agreed, decided.doneOn(),
				d.decision(), steps, m.timeline(d.matterId()).stream()
					.map(t -> new DeliberationRecord.Event(t.at(), t.who(), t.action(), t.note())).toList());
	}

	List<DeliberationRecord.Step> steps(Deliberation d) {
		Map<Integer, Deliberation.Step> done = deliberations.steps(d.id()).stream()
			.collect(Collectors.toMap(Deliberation.Step::step, Function.identity()));
		List<DeliberationRecord.Step> all = new ArrayList<>();
		for (int i = 1; i <= d.steps().size(); i++) {
			Deliberation.Step s = done.get(i);
			all.add(s == null ? new DeliberationRecord.Step(i, d.steps().get(i - 1), null, null, null, null, null)
					: new DeliberationRecord.Step(i, d.steps().get(i - 1), s.doneOn(), s.content(), s.recordedBy(),
							s.supervisedBy(), s.supervisionNote()));
		}
		return all;
	}
}
