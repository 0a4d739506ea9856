package cn.qingdan.admission.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.admission.Application;
import cn.qingdan.admission.Applications;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.WorkingDays;

/** The applications list and the office's overdue list, a page at a time. */
@Controller
@RequestMapping("/admission/applications")
class ApplicationListController {

	/** Rows per page. */
	static final int PAGE = 30;

	private final Applications applications;
	private final DeadlineLights lights;
	private final Units units;
	private final WorkingDays workingDays;
	private final Clock clock;

	ApplicationListController(Applications applications, DeadlineLights lights, Units units, WorkingDays workingDays,
			Clock clock) {
		this.applications = applications;
		this.lights = lights;
		this.units = units;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Application.Status status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		QingdanUser me = DataScopes.currentUser();
		long total = applications.count(me, status);
		int p = page(page, total);
		List<Application> list = applications.list(me, status, p * PAGE, PAGE);
		model.addAttribute("applications", list);
		model.addAttribute("statuses", Application.Status.values());
		model.addAttribute("status", status);
		model.addAttribute("department", me.has(Role.DEPARTMENT_OFFICER));
		model.addAttribute("lights", lights.lights(list));
		model.addAttribute("departments", departmentNames(list));
		pager(model, p, total);
		return "admission/applications";
	}

	/** The office's overdue list: reviews past their decision deadline, emergencies not filed in time, late filings. */
	@GetMapping("/overdue")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN','OFFICE_REVIEWER','APPROVER','INSPECTOR')")
	String overdue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int latePage, Model model) {
		QingdanUser me = DataScopes.currentUser();
		long county = applications.countyOf(me);
		LocalDate today = LocalDate.now(clock);
		long overdueTotal = applications.countOverdue(county, today);
		long lateTotal = applications.countLateFilings(county);
		int p = page(page, overdueTotal);
		int lp = page(latePage, lateTotal);
		List<Application> overdue = applications.overdue(county, today, p * PAGE, PAGE);
		List<Application> late = applications.lateFilings(county, lp * PAGE, PAGE);
		model.addAttribute("overdue", overdue);
		model.addAttribute("late", late);
		model.addAttribute("overdueTotal", overdueTotal);
		model.addAttribute("lateTotal", lateTotal);
		model.addAttribute("today", today);
		List<Application> all = new ArrayList<>(overdue);
		all.addAll(late);
		model.addAttribute("departments", departmentNames(all));
		Map<Long, Integer> daysLate = new HashMap<>();
		for (Application a : all) {
			boolean filing = a.status() == Application.Status.EMERGENCY || a.status() == Application.Status.FILED;
			LocalDate due = filing ? a.filingDeadline() : a.decisionDeadline();
			LocalDate until = a.status() == Application.Status.FILED && a.submittedAt() != null
					? LocalDate.ofInstant(a.submittedAt(), clock.getZone()) : today;
			daysLate.put(a.id(), due == null ? 0 : workingDays.workingDaysBetween(due, until));
		}
		model.addAttribute("daysLate", daysLate);
		pager(model, p, overdueTotal);
		model.addAttribute("latePage", lp);
		model.addAttribute("lateHasNext", (long) (lp + 1) * PAGE < lateTotal);
		return "admission/overdue";
	}

	/** The requested page, kept within the pages there are. */
	static int page(int requested, long total) {
		long last = total == 0 ? 0 : (total - 1) / PAGE;
		return (int) Math.max(0, Math.min(requested, last));
	}

	static void pager(Model model, int page, long total) {
		model.addAttribute("page", page);
		model.addAttribute("total", total);
		model.addAttribute("pages", total == 0 ? 1 : (total - 1) / PAGE + 1);
		model.addAttribute("hasNext", (long) (page + 1) * PAGE < total);
	}

	private Map<Long, String> departmentNames(List<Application> list) {
		Map<Long, String> m = new HashMap<>();
		list.forEach(a -> m.computeIfAbsent(a.departmentUnitId(), d -> units.unit(d).map(Unit::name).orElse("")));
		return m;
	}
}
