package cn.qingdan.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.supervision.AssessmentExport;
import cn.qingdan.supervision.UnitsInCounty;
import cn.qingdan.supervision.Who;

/** 党建工作成效考核 deductions per township and department, on screen and as .xlsx. */
@Controller
class AssessmentController {

	private final AssessmentExport export;
	private final UnitsInCounty units;
	private final Clock clock;

	AssessmentController(AssessmentExport export, UnitsInCounty units, Clock clock) {
		this.export = export;
		this.units = units;
		this.clock = clock;
	}

	private int year(Integer year) {
		return year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
	}

	@GetMapping("/supervision/assessment")
	String page(@RequestParam(required = false) Integer year, Model model) {
		Who who = Web.who();
		model.addAttribute("lines", export.lines(who, year(year)));
		model.addAttribute("year", year(year));
		return "supervision/assessment";
	}

	@GetMapping("/supervision/assessment/xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) throws IOException {
		Who who = Web.who();
		int y = year(year);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.write(export.lines(who, y), y, units.name(who.county()), out);
		String name = java.net.URLEncoder.encode(y + "年党建工作成效考核扣分.xlsx", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name).body(out.toByteArray());
	}
}
