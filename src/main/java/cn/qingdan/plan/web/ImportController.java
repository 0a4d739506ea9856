package cn.qingdan.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.plan.PlanExport;
import cn.qingdan.plan.PlanHeader;
import cn.qingdan.plan.PlanImport;
import cn.qingdan.plan.PlanSheet;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.imports.ImportResult;

/**
 * Importing a 任务分工表: upload with the plan's header → preview (every row's errors, or the tree to be saved;
 * nothing is saved either way) → confirm, which imports the file held in the session since the preview.
 */
@Controller
@RequestMapping("/plans/import")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN','OFFICE_REVIEWER')")
class ImportController {

	static final String FILE = "planImport.file";
	static final String TOKEN = "planImport.token";

	/** The header form. */
	record Form(String title, String documentNumber, String issuers, String issuedOn, String horizonYears, String requirements,
			String goals, String schedule, String safeguards) {

		static Form blank() {
			return new Form("", "", "", "", "", "", "", "", "");
		}

		PlanHeader header() {
			LocalDate issued;
			try {
				issued = issuedOn == null || issuedOn.isBlank() ? null : LocalDate.parse(issuedOn.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new RuleViolation("issuedOn", "印发日期格式如 2026-01-15");
			}
			return new PlanHeader(s(title), s(documentNumber), s(issuers), issued, s(horizonYears), s(requirements), s(goals),
					s(schedule), s(safeguards), null);
		}

		private static String s(String v) {
			return v == null || v.isBlank() ? null : v.strip();
		}
	}

	private final PlanImport imports;

	ImportController(PlanImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", Form.blank());
		return "plan/import";
	}

	@PostMapping("/preview")
	String preview(@ModelAttribute Form form, @RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
			Model model) throws IOException {
		model.addAttribute("form", form);
		try {
			PlanImport.checkHeader(form.header());
		}
		catch (RuleViolation ex) {
			model.addAttribute("headerError", ex.getMessage());
			return "plan/import";
		}
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		ImportResult<PlanSheet.ParsedNode> result = imports.preview(DataScopes.currentUser(), bytes);
		model.addAttribute("result", result);
		if (result.ok()) {
			String token = UUID.randomUUID().toString();
			session.setAttribute(FILE, bytes);
			session.setAttribute(TOKEN, token);
			model.addAttribute("token", token);
			model.addAttribute("tasks", result.rows().stream().filter(PlanSheet.ParsedNode::carriesWork).count());
			model.addAttribute("ongoing", result.rows().stream().filter(n -> n.carriesWork() && n.deadline().ongoing()).count());
		}
		else {
			session.removeAttribute(FILE);
			session.removeAttribute(TOKEN);
		}
		return "plan/import";
	}

	@PostMapping
	String save(@ModelAttribute Form form, @RequestParam(defaultValue = "") String token, HttpSession session,
			RedirectAttributes redirect, Model model) {
		byte[] bytes = session.getAttribute(FILE) instanceof byte[] b ? b : null;
		if (bytes == null || !token.equals(session.getAttribute(TOKEN))) {
			model.addAttribute("form", form);
			model.addAttribute("headerError", "预览已失效，请重新选择文件并预览");
			return "plan/import";
		}
		try {
			long id = imports.save(DataScopes.currentUser(), form.header(), bytes);
			session.removeAttribute(FILE);
			session.removeAttribute(TOKEN);
			redirect.addFlashAttribute("flash", "实施方案已导入");
			return "redirect:/plans/" + id;
		}
		catch (RuleViolation ex) {
			model.addAttribute("form", form);
			model.addAttribute("headerError", ex.getMessage());
			return "plan/import";
		}
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "Qingdan", "1.0");
		Worksheet ws = wb.newWorksheet("任务分工");
		List<List<String>> rows = List.of(PlanExport.HEADERS.subList(0, 4), List.of("一", "加强党的基层组织建设", "", ""),
				List.of("1", "健全基层治理党的领导体制", "", ""),
				List.of("(1)", "建立工作台账（示例，逗号前为牵头单位）", "县委组织部，县民政局、各乡镇(街道)", "2026年底"),
				List.of("(2)", "持续整顿软弱涣散村党组织（示例）", "县委组织部，各乡镇(街道)", "持续推进（按季度）"));
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < 4; c++) {
				ws.value(r, c, rows.get(r).get(c));
			}
		}
		ws.width(1, 60);
		ws.width(2, 40);
		wb.finish();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition", ContentDisposition.attachment().filename("任务分工表模板.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}
}
