package cn.qingdan.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.WorkingDays;

/**
 * 节假日安排: a year as month grids, the years entered so far, and — for the office and the system administrator — a
 * form following the notice (each holiday's first and last day and its adjusted working days) and an import of
 * {@code 日期,类型,名称} lines. Other county-office staff may look.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN','OFFICE_REVIEWER','APPROVER','INSPECTOR')")
class CalendarController {

	private static final int MAX_UPLOAD_BYTES = 64 * 1024;

	private final CalendarYears years;
	private final WorkingDays workingDays;
	private final Clock clock;

	CalendarController(CalendarYears years, WorkingDays workingDays, Clock clock) {
		this.years = years;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) String year, Model model) {
		LocalDate today = LocalDate.now(clock);
		int shown = parseYear(year).orElseGet(() -> workingDays
			.firstUncoveredYear(today, today.plusDays(CalendarTodos.LOOKAHEAD_DAYS)).orElse(today.getYear()));
		List<CalendarYears.Entered> entered = years.entered();
		model.addAttribute("year", shown);
		model.addAttribute("months", MonthGrid.year(shown, workingDays));
		model.addAttribute("entered", entered);
		model.addAttribute("shownEntry", entered.stream().filter(e -> e.year() == shown).findFirst().orElse(null));
		model.addAttribute("shipped", workingDays.shippedYears().contains(shown));
		model.addAttribute("covered", workingDays.covers(shown));
		model.addAttribute("names", Arrangement.HOLIDAY_NAMES);
		model.addAttribute("canEdit", Actor.current().map(a -> a.hasRole("SYSTEM_ADMIN") || a.hasRole("OFFICE_ADMIN")).orElse(false));
		model.addAttribute("today", today);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("year", String.valueOf(shown)));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "calendar/calendar";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
	String enter(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		List<String> errors = new ArrayList<>();
		List<ArrangementRules.Located> days = fromForm(form, errors);
		return save(form, days, errors, model, redirect);
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
	String importLines(@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		String text = form.getOrDefault("lines", "");
		List<String> errors = new ArrayList<>();
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > MAX_UPLOAD_BYTES) {
				errors.add("文件超过 64KB，一年的安排通常只有几十行");
			}
			else if (ArrangementXlsx.looksLikeXlsx(file.getBytes())) {
				text = ArrangementXlsx.lines(file.getBytes(), errors);
			}
			else {
				text = new String(file.getBytes(), StandardCharsets.UTF_8);
			}
		}
		ArrangementCsv.Parsed parsed = errors.isEmpty() ? ArrangementCsv.parse(text) : new ArrangementCsv.Parsed(List.of(), List.of());
		errors.addAll(parsed.errors());
		model.addAttribute("importing", true);
		return save(form, parsed.days(), errors, model, redirect);
	}

	private String save(Map<String, String> form, List<ArrangementRules.Located> days, List<String> errors, Model model,
			RedirectAttributes redirect) {
		var year = parseYear(form.get("year"));
		if (year.isEmpty()) {
			errors.add(0, "请填写四位数的年份");
		}
		else if (!errors.isEmpty()) { // report the rows that were read but are wrong too, in one go
			errors.addAll(ArrangementRules.check(year.get(), form.get("documentNumber"), days));
		}
		if (errors.isEmpty()) {
			try {
				years.save(Actor.current().orElseThrow(), year.get(), form.get("documentNumber"), days,
						form.containsKey("confirm"));
				redirect.addFlashAttribute("flash", year.get() + " 年节假日安排已保存并生效，涉及该年的期限按此计算");
				return "redirect:/admin/calendar?year=" + year.get();
			}
			catch (CalendarYears.Refused ex) {
				errors.addAll(ex.problems());
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.size() > 50 ? errors.subList(0, 50) : errors);
		return page(year.map(String::valueOf).orElse(null), model);
	}

	/** Each holiday's 起/止 dates and its 调休上班 dates (separated by spaces or 、) become days. */
	private static List<ArrangementRules.Located> fromForm(Map<String, String> form, List<String> errors) {
		List<ArrangementRules.Located> days = new ArrayList<>();
		for (int i = 0; i < Arrangement.HOLIDAY_NAMES.size(); i++) {
			String name = Arrangement.HOLIDAY_NAMES.get(i);
			String fromText = form.getOrDefault("from" + i, "").strip();
			String toText = form.getOrDefault("to" + i, "").strip();
			if (!fromText.isEmpty() || !toText.isEmpty()) {
				LocalDate from = ArrangementCsv.date(fromText.isEmpty() ? toText : fromText);
				LocalDate to = ArrangementCsv.date(toText.isEmpty() ? fromText : toText);
				if (from == null || to == null) {
					errors.add(name + "：放假日期无法识别");
				}
				else if (to.isBefore(from)) {
					errors.add(name + "：放假结束日早于开始日");
				}
				else if (to.toEpochDay() - from.toEpochDay() >= 15) {
					errors.add(name + "：放假超过 15 天，请核对日期");
				}
				else {
					for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
						days.add(new ArrangementRules.Located(name, new Arrangement.Day(d, Arrangement.Kind.HOLIDAY, name)));
					}
				}
			}
			String work = form.getOrDefault("work" + i, "").strip();
			for (String t : work.isEmpty() ? new String[0] : work.split("[\\s,，、;；]+")) {
				LocalDate d = ArrangementCsv.date(t);
				if (d == null) {
					errors.add(name + "调休上班：日期“" + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "”无法识别，应写作 2027-02-20");
				}
				else {
					days.add(new ArrangementRules.Located(name + "调休上班", new Arrangement.Day(d, Arrangement.Kind.WORKDAY, name)));
				}
			}
		}
		return days;
	}

	private static java.util.Optional<Integer> parseYear(String text) {
		if (text == null || !text.strip().matches("20\\d{2}|2100")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Integer.parseInt(text.strip()));
	}
}
