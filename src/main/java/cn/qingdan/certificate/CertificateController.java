package cn.qingdan.certificate;

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


import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * The certificate desk on screen: the counter form with the live decision, and one page per request
 * ({@link RequestPage}) with the steps the user can take there; the steps themselves are {@link RequestStepController}.
 * The register is {@link CertificateRegisterController}, the notice and the PDF {@link CertificatePrintController}.
 */
@Controller
@RequestMapping("/certificates/requests")
class CertificateController {

	private final CertificateRequests requests;
	private final CertificateDesk desk;
	private final CertificateAssistant assistant;
	private final RequestPage page;

	CertificateController(CertificateRequests requests, CertificateDesk desk, CertificateAssistant assistant,
			RequestPage page) {
		this.requests = requests;
		this.desk = desk;
		this.assistant = assistant;
		this.page = page;
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
		return page.show(model, requests.require(id, DataScopes.currentUser()), Map.of(), Map.of());
	}

	// ------------------------------------------------------------------------------------------------ views

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

	private static void requireVillage() {
		if (!CertificateAccess.village(DataScopes.currentUser())) {
			throw new RuleViolation("只有村（社区）经办人或负责人可以受理证明申请");
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
