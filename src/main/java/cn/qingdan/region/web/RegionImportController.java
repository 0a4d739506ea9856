package cn.qingdan.region.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.region.DivisionImporter;
import cn.qingdan.region.RegionImportJob;
import cn.qingdan.region.RegionImportJobs;
import cn.qingdan.region.Regions;
import cn.qingdan.shared.RuleViolation;

/** 区划导入（系统管理员）：选择范围、启动导入、查看进度与结果。 */
@Controller
@RequestMapping("/admin/regions/import")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class RegionImportController {

	private final RegionImportJobs jobs;
	private final DivisionImporter importer;
	private final Regions regions;

	RegionImportController(RegionImportJobs jobs, DivisionImporter importer, Regions regions) {
		this.jobs = jobs;
		this.importer = importer;
		this.regions = regions;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("provinces", importer.shippedProvinces());
		model.addAttribute("levelCounts", regions.countByLevel());
		model.addAttribute("job", jobs.latest().orElse(null));
		return "region/import";
	}

	@GetMapping("/progress")
	String progress(Model model) {
		model.addAttribute("job", jobs.latest().orElse(null));
		return "region/import :: progress";
	}

	@PostMapping
	String start(@RequestParam(defaultValue = "") String province, @RequestParam(defaultValue = "") String code,
			RedirectAttributes redirect) {
		String scope = code.isBlank() ? province : code.strip();
		try {
			if (scope.isBlank()) {
				throw new RuleViolation("scope", "请选择省份或填写区划代码");
			}
			RegionImportJob job = jobs.start(scope);
			redirect.addFlashAttribute("flash", "已开始导入：" + job.scopeName() + "，请稍候查看进度");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admin/regions/import";
	}
}
