package cn.qingdan.admission.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.admission.Applications;
import cn.qingdan.admission.Burden;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/** Burden in hours (Standard Cost Model): the county dashboard and each village's page, with charts. */
@Controller
@RequestMapping("/admission/burden")
class BurdenController {

	private final Burden burden;
	private final Applications applications;
	private final Units units;
	private final JsonMapper json;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	BurdenController(Burden burden, Applications applications, Units units, JsonMapper json, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.burden = burden;
		this.applications = applications;
		this.units = units;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer baseline,
			Model model) {
		QingdanUser me = DataScopes.currentUser();
		if (me.has(cn.qingdan.identity.Role.REGION_OFFICE)) {
			return "redirect:/rollups"; // a city's or province's office reads its counties' burden there
		}
		long county = applications.countyOf(me);
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		int b = baseline == null ? y - 1 : baseline;
		saneYears(y, b);
		Unit township = null;
		if (!me.scope().isWide()) {
			Unit own = units.unit(me.unitId()).orElseThrow();
			if (own.type() == Unit.Type.VILLAGE) {
				return "redirect:/admission/burden/villages/" + own.id();
			}
			township = own.type() == Unit.Type.TOWNSHIP ? own : null;
		}
		Long townshipId = township == null ? null : township.id();
		List<Burden.Total> villages = burden.byVillage(county, y, townshipId);
		if (township != null) {
			// a township reads its own villages' figures first; the county's stay beside them, labelled as such
			BigDecimal own = sum(villages);
			BigDecimal ownBase = sum(burden.byVillage(county, b, townshipId));
			model.addAttribute("township", township);
			model.addAttribute("townshipTotal", own);
			model.addAttribute("townshipBase", ownBase);
			model.addAttribute("townshipReduction", ownBase.signum() == 0 ? BigDecimal.ZERO
					: ownBase.subtract(own).multiply(BigDecimal.valueOf(100)).divide(ownBase, 1, java.math.RoundingMode.HALF_UP));
		}
		var departments = burden.byDepartment(county, y);
		var townships = burden.byTownship(county, y);
		model.addAttribute("year", y);
		model.addAttribute("baseline", b);
		model.addAttribute("total", burden.countyHours(county, y));
		model.addAttribute("baseTotal", burden.countyHours(county, b));
		model.addAttribute("reduction", burden.reductionPercent(county, b, y));
		model.addAttribute("departments", departments);
		model.addAttribute("townships", townships);
		model.addAttribute("heaviest", HeaviestVillages.of(villages));
		model.addAttribute("budgets", burden.budgets(county, y));
		model.addAttribute("used", departments.stream().collect(java.util.stream.Collectors.toMap(Burden.Total::id, Burden.Total::hours)));
		model.addAttribute("allDepartments", units.search(me.scope(), Unit.Type.DEPARTMENT, null, 200));
		model.addAttribute("officeAdmin", me.has(cn.qingdan.identity.Role.OFFICE_ADMIN));
		Map<Integer, BigDecimal> years = burden.byYear(county, b, y);
		model.addAttribute("yearChart", json.writeValueAsString(Map.of("type", "bar", "labels", years.keySet().stream().map(k -> k + " 年").toList(),
				"series", List.of(Map.of("name", "全县村级负担（小时/年）", "data", years.values())))));
		model.addAttribute("deptChart", json.writeValueAsString(Map.of("type", "bar",
				"labels", departments.stream().map(Burden.Total::name).toList(),
				"series", List.of(Map.of("name", "小时/年", "data", departments.stream().map(Burden.Total::hours).toList())))));
		model.addAttribute("townChart", json.writeValueAsString(Map.of("type", "bar",
				"labels", townships.stream().map(Burden.Total::name).toList(),
				"series", List.of(Map.of("name", "小时/年", "data", townships.stream().map(Burden.Total::hours).toList())))));
		return "admission/burden";
	}

	private static BigDecimal sum(List<Burden.Total> villages) {
		return villages.stream().map(Burden.Total::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@org.springframework.web.bind.annotation.PostMapping("/budgets")
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('OFFICE_ADMIN')")
	String setBudget(@RequestParam long departmentId, @RequestParam int year, @RequestParam(required = false) BigDecimal hours,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Unit dept = units.unit(departmentId, me.scope()).filter(u -> u.type() == Unit.Type.DEPARTMENT)
			.orElseThrow(() -> new NotFound("县级部门"));
		saneYears(year, year);
		try {
			burden.setBudget(dept.id(), year, hours);
			events.publishEvent(cn.qingdan.audit.AuditEvent.success("设定负担预算", "县级部门", dept.id(), dept.name() + " " + year + " 年 " + hours + " 小时"));
			redirect.addFlashAttribute("flash", "已设定" + dept.name() + " " + year + " 年负担预算");
		}
		catch (cn.qingdan.shared.RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admission/burden?year=" + year;
	}

	@GetMapping("/villages/{id}")
	String village(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Unit village = units.unit(id, me.scope()).filter(u -> u.type() == Unit.Type.VILLAGE)
			.orElseThrow(() -> new NotFound("村（社区）"));
		long county = applications.countyOf(me);
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		saneYears(y, y);
		var matters = burden.mattersOf(county, id, y);
		Map<Long, BigDecimal> hours = burden.hoursPerVillage(matters, y);
		BigDecimal total = hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal prevTotal = burden.hoursPerVillage(burden.mattersOf(county, id, y - 1), y - 1).values().stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		model.addAttribute("village", village);
		model.addAttribute("year", y);
		model.addAttribute("matters", matters);
		model.addAttribute("hours", hours);
		model.addAttribute("total", total);
		model.addAttribute("prevTotal", prevTotal);
		model.addAttribute("chart", json.writeValueAsString(Map.of("type", "bar",
				"labels", matters.stream().map(a -> a.title().length() > 10 ? a.title().substring(0, 10) + "…" : a.title()).toList(),
				"series", List.of(Map.of("name", "小时/年", "data", matters.stream().map(a -> hours.get(a.id())).toList())))));
		return "admission/village-burden";
	}

	/** Years outside 2000–2100 are refused (a 400 with the reason), never passed to date arithmetic. */
	private static void saneYears(int year, int baseline) {
		if (!cn.qingdan.shared.Inputs.saneYear(year) || !cn.qingdan.shared.Inputs.saneYear(baseline)) {
			throw new cn.qingdan.shared.RuleViolation("year", "年份应在 2000–2100 之间");
		}
	}
}
