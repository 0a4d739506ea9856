package cn.qingdan.admission;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Screening;
import cn.qingdan.shared.crypto.PersonalDataCipher;
import tools.jackson.databind.json.JsonMapper;

/** Writes an application's content (with its scope and screening verdict); the steps write the state. */
@Component
class ApplicationStore {

	private final JdbcClient jdbc;
	private final Units units;
	private final PersonalDataCipher cipher;
	private final JsonMapper json;

	ApplicationStore(JdbcClient jdbc, Units units, PersonalDataCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.units = units;
		this.cipher = cipher;
		this.json = json;
	}

	long insert(QingdanUser actor, ApplicationForm form, Screening screening, Instant now) {
		Unit dept = units.unit(actor.unitId()).orElseThrow();
		long id = jdbc.sql("""
				insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at,
				  title, kind, content, scope_type, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'ALL', 'DRAFT') returning id""")
			.params(actor.unit().rootId(), dept.id(), dept.path(), actor.username(), Timestamp.from(now), "", "TASK", "")
			.query(Long.class)
			.single();
		update(id, form, screening);
		return id;
	}

	void update(long id, ApplicationForm f, Screening s) {
		jdbc.sql("""
				update admission_application set title = :title, kind = :kind, content = :content, legal_basis = :basis,
				  scope_type = :scope, period_start = :ps, period_end = :pe, occurrences_per_year = :occ,
				  hours_per_occurrence = :hours, funding_per_village = :funding, budget_source = :source, staff = :staff,
				  authority = :authority, delegation_agreement = :agreement, contact_name = :contact,
				  contact_phone_cipher = :phone, emergency = :emergency, emergency_reason = :reason,
				  implemented_on = :implemented, retire_number = :retire,
				  screening_list = :sl, screening_item_code = :code, screening_item_name = :name, screening_basis = :sbasis,
				  screening_confidence = :conf, screening_evidence = cast(:evidence as jsonb), screening_version = :sv,
				  screening_also = cast(:also as jsonb) where id = :id""")
			.param("title", f.title())
			.param("kind", f.kind().name())
			.param("content", f.content())
			.param("basis", f.legalBasis())
			.param("scope", f.scopeType().name())
			.param("ps", f.periodStart() == null ? null : java.sql.Date.valueOf(f.periodStart()))
			.param("pe", f.periodEnd() == null ? null : java.sql.Date.valueOf(f.periodEnd()))
			.param("occ", f.occurrencesPerYear())
			.param("hours", f.hoursPerOccurrence())
			.param("funding", f.fundingPerVillage())
			.param("source", f.budgetSource())
			.param("staff", f.staff())
			.param("authority", f.authority())
			.param("agreement", f.delegationAgreement())
			.param("contact", f.contactName())
			.param("phone", cipher.encrypt(f.contactPhone()))
			.param("emergency", f.emergency())
			.param("reason", f.emergencyReason())
			.param("implemented", f.implementedOn() == null ? null : java.sql.Date.valueOf(f.implementedOn()))
			.param("retire", f.retireNumber())
			.param("sl", s.list().name())
			.param("code", s.item() == null ? null : s.item().code())
			.param("name", s.item() == null ? null : s.item().name())
			.param("sbasis", s.item() == null ? null : s.item().basis())
			.param("conf", BigDecimal.valueOf(s.confidence()).setScale(3, java.math.RoundingMode.HALF_UP))
			.param("evidence", json.writeValueAsString(s.evidence()))
			.param("sv", s.catalogueVersion())
			.param("also", json.writeValueAsString(s.alsoCited()))
			.param("id", id)
			.update();
		jdbc.sql("delete from admission_scope where application_id = ?").param(id).update();
		for (Long unit : f.scopeUnitIds()) {
			jdbc.sql("insert into admission_scope (application_id, unit_id) values (?, ?) on conflict do nothing")
				.params(id, unit)
				.update();
		}
	}

	/** The full contact phone (for authorised roles; callers audit the disclosure). */
	String contactPhone(long id) {
		return cipher.decrypt(jdbc.sql("select contact_phone_cipher from admission_application where id = ?").param(id)
			.query(byte[].class).optional().orElse(null));
	}

}
