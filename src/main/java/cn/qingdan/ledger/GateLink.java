package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.Register;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;
import cn.qingdan.screening.ScreeningEngine;
import cn.qingdan.shared.lead.SupervisionLead;

/**
 * The ledgers' link to the gate: a ledger item is 未经准入 when it cites no admission number found in the register and
 * is neither a self-governance matter nor covered by another recorded basis (the county's specification table for a
 * board, a law or county mandate for an app); its name and description are read by the screening engine, so an item
 * that matches the prohibited list says so. Unadmitted items become supervision leads.
 */
@Component
class GateLink {

	private final Register register;
	private final ScreeningEngine screening;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	GateLink(Register register, ScreeningEngine screening, ApplicationEventPublisher events, Clock clock) {
		this.register = register;
		this.screening = screening;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param admissionNumber the number as typed, canonical when found in the register, or null
	 * @param registered whether the number is in the register
	 * @param unadmitted whether the item is 未经准入
	 * @param screening what screening says when the text matches the prohibited or self-governance list, or null
	 */
	record Verdict(String admissionNumber, boolean registered, boolean unadmitted, String screening) {
	}

	Verdict read(long countyUnitId, String text, RequestKind kind, String admissionNumber, boolean selfGovernance,
			boolean otherBasis) {
		String number = admissionNumber == null || admissionNumber.isBlank() ? null : admissionNumber.strip();
		Optional<Register.Entry> entry = number == null ? Optional.empty() : lookUp(countyUnitId, number);
		if (entry.isPresent()) {
			number = entry.get().number();
		}
		boolean unadmitted = entry.isEmpty() && !selfGovernance && !otherBasis;
		return new Verdict(number, entry.isPresent(), unadmitted, screen(countyUnitId, text, kind));
	}

	private Optional<Register.Entry> lookUp(long countyUnitId, String number) {
		try {
			return register.byNumber(countyUnitId, number);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The screening note for a text: only the lists a clerk must be told about (prohibited, self-governance). */
	String screen(long countyUnitId, String text, RequestKind kind) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.length() > ScreeningEngine.MAX_LENGTH ? text.substring(0, ScreeningEngine.MAX_LENGTH) : text;
		Screening s;
		try {
			s = screening.screen(countyUnitId, t, kind);
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (s.list() != Outcome.PROHIBITED && s.list() != Outcome.SELF_GOVERNANCE
				&& s.list() != Outcome.CERTIFICATE_NOT_ISSUABLE) {
			return null;
		}
		String note = "涉及" + s.list().label() + (s.item() == null ? "" : "：" + s.item().code() + "“" + s.item().name() + "”");
		return note.length() > 300 ? note.substring(0, 300) : note;
	}

	/** Publishes a supervision lead for an unadmitted item (kept once per source and reference by supervision). */
	void lead(String source, long id, long countyUnitId, Long responsibleUnitId, Long villageUnitId, String findingType,
			String summary, String link) {
		events.publishEvent(new SupervisionLead(source, Long.toString(id), countyUnitId, responsibleUnitId,
				villageUnitId, findingType, summary, link, LocalDate.now(clock)));
	}
}
