package cn.qingdan.admission.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;
import cn.qingdan.shared.RuleViolation;

/** The department's application form: new, edit, save, with the live screening while the officer types. */
@Controller
@RequestMapping("/admission/applications")
class ApplicationFormController {

	private final Applications applications;
	private final AdmissionGate gate;
	private final Burden burden;
	private final Units units;
	private final Clock clock;

	ApplicationFormController(Applications applications, AdmissionGate gate, Burden burden, Units units, Clock clock) {
		this.applications = applications;
		this.gate = gate;
		this.burden = burden;
		this.units = units;
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
