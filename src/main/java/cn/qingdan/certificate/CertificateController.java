package cn.qingdan.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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

import jakarta.servlet.http.HttpServletResponse;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.DeadlineLight;
import cn.qingdan.shared.RuleViolation;

/**
 * The certificate desk on screen: the counter form with the live decision, one page per request with the step the
 * village can take next (template blanks typed), and the audited "view in full". The register is
 * {@link CertificateRegisterController}, the notice and the PDF {@link CertificatePrintController}.
 */
@Controller
@RequestMapping("/certificates/requests")
class CertificateController {

	private final CertificateRequests requests;
	private final CertificateDesk desk;
	private final Certificates certificates;
	private final CertificateAssistant assistant;
	private final PublicAddress address;
	private final Clock clock;
	private final DeadlineLight deadlineLight;

	CertificateController(CertificateRequests requests, CertificateDesk desk, Certificates certificates,
			CertificateAssistant assistant, PublicAddress address, Clock clock, DeadlineLight deadlineLight) {
		this.deadlineLight = deadlineLight;
		this.requests = requests;
		this.desk = desk;
		this.certificates = certificates;
		this.assistant = assistant;
		this.address = address;
		this.clock = clock;
	}

	/** Certificate pages are for villages, townships and the office; a department gets 403. */
	@ModelAttribute
	void guard() {
		CertificateAccess.require();
	}

	@GetMapping("/new")
	String newForm(Model model) {
		requireVillage();
		return form(model, RequestForm.empty(), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") RequestForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireVillage();
		if (binding.hasErrors()) {
			Map<String, String> errors = new HashMap<>();
			binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "格式不正确，请重新填写"));
			errors.putIfAbsent("form", "部分内容格式不正确，请按提示修改（已填内容均已保留）");
			return form(model, form, errors);
		}
		try {
			long id = desk.record(DataScopes.currentUser(), form);
			CertificateRequest r = requests.require(id, DataScopes.currentUser());
			redirect.addFlashAttribute("flash", switch (r.status()) {
				case REFUSED -> "该证明不应由村（社区）出具，已生成不予出具告知书，请打印交申请人";
				case AWAITING_BASIS -> "清单未列明该证明，请告知用证单位提供法律法规依据";
				case AWAITING_DELIBERATION -> "已受理。该证明涉及公共利益或多数村民利益，须经民主议事和负责人审批";
				default -> "已受理，请按办事指南核实后出具";
			});
			return "redirect:/certificates/requests/" + id;
		}
		catch (RuleViolation ex) {
			return form(model, form, Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()));
		}
	}

	/** The live decision beside the form (htmx). */
	@PostMapping("/preview")
	String preview(@RequestParam(required = false) String itemCode, @RequestParam(required = false) String requestedText,
			Model model) {
		try {
			if ((itemCode == null || itemCode.isBlank()) && (requestedText == null || requestedText.isBlank())) {
				return "certificate/fragments :: advice-empty";
			}
			model.addAttribute("advice", desk.preview(DataScopes.currentUser(), itemCode, requestedText));
		}
		catch (RuleViolation ex) {
			model.addAttribute("adviceError", ex.getMessage());
		}
		return "certificate/fragments :: advice";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return detail(model, requests.require(id, DataScopes.currentUser()), Map.of(), Map.of());
	}

	@PostMapping("/{id}/basis")
	String basis(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String basisDocument,
			@RequestParam(required = false) String basisArticle,
			@RequestParam(defaultValue = "false") boolean publicInterest, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("basisDocument", nz(basisDocument), "basisArticle", nz(basisArticle)),
				"已记录用证单位提供的依据并受理", me -> desk.citeBasis(me, id, version, basisDocument, basisArticle, publicInterest));
	}

	@PostMapping("/{id}/deliberation")
	String deliberation(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String deliberationOn, @RequestParam(required = false) String deliberationForm,
			@RequestParam(required = false) String participants, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String agreed, Model model, RedirectAttributes redirect) {
		Map<String, String> input = Map.of("deliberationOn", nz(deliberationOn), "deliberationForm", nz(deliberationForm),
				"participants", nz(participants), "outcome", nz(outcome));
		return step(id, model, redirect, input, "已记录民主议事结果", me -> {
			LocalDate on;
			try {
				on = deliberationOn == null || deliberationOn.isBlank() ? null : LocalDate.parse(deliberationOn);
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new RuleViolation("deliberationOn", "议事日期格式不正确");
			}
			if (!"yes".equals(agreed) && !"no".equals(agreed)) {
				throw new RuleViolation("agreed", "请选择议事结果：同意或不同意出具");
			}
			desk.deliberate(me, id, version, on, deliberationForm, participants, outcome, "yes".equals(agreed));
		});
	}

	@PostMapping("/{id}/approval")
	String approval(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String agreed,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("comment", nz(comment)), "审批意见已记录", me -> {
			if (!"yes".equals(agreed) && !"no".equals(agreed)) {
				throw new RuleViolation("agreed", "请选择同意或不同意");
			}
			desk.approve(me, id, version, "yes".equals(agreed), comment);
		});
	}

	@PostMapping("/{id}/refusal")
	String refuse(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) RefusalReason reason,
			@RequestParam(required = false) String detail, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("detail", nz(detail)), "已作不予出具处理，请打印告知书交申请人",
				me -> desk.refuse(me, id, version, reason, detail));
	}

	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		CertificateRequest r = requests.require(id, me);
		List<TemplateField> fields = desk.clerkFields(r);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> input = new HashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			String v = nz(params.get("f" + i));
			if (fields.get(i).kind() == TemplateField.Kind.PERIOD) {
				String from = nz(params.get("f" + i + "_from")).strip();
				String to = nz(params.get("f" + i + "_to")).strip();
				input.put("f" + i + "_from", from);
				input.put("f" + i + "_to", to);
				v = from.isEmpty() && to.isEmpty() ? "" : from + "至" + to;
			}
			values.put(fields.get(i).name(), v);
			input.put("f" + i, v);
		}
		input.put("body", nz(params.get("body")));
		return step(id, model, redirect, input, "证明已出具，请下载打印后加盖印章交申请人", m -> {
			try {
				desk.issue(m, id, version, values, params.get("body"));
			}
			catch (RuleViolation ex) {
				String field = ex.field();
				if (field != null && field.startsWith("f_")) {
					int index = fields.stream().map(TemplateField::name).toList().indexOf(field.substring(2));
					throw new RuleViolation(index >= 0 ? "f" + index : "body", ex.getMessage());
				}
				throw ex;
			}
		});
	}

	@PostMapping("/{id}/revocation")
	String revoke(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("revokeReason", nz(reason)), "证明已撤销，核验时即显示“已撤销”",
				me -> desk.revoke(me, id, version, reason));
	}

	/** The applicant's data in full: an explicit, audited act; the answer is never cached. */
	@PostMapping("/{id}/personal-data")
	String personalData(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		QingdanUser me = DataScopes.currentUser();
		CertificateRequest r = requests.require(id, me);
		try {
			CertificateRequests.PersonalData pd = desk.viewInFull(me, id, reason);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			model.addAttribute("r", r);
			model.addAttribute("pd", pd);
			return "certificate/personal-data";
		}
		catch (RuleViolation ex) {
			return detail(model, r, Map.of(ex.field() == null ? "personal" : ex.field(), ex.getMessage()), Map.of());
		}
	}

	// ------------------------------------------------------------------------------------------------ views

	interface Step {
		void run(QingdanUser me);
	}

	private String step(long id, Model model, RedirectAttributes redirect, Map<String, String> input, String done,
			Step step) {
		QingdanUser me = DataScopes.currentUser();
		try {
			step.run(me);
			redirect.addFlashAttribute("flash", done);
			return "redirect:/certificates/requests/" + id;
		}
		catch (RuleViolation ex) {
			CertificateRequest r = requests.require(id, me);
			return detail(model, r, Map.of(ex.field() == null ? "step" : ex.field(), ex.getMessage()), input);
		}
	}

	private String detail(Model model, CertificateRequest r, Map<String, String> errors, Map<String, String> input) {
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
		model.addAttribute("manualReasons", RefusalReason.manual());
		model.addAttribute("light", light(r));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("issueBlocked", can.issue() && address.missing());
		return "certificate/request";
	}

	private String form(Model model, RequestForm form, Map<String, String> errors) {
		QingdanUser me = DataScopes.currentUser();
		List<ItemContent> items = assistant.certificateItems(me.unit().rootId());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("retained", items.stream().filter(i -> i.list().name().equals("CERTIFICATE_RETAINED")).toList());
		model.addAttribute("notIssuable", items.stream().filter(i -> i.list().name().equals("CERTIFICATE_NOT_ISSUABLE")).toList());
		model.addAttribute("agencyTypes", AgencyType.values());
		CertificateAssistant.Advice advice = null;
		if (!nz(form.itemCode()).isBlank() || !nz(form.requestedText()).isBlank()) {
			try {
				advice = desk.preview(me, form.itemCode(), form.requestedText());
			}
			catch (RuleViolation ignored) {
				// the error is shown next to the field
			}
		}
		model.addAttribute("advice", advice);
		return "certificate/form";
	}

	String light(CertificateRequest r) {
		return deadlineLight.of(r.status().open() ? r.dueOn() : null).name();
	}

	private static void requireVillage() {
		if (!CertificateAccess.village(DataScopes.currentUser())) {
			throw new RuleViolation("只有村（社区）经办人或负责人可以受理证明申请");
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
