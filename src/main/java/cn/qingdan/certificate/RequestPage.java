package cn.qingdan.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.DeadlineLight;
import cn.qingdan.shared.deliberation.DeliberationRecords;

/**
 * The request page (certificate/request): the request, its decision and timeline, the certificate issued, and the
 * forms of exactly the steps {@link RequestSteps} allows the user ({@code can}), with errors and input kept after a
 * refused step.
 */
@Component
class RequestPage {

	private final CertificateRequests requests;
	private final CertificateDesk desk;
	private final Certificates certificates;
	private final CertificateAssistant assistant;
	private final PublicAddress address;
	private final Clock clock;
	private final DeadlineLight deadlineLight;
	private final DeliberationRecords deliberations;

	RequestPage(CertificateRequests requests, CertificateDesk desk, Certificates certificates,
			CertificateAssistant assistant, PublicAddress address, Clock clock, DeadlineLight deadlineLight,
			DeliberationRecords deliberations) {
		this.deliberations = deliberations;
		this.requests = requests;
		this.desk = desk;
		this.certificates = certificates;
		this.assistant = assistant;
		this.address = address;
		this.clock = clock;
		this.deadlineLight = deadlineLight;
	}

	String show(Model model, CertificateRequest r, Map<String, String> errors, Map<String, String> input) {
		QingdanUser me = DataScopes.currentUser();
		RequestSteps.Can can = RequestSteps.Can.of(r, me);
		model.addAttribute("r", r);
		model.addAttribute("errors", errors);
		model.addAttribute("input", input);
		model.addAttribute("can", can);
		model.addAttribute("item", r.itemCode() == null ? null
				: assistant.item(r.countyUnitId(), r.catalogueVersion(), r.itemCode()).orElse(null));
		model.addAttribute("timeline", requests.timeline(r.id()));
		model.addAttribute("certificate", certificates.forRequest(r.id()).orElse(null));
		model.addAttribute("fields", can.issue() ? desk.clerkFields(r) : List.of());
		model.addAttribute("freeText", can.issue() && desk.template(r) == null);
		model.addAttribute("deliberationForms", RecordDeliberation.FORMS);
		model.addAttribute("deliberation", r.publicInterest() ? deliberations.ofCertificate(r.id()).orElse(null) : null);
		model.addAttribute("manualReasons", RefusalReason.manual());
		model.addAttribute("light", light(r));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("issueBlocked", can.issue() && address.missing());
		return "certificate/request";
	}

	String light(CertificateRequest r) {
		return deadlineLight.of(r.status().open() ? r.dueOn() : null).name();
	}

}
