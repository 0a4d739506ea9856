package cn.qingdan.admission.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.qingdan.admission.AdmissionGate;
import cn.qingdan.admission.Application;
import cn.qingdan.admission.Applications;
import cn.qingdan.admission.Attachments;
import cn.qingdan.admission.Burden;
import cn.qingdan.admission.Retirements;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Outcome;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * One application on one page — content, screening, attachments, consultation, timeline — with exactly the steps the
 * step table offers the viewer ({@code can.…}); and the refusal notice to print.
 */
@Controller
@RequestMapping("/admission/applications")
class ApplicationPageController {

	private final Applications applications;
	private final AdmissionGate gate;
	private final Burden burden;
	private final Units units;
	private final UnitTree tree;
	private final Timeline timeline;
	private final Consultations consultations;
	private final Attachments attachments;
	private final DeadlineLights lights;
	private final People people;
	private final Retirements retirements;
	private final org.springframework.beans.factory.ObjectProvider<cn.qingdan.shared.FormFieldCheck> fieldCheck;

	ApplicationPageController(Applications applications, AdmissionGate gate, Burden burden, Units units, UnitTree tree,
			Timeline timeline, Consultations consultations, Attachments attachments, DeadlineLights lights, People people,
			Retirements retirements,
			org.springframework.beans.factory.ObjectProvider<cn.qingdan.shared.FormFieldCheck> fieldCheck) {
		this.applications = applications;
		this.gate = gate;
		this.burden = burden;
		this.units = units;
		this.tree = tree;
		this.timeline = timeline;
		this.consultations = consultations;
		this.attachments = attachments;
		this.lights = lights;
		this.people = people;
		this.retirements = retirements;
		this.fieldCheck = fieldCheck;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Application a = applications.require(id, me);
		model.addAttribute("a", a);
		model.addAttribute("department", name(a.departmentUnitId()));
		Map<Long, String> scopeNames = tree.names(a.scopeUnitIds());
		model.addAttribute("scopeNames", a.scopeUnitIds().stream().map(u -> scopeNames.getOrDefault(u, "")).toList());
		model.addAttribute("villages", applications.villagesInScope(a).size());
		model.addAttribute("annualHours", burden.annualHours(a));
		List<Consultation> consulted = consultations.of(Subject.admission(id));
		model.addAttribute("consultations", consulted);
		model.addAttribute("timeline", timeline.of(Subject.admission(id)));
		List<Attachments.Attachment> files = attachments.of(id);
		model.addAttribute("attachments", files);
		model.addAttribute("can", gate.can(me, a));
		model.addAttribute("light", lights.light(a));
		model.addAttribute("retires", a.retireNumber() == null || a.retireNumber().isBlank() ? null
				: retirements.retiredBy(a).map(r -> r.admissionNumber() + "“" + r.title() + "”（"
						+ name(r.departmentUnitId()) + "，有效期至 " + r.expiresOn() + "）")
					.orElse(a.retireNumber() + "（已不是本部门有效的已准入事项，审定时不会退出任何事项）"));
		model.addAttribute("people", people.names(Stream.concat(
				Stream.of(a.createdBy(), a.assessedBy(), a.overrideBy(), a.decidedBy()),
				Stream.concat(consulted.stream().map(Consultation::commentedBy), files.stream().map(f -> f.uploadedBy()))).toList()));
		model.addAttribute("overrides", List.of(Outcome.ASSISTANCE, Outcome.NONE));
		// 报表: the fields it names against every form in force (the ledger module's check, when present)
		model.addAttribute("fieldOverlap", a.kind() == cn.qingdan.screening.RequestKind.REPORT_FORM
				? fieldCheck.stream().findFirst().flatMap(c -> c.overlap(a.countyUnitId(), a.content())).orElse(null) : null);
		return "admission/application";
	}

	@GetMapping("/{id}/refusal")
	String refusal(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Application a = applications.require(id, me);
		if (!gate.can(me, a).get("printRefusal")) {
			throw new RuleViolation("该申请未被不予准入");
		}
		model.addAttribute("a", a);
		model.addAttribute("department", name(a.departmentUnitId()));
		model.addAttribute("county", name(a.countyUnitId()));
		return "admission/refusal";
	}

	private String name(long unitId) {
		return units.unit(unitId).map(Unit::name).orElse("");
	}
}
