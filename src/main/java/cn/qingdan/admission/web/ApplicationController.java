package cn.qingdan.admission.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.admission.AdmissionGate;
import cn.qingdan.admission.Application;
import cn.qingdan.admission.Applications;
import cn.qingdan.admission.Burden;
import cn.qingdan.admission.Retirements;
import cn.qingdan.admission.Routing;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/** Applications: the department's form with live screening, the review steps on one page, the refusal notice. */
@Controller
@RequestMapping("/admission/applications")
class ApplicationController {

	private final Applications applications;
	private final AdmissionGate gate;
	private final Burden burden;
	private final Units units;
	private final WorkingDays workingDays;
	private final Timeline timeline;
	private final Consultations consultations;
	private final Clock clock;
	private final cn.qingdan.admission.Attachments attachments;
	private final DeadlineLights lights;
	private final People people;
	private final Retirements retirements;

	ApplicationController(Applications applications, AdmissionGate gate, Burden burden, Units units,
			WorkingDays workingDays, Timeline timeline, Consultations consultations, Clock clock, cn.qingdan.admission.Attachments attachments,
			DeadlineLights lights, People people, Retirements retirements) {
		this.attachments = attachments;
		this.lights = lights;
		this.people = people;
		this.retirements = retirements;
		this.applications = applications;
		this.gate = gate;
		this.burden = burden;
		this.units = units;
		this.workingDays = workingDays;
		this.timeline = timeline;
		this.consultations = consultations;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(defaultValue = "false") boolean emergency, Model model) {
		ApplicationFormData form = new ApplicationFormData();
		form.setEmergency(emergency);
		form.setPeriodStart(LocalDate.now(clock));
		form.setPeriodEnd(LocalDate.now(clock).withMonth(12).withDayOfMonth(31));
		return form(model, form, null, Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") ApplicationFormData form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, form, null, bindingErrors(binding));
		}
		try {
			long id = gate.create(DataScopes.currentUser(), form.toForm());
			redirect.addFlashAttribute("flash", form.isEmergency() ? "已登记应急实施事项，请在期限内完成备案" : "申请已保存为草稿，请核对预审结论后提交");
			return "redirect:/admission/applications/" + id;
		}
		catch (RuleViolation ex) {
			return form(model, form, null, Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()));
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Application a = applications.require(id, DataScopes.currentUser());
		return form(model, ApplicationFormData.of(a), a, Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") ApplicationFormData form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Application a = applications.require(id, me);
		if (binding.hasErrors()) {
			return form(model, form, a, bindingErrors(binding));
		}
		try {
			gate.update(me, id, version, form.toForm());
		}
		catch (RuleViolation ex) {
			return form(model, form, a, Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()));
		}
		redirect.addFlashAttribute("flash", "已保存");
		return "redirect:/admission/applications/" + id;
	}

	/** Live screening while the officer types (htmx fragment). */
	@PostMapping("/preview")
	String preview(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String content,
			@RequestParam(required = false) String kind, Model model) {
		if (title.isBlank() && content.isBlank()) {
			return "admission/fragments :: empty";
		}
		String text = (title + "\n" + content);
		if (text.length() > 5200) {
			model.addAttribute("tooLong", true);
			return "admission/fragments :: verdict";
		}
		Screening s = gate.preview(DataScopes.currentUser(), title, content, RequestKind.parse(kind));
		model.addAttribute("s", s);
		return "admission/fragments :: verdict";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Application a = applications.require(id, me);
		boolean owner = me.unitId() == a.departmentUnitId();
		boolean office = me.has(Role.OFFICE_ADMIN) || me.has(Role.OFFICE_REVIEWER);
		model.addAttribute("a", a);
		model.addAttribute("department", units.unit(a.departmentUnitId()).map(Unit::name).orElse(""));
		model.addAttribute("scopeNames", a.scopeUnitIds().stream().map(u -> units.unit(u).map(Unit::name).orElse("")).toList());
		model.addAttribute("villages", applications.villagesInScope(a).size());
		model.addAttribute("annualHours", burden.annualHours(a));
		List<Consultation> consultations = this.consultations.of(Subject.admission(id));
		model.addAttribute("consultations", consultations);
		model.addAttribute("timeline", timeline.of(Subject.admission(id)));
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("owner", owner);
		model.addAttribute("office", office);
		model.addAttribute("approver", me.has(Role.APPROVER));
		model.addAttribute("consulted", consultations.stream().anyMatch(c -> c.unitId() == me.unitId() && c.awaiting(LocalDate.now(clock))));
		model.addAttribute("light", lights.light(a));
		model.addAttribute("retires", a.retireNumber() == null || a.retireNumber().isBlank() ? null
				: retirements.retiredBy(a).map(r -> r.admissionNumber() + "“" + r.title() + "”（"
						+ units.unit(r.departmentUnitId()).map(Unit::name).orElse("") + "，有效期至 " + r.expiresOn() + "）")
					.orElse(a.retireNumber() + "（已不是本部门有效的已准入事项，审定时不会退出任何事项）"));
		model.addAttribute("people", people.names(java.util.stream.Stream.concat(
				java.util.stream.Stream.of(a.createdBy(), a.assessedBy(), a.overrideBy(), a.decidedBy()),
				java.util.stream.Stream.concat(consultations.stream().map(Consultation::commentedBy),
						attachments.of(id).stream().map(f -> f.uploadedBy()))).toList()));
		model.addAttribute("overrides", List.of(Outcome.ASSISTANCE, Outcome.NONE));
		return "admission/application";
	}

	@PostMapping("/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			attachments.add(DataScopes.currentUser(), id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("flash", "附件已上传");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admission/applications/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		var file = attachments.read(DataScopes.currentUser(), id, attachmentId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.getKey().contentType()))
			.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
				.filename(file.getKey().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.getValue());
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		try {
			attachments.remove(DataScopes.currentUser(), id, attachmentId);
			redirect.addFlashAttribute("flash", "附件已删除");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admission/applications/" + id;
	}

	@GetMapping("/{id}/refusal")
	String refusal(@PathVariable long id, Model model) {
		Application a = applications.require(id, DataScopes.currentUser());
		if (a.status() != Application.Status.REFUSED && a.status() != Application.Status.NOT_ADMISSIBLE) {
			throw new RuleViolation("该申请未被不予准入");
		}
		model.addAttribute("a", a);
		model.addAttribute("department", units.unit(a.departmentUnitId()).map(Unit::name).orElse(""));
		model.addAttribute("county", units.unit(a.countyUnitId()).map(Unit::name).orElse(""));
		return "admission/refusal";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		String outcome = act(id, redirect, () -> { gate.submit(me, id, version); return null; });
		if (!redirect.getFlashAttributes().containsKey("flashError")) {
			// a refusal is no success: it is shown as an error, a not-admissible verdict as a warning
			Application a = applications.require(id, me);
			redirect.getFlashAttributes().remove("flash");
			redirect.addFlashAttribute(a.status() == Application.Status.REFUSED ? "flashError"
					: a.status() == Application.Status.NOT_ADMISSIBLE ? "flashWarning" : "flash", Routing.submitted(a));
		}
		return outcome;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.withdraw(DataScopes.currentUser(), id, version); return "已撤回"; });
	}

	@PostMapping("/{id}/contest")
	String contest(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.contest(DataScopes.currentUser(), id, version, reason); return "异议已提交，待减负办复核"; });
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.confirmScreening(DataScopes.currentUser(), id, version, note); return "已维持原结论"; });
	}

	@PostMapping("/{id}/override")
	String override(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Outcome to,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.overrideScreening(DataScopes.currentUser(), id, version, to, note); return "已改判，申请退回部门补充后重新提交"; });
	}

	@PostMapping("/{id}/comment")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.comment(DataScopes.currentUser(), id, opinion, comment); return "意见已反馈"; });
	}

	@PostMapping("/{id}/close-consultation")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.closeConsultation(DataScopes.currentUser(), id, version); return "征求意见已结束，进入评估"; });
	}

	@PostMapping("/{id}/assess")
	String assess(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String assessment,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.assess(DataScopes.currentUser(), id, version, assessment); return "评估意见已提交，待审定"; });
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			@RequestParam(required = false) LocalDate expiresOn, RedirectAttributes redirect) {
		return act(id, redirect, () -> "准予准入，准入编号 " + gate.approve(DataScopes.currentUser(), id, version, note, expiresOn));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.reject(DataScopes.currentUser(), id, version, reason); return "已审定不予准入"; });
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.revoke(DataScopes.currentUser(), id, version, reason); return "已撤销准入"; });
	}

	@PostMapping("/{id}/renew")
	String renew(@PathVariable long id, RedirectAttributes redirect) {
		try {
			long renewal = gate.renew(DataScopes.currentUser(), id);
			redirect.addFlashAttribute("flash", "已生成延续申请草稿，将重新预审和审查");
			return "redirect:/admission/applications/" + renewal;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/admission/applications/" + id;
		}
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> "已备案，备案编号 " + gate.file(DataScopes.currentUser(), id, version));
	}

	interface Step {

		String run();
	}

	private String act(long id, RedirectAttributes redirect, Step step) {
		try {
			redirect.addFlashAttribute("flash", step.run());
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "该申请已被他人处理或修改，请查看最新状态");
		}
		return "redirect:/admission/applications/" + id;
	}

	private String form(Model model, ApplicationFormData form, Application existing, Map<String, String> errors) {
		QingdanUser me = DataScopes.currentUser();
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("scopeTypes", Application.ScopeType.values());
		var countyScope = new cn.qingdan.identity.DataScope(cn.qingdan.identity.DataScope.Kind.COUNTY, me.unitId(), me.unit().rootPath());
		model.addAttribute("townships", units.search(countyScope, Unit.Type.TOWNSHIP, null, 200));
		model.addAttribute("villages", units.search(countyScope, Unit.Type.VILLAGE, null, 2000));
		int year = LocalDate.now(clock).getYear();
		model.addAttribute("budget", burden.budget(me.unitId(), year));
		model.addAttribute("used", burden.departmentHours(applications.countyOf(me), me.unitId(), year));
		return "admission/form";
	}

	private static Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new HashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
				binding.getFieldType(e.getField()) == LocalDate.class ? "日期格式不正确，或不在 2000-01-01 至 2100-12-31 之间" : "格式不正确，请重新填写"));
		errors.putIfAbsent("form", "部分内容格式不正确，请按提示修改（已填内容均已保留）");
		return errors;
	}
}
