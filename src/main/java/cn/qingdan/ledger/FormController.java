package cn.qingdan.ledger;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.imports.RowError;
import cn.qingdan.workflow.imports.XlsxGuard;
import cn.qingdan.workflow.imports.XlsxRows;

/** The report-form registry on screen: the list with the township's annual plan, registering a form, one form's page. */
@Controller
@RequestMapping("/ledgers/forms")
class FormController {

	private final Forms forms;
	private final Plans plans;
	private final Units units;
	private final BoardSteps steps;

	FormController(Forms forms, Plans plans, Units units, BoardSteps steps) {
		this.forms = forms;
		this.plans = plans;
		this.units = units;
		this.steps = steps;
	}

	/** The township whose plan applies to the user: their own, or their village's. */
	private Long township(QingdanUser user) {
		Unit unit = units.unit(user.unitId()).orElse(null);
		if (unit == null) {
			return null;
		}
		if (unit.type() == Unit.Type.TOWNSHIP) {
			return unit.id();
		}
		return unit.type() == Unit.Type.VILLAGE ? unit.parentId() : null;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser user = BoardController.user();
		long county = user.unit().rootId();
		List<Form> all = forms.list(county, false);
		List<Form> inForce = all.stream().filter(Form::inForce).toList();
		int year = steps.today().getYear();
		Long township = township(user);
		Map<Long, Ledger.Frequency> plan = township == null ? Map.of() : plans.plan(township, year);
		model.addAttribute("forms", all);
		model.addAttribute("inForce", inForce.size());
		model.addAttribute("flagged", inForce.stream().filter(Form::flagged).count());
		model.addAttribute("year", year);
		model.addAttribute("hasPlan", township != null);
		model.addAttribute("plan", plan);
		model.addAttribute("outside", township == null ? List.of() : Plans.outside(plan, inForce).stream().map(Form::id).toList());
		model.addAttribute("planner", user.has(Role.TOWNSHIP_OFFICER));
		model.addAttribute("registrar", user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)
				|| user.has(Role.DEPARTMENT_OFFICER) || user.has(Role.TOWNSHIP_OFFICER));
		model.addAttribute("frequencies", Ledger.Frequency.values());
		return "ledger/forms";
	}

	@PostMapping
	String register(@RequestParam(required = false) String name, @RequestParam(required = false) String frequency,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String admissionNumber,
			@RequestParam(required = false) String channel,
			@RequestParam(required = false, defaultValue = "false") boolean selfGovernance,
			@RequestParam(required = false) String fields, @RequestParam(required = false) MultipartFile blank,
			RedirectAttributes redirect) throws IOException {
		try {
			List<String> list = blank != null && !blank.isEmpty() ? headerFields(blank.getBytes())
					: fields == null ? List.of() : Arrays.asList(fields.split("[\\r\\n]+"));
			long id = forms.register(BoardController.user(), new Forms.Input(name, Ledger.parse(Ledger.Frequency.class, frequency), basis,
					admissionNumber, channel, selfGovernance, list));
			redirect.addFlashAttribute("flash", "报表已登记");
			return "redirect:/ledgers/forms/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/ledgers/forms";
		}
	}

	/** The fields of a blank form: the header row (the row with the most filled cells among the first eight). */
	static List<String> headerFields(byte[] xlsx) {
		List<RowError> errors = new ArrayList<>();
		var rows = XlsxRows.firstSheet(xlsx, XlsxGuard.STANDARD, 5_000, errors);
		if (rows.isEmpty()) {
			throw new RuleViolation("blank", errors.isEmpty() ? XlsxRows.UNREADABLE : errors.getFirst().message());
		}
		List<String> best = List.of();
		for (var row : rows.get().subList(0, Math.min(8, rows.get().size()))) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.getCellCount() && i < Forms.MAX_FIELDS + 1; i++) {
				String t = XlsxRows.text(row, i);
				if (!t.isEmpty()) {
					cells.add(t);
				}
			}
			if (cells.size() > best.size()) {
				best = cells;
			}
		}
		if (best.size() < 2) {
			throw new RuleViolation("blank", "未在空白报表前 8 行中找到表头（至少 2 个栏目）");
		}
		return best;
	}

	@GetMapping("/{id}")
	String form(@PathVariable long id, Model model) {
		QingdanUser user = BoardController.user();
		long county = user.unit().rootId();
		Form f = forms.get(county, id);
		FieldIndex.Result dup = forms.check(county, f.fields(), f.id());
		List<Long> holders = new ArrayList<>(dup.formsByShared().keySet());
		model.addAttribute("form", f);
		model.addAttribute("dup", dup);
		model.addAttribute("holders", holders.subList(0, Math.min(10, holders.size())));
		model.addAttribute("formNames", forms.names(holders));
		model.addAttribute("canRetire", f.inForce() && (user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)
				|| f.issuerUnitId() != null && f.issuerUnitId().equals(user.unitId())));
		return "ledger/form";
	}

	@PostMapping("/{id}/retirement")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		try {
			forms.retire(BoardController.user(), id);
			redirect.addFlashAttribute("flash", "报表已停用");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/forms/" + id;
	}

	@PostMapping("/plan")
	String plan(@RequestParam(required = false) Integer year, @RequestParam(required = false) List<Long> formIds,
			RedirectAttributes redirect) {
		QingdanUser user = BoardController.user();
		try {
			List<Form> inForce = forms.list(user.unit().rootId(), true);
			Map<Long, Ledger.Frequency> chosen = new LinkedHashMap<>();
			for (Long fid : formIds == null ? List.<Long>of() : formIds) {
				inForce.stream().filter(f -> f.id() == fid).findFirst().ifPresent(f -> chosen.put(fid, f.frequency()));
			}
			int n = plans.issue(user, year == null ? LocalDate.now().getYear() : year, chosen, inForce);
			redirect.addFlashAttribute("flash", "年度报表计划已下达，共 " + n + " 张");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/forms";
	}
}
