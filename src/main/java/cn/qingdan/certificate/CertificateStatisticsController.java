package cn.qingdan.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.qingdan.certificate.StatisticsFigures.Refusal;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import tools.jackson.databind.json.JsonMapper;

/**
 * 证明开具统计: figures, charts and tables for the actor's scope over a range of receiving dates, optionally one
 * township or village, and the same as .xlsx. Villages, townships and the county office may open it (departments get
 * 403); the data scope decides what it counts.
 * Malformed parameters are reported on the page (the default range is used instead), never answered with an error;
 * a township or village outside the scope is "not found".
 */
@Controller
@RequestMapping("/certificates/statistics")
class CertificateStatisticsController {

	private final CertificateStatistics statistics;
	private final Units units;
	private final JsonMapper json;

	CertificateStatisticsController(CertificateStatistics statistics, Units units, JsonMapper json) {
		this.statistics = statistics;
		this.units = units;
		this.json = json;
	}

	/** Certificate statistics are for villages, townships and the office; a department gets 403. */
	@org.springframework.web.bind.annotation.ModelAttribute
	void guard() {
		CertificateAccess.require();
	}

	/** The parameters as understood, with what was wrong with them. */
	record Params(LocalDate from, LocalDate to, Long township, Long village, List<String> errors) {
	}

	@GetMapping
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String township, @RequestParam(required = false) String village,
			Model model) {
		DataScope scope = DataScopes.current();
		Params p = parse(scope, from, to, township, village);
		StatisticsReport report = statistics.report(scope, p.from(), p.to(), p.township(), p.village());
		boolean wide = scope.isWide();
		boolean townshipScope = scope.kind() == DataScope.Kind.UNIT_AND_BELOW;

		model.addAttribute("errors", p.errors());
		model.addAttribute("report", report);
		model.addAttribute("total", report.total());
		model.addAttribute("from", report.from());
		model.addAttribute("to", report.to());
		model.addAttribute("refusalReasons", Refusal.values());
		boolean countyWide = wide && report.townshipId() == null && report.villageId() == null;
		model.addAttribute("showTownship", countyWide);
		// county-wide, the page lists the villages with requests (the workbook lists every village)
		List<StatisticsReport.VillageRow> villageRows = countyWide
				? report.villages().stream().filter(v -> v.figures().requests() > 0).toList() : report.villages();
		model.addAttribute("villageRows", villageRows);
		model.addAttribute("idleVillages", report.villages().size() - villageRows.size());
		model.addAttribute("townshipChoices", wide ? units.search(scope, Unit.Type.TOWNSHIP, null, 500) : List.of());
		Long villagesOf = townshipScope ? Long.valueOf(scope.unitId()) : report.townshipId() != null ? report.townshipId()
				: report.villageId() != null ? units.unit(report.villageId()).map(Unit::parentId).orElse(null) : null;
		model.addAttribute("villageChoices", villagesOf == null ? List.of()
				: units.children(villagesOf, scope).stream().filter(u -> u.type() == Unit.Type.VILLAGE).toList());
		model.addAttribute("selectedTownship", report.townshipId() != null ? report.townshipId()
				: report.villageId() != null && wide ? villagesOf : null);
		model.addAttribute("exportHref", UriComponentsBuilder.fromPath("/certificates/statistics/export")
			.queryParam("from", report.from()).queryParam("to", report.to())
			.queryParamIfPresent("township", java.util.Optional.ofNullable(report.townshipId()))
			.queryParamIfPresent("village", java.util.Optional.ofNullable(report.villageId()))
			.build().toUriString());

		model.addAttribute("monthChart", chart(CertificateStatistics.monthLabels(report.months()),
				report.months().stream().map(StatisticsReport.MonthRow::figures).toList()));
		List<Refusal> reasons = java.util.Arrays.stream(Refusal.values())
			.filter(r -> r != Refusal.OTHER || report.total().refused(r) > 0).toList();
		model.addAttribute("refusalChart", json.writeValueAsString(Map.of("type", "bar",
				"labels", reasons.stream().map(Refusal::shortLabel).toList(),
				"series", List.of(Map.of("name", "不予出具件数", "data", reasons.stream().map(r -> report.total().refused(r)).toList())))));
		if (report.villageId() == null) {
			if (wide && report.townshipId() == null) {
				model.addAttribute("areaTitle", "各乡镇（街道）受理与办结");
				model.addAttribute("areaChart", chart(report.townships().stream().map(t -> t.township()).toList(),
						report.townships().stream().map(StatisticsReport.TownshipRow::figures).toList()));
			}
			else if (wide || townshipScope) {
				model.addAttribute("areaTitle", "各村（社区）受理与办结");
				model.addAttribute("areaChart", chart(report.villages().stream().map(v -> axisName(v.village())).toList(),
						report.villages().stream().map(StatisticsReport.VillageRow::figures).toList()));
			}
		}
		return "certificate/statistics";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String township, @RequestParam(required = false) String village,
			HttpServletResponse response) throws IOException {
		DataScope scope = DataScopes.current();
		Params p = parse(scope, from, to, township, village);
		if (!p.errors().isEmpty()) {
			throw new RuleViolation(String.join("；", p.errors()));
		}
		StatisticsReport report = statistics.report(scope, p.from(), p.to(), p.township(), p.village());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename("证明开具统计-" + report.from() + "-" + report.to() + ".xlsx", StandardCharsets.UTF_8)
			.build()
			.toString());
		CertificateWorkbook.write(response.getOutputStream(), report);
	}

	/**
	 * Reads the parameters: malformed dates, an inverted or too long range, and ids that are not numbers become
	 * messages (the default range is used, the filter dropped); a township or village that exists nowhere in the
	 * scope is "not found".
	 */
	private Params parse(DataScope scope, String fromText, String toText, String townshipText, String villageText) {
		List<String> errors = new ArrayList<>();
		LocalDate today = statistics.today();
		LocalDate defaultFrom = CertificateStatistics.defaultFrom(today);
		LocalDate from = date(fromText, defaultFrom, "起始日期", errors);
		LocalDate to = date(toText, today, "截止日期", errors);
		try {
			CertificateStatistics.checkRange(from, to);
		}
		catch (RuleViolation ex) {
			errors.add(ex.getMessage() + "，已按默认区间统计");
			from = defaultFrom;
			to = today;
		}
		Long township = id(townshipText, "乡镇（街道）", errors);
		Long village = id(villageText, "村（社区）", errors);
		Unit t = township == null ? null : units.unit(township, scope).filter(u -> u.type() == Unit.Type.TOWNSHIP)
			.orElseThrow(() -> new NotFound("乡镇（街道）"));
		Unit v = village == null ? null : units.unit(village, scope).filter(u -> u.type() == Unit.Type.VILLAGE)
			.orElseThrow(() -> new NotFound("村（社区）"));
		if (t != null && v != null && !v.path().startsWith(t.path())) {
			errors.add("所选村（社区）不属于所选乡镇（街道），已按乡镇（街道）统计");
			village = null;
		}
		return new Params(from, to, township, village, errors);
	}

	private static LocalDate date(String text, LocalDate fallback, String what, List<String> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(what + "格式有误，应为“年-月-日”（如 2026-01-01），已按默认日期统计");
			return fallback;
		}
	}

	private static Long id(String text, String what, List<String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(what + "参数有误，已统计全部" + what);
			return null;
		}
	}

	/** A village's name short enough for a chart axis: 田庄村委会 → 田庄村, 东街社区居委会 → 东街社区. */
	static String axisName(String name) {
		return name.replaceFirst("(村|社区)(民委员会|委会|居民委员会|居委会)$", "$1").replaceFirst("居委会$", "社区");
	}

	private String chart(List<String> labels, List<StatisticsFigures> figures) {
		return json.writeValueAsString(CertificateStatistics.chartSpec(labels, figures));
	}
}
