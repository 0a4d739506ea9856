package cn.qingdan.catalogue.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.CatalogueWorkbook;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ChangeProposal;
import cn.qingdan.catalogue.ChangeProposals;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.catalogue.ProposalChange;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;

/** The county's catalogue inside the platform: versions, items, diffs, Excel export and import. */
@Controller
@RequestMapping("/catalogue")
class CatalogueController {

	private final Catalogues catalogues;
	private final ChangeProposals proposals;
	private final Counties counties;
	private final tools.jackson.databind.json.JsonMapper json;
	private final cn.qingdan.catalogue.CatalogueTemplate template;

	CatalogueController(Catalogues catalogues, ChangeProposals proposals, Counties counties,
			tools.jackson.databind.json.JsonMapper json, cn.qingdan.catalogue.CatalogueTemplate template) {
		this.template = template;
		this.catalogues = catalogues;
		this.proposals = proposals;
		this.counties = counties;
		this.json = json;
	}

	@GetMapping
	String index(@RequestParam(required = false) Integer version, @RequestParam(required = false) ListType list,
			@RequestParam(required = false) String q, Model model) {
		QingdanUser me = DataScopes.currentUser();
		if (me.has(cn.qingdan.identity.Role.REGION_OFFICE)) {
			return "redirect:/catalogue/guide"; // a city's or province's office has no list of its own: its guiding list
		}
		var existing = counties.find(me);
		if (existing.isEmpty() || catalogues.current(existing.get().id()).isEmpty()) {
			model.addAttribute("office", me.has(cn.qingdan.identity.Role.OFFICE_ADMIN));
			model.addAttribute("templateSize", template.template().size());
			return "catalogue/empty";
		}
		Catalogue catalogue = existing.get();
		CatalogueVersion v = version == null ? catalogues.current(catalogue.id()).orElseThrow(() -> new NotFound("清单版本"))
				: catalogues.requireVersion(catalogue.id(), version);
		List<ItemContent> items = q == null || q.isBlank() ? catalogues.items(v.id()).stream()
			.filter(i -> list == null || i.list() == list).toList() : catalogues.search(v.id(), q, list);
		var counts = catalogues.countsByList(v.id());
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("version", v);
		model.addAttribute("latest", catalogues.current(catalogue.id()).map(CatalogueVersion::number).orElse(0));
		model.addAttribute("versions", catalogues.versions(catalogue.id()));
		model.addAttribute("items", items);
		model.addAttribute("counts", counts);
		model.addAttribute("lists", ListType.values());
		model.addAttribute("list", list);
		model.addAttribute("q", q);
		model.addAttribute("office", me.roles().stream().anyMatch(r -> r.name().startsWith("OFFICE_") || r.name().equals("SYSTEM_ADMIN")));
		model.addAttribute("chart", json.writeValueAsString(Map.of("type", "bar",
				"labels", java.util.Arrays.stream(ListType.values()).map(ListType::label).toList(),
				"series", List.of(Map.of("name", "事项数", "data", java.util.Arrays.stream(ListType.values()).map(counts::get).toList())))));
		return "catalogue/index";
	}

	/** A county without a catalogue adopts the shipped template (plus its shipped local additions) as version 1. */
	@PostMapping("/adopt")
	@PreAuthorize("hasRole('OFFICE_ADMIN')")
	String adopt(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		if (counties.find(me).isPresent()) {
			redirect.addFlashAttribute("flashError", "本县已建立清单目录，请通过清单调整程序修改");
			return "redirect:/catalogue";
		}
		var county = counties.county(me);
		String name = county.name() + "村级组织工作事项清单";
		List<ItemContent> items = template.forCounty(county.regionCode() == null ? "" : county.regionCode().substring(0, 6), name);
		Catalogue catalogue = catalogues.create(county.id(), name);
		catalogues.publish(catalogue.id(), items, me.username(), null, "采用清单模板建立本县清单");
		redirect.addFlashAttribute("flash", "已采用模板建立本县清单第 1 版，共 " + items.size() + " 项");
		return "redirect:/catalogue";
	}

	@GetMapping("/diff")
	String diff(@RequestParam int from, @RequestParam int to, Model model) {
		Catalogue catalogue = counties.of(DataScopes.currentUser());
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("diff", catalogues.diff(catalogue.id(), from, to));
		model.addAttribute("versions", catalogues.versions(catalogue.id()));
		return "catalogue/diff";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) Integer version, HttpServletResponse response) throws IOException {
		Catalogue catalogue = counties.of(DataScopes.currentUser());
		CatalogueVersion v = version == null ? catalogues.current(catalogue.id()).orElseThrow(() -> new NotFound("清单版本"))
				: catalogues.requireVersion(catalogue.id(), version);
		attachment(response, catalogue.name() + "（第" + v.number() + "版）.xlsx");
		CatalogueWorkbook.write(response.getOutputStream(), "第" + v.number() + "版", catalogues.items(v.id()));
	}

	@GetMapping("/template.xlsx")
	void template(@RequestParam(defaultValue = "catalogue") String type, HttpServletResponse response) throws IOException {
		boolean proposal = "proposal".equals(type);
		attachment(response, proposal ? "清单调整申请导入模板.xlsx" : "清单导入模板.xlsx");
		CatalogueWorkbook.writeTemplate(response.getOutputStream(), proposal);
	}

	/**
	 * Imports a whole catalogue. Nothing is saved unless every row is valid; a valid file becomes a draft change
	 * proposal holding the differences to the current version (the procedure then applies).
	 */
	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('OFFICE_ADMIN','OFFICE_REVIEWER')")
	String importCatalogue(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		QingdanUser me = DataScopes.currentUser();
		Catalogue catalogue = counties.of(me);
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(file.getBytes());
		if (!result.ok()) {
			model.addAttribute("errors", result.errors());
			model.addAttribute("fileName", file.getOriginalFilename());
			return "catalogue/import-errors";
		}
		CatalogueVersion current = catalogues.current(catalogue.id()).orElseThrow();
		List<ItemContent> currentItems = catalogues.items(current.id());
		var changes = compare(currentItems, result.items());
		if (changes.isEmpty()) {
			model.addAttribute("errors", List.of(new cn.qingdan.workflow.imports.RowError(0, "导入文件与现行第 " + current.number() + " 版完全一致，无需调整")));
			model.addAttribute("fileName", file.getOriginalFilename());
			return "catalogue/import-errors";
		}
		try {
			ChangeProposal p = proposals.createFromImport(me, catalogue.id(), "整表导入：" + file.getOriginalFilename(),
					"由 Excel 整表导入生成，与第 " + current.number() + " 版相比的全部差异", changes);
			return "redirect:/catalogue/proposals/" + p.id();
		}
		catch (cn.qingdan.shared.RuleViolation ex) {
			model.addAttribute("errors", java.util.Arrays.stream(ex.getMessage().split("\n"))
				.map(m -> new cn.qingdan.workflow.imports.RowError(0, m)).toList());
			model.addAttribute("fileName", file.getOriginalFilename());
			return "catalogue/import-errors";
		}
	}

	private static List<CatalogueWorkbook.ChangeRow> compare(List<ItemContent> current, List<ItemContent> imported) {
		Map<String, ItemContent> old = new java.util.HashMap<>();
		current.forEach(i -> old.put(i.code(), i));
		java.util.Set<String> seen = new java.util.HashSet<>();
		List<CatalogueWorkbook.ChangeRow> rows = new ArrayList<>();
		int r = 1;
		for (ItemContent i : imported) {
			r++;
			seen.add(i.code());
			ItemContent o = old.get(i.code());
			if (o == null) {
				rows.add(new CatalogueWorkbook.ChangeRow(r, ProposalChange.Operation.ADD, i.code(), "整表导入新增", null, i));
			}
			else if (!o.equals(i)) {
				rows.add(new CatalogueWorkbook.ChangeRow(r, ProposalChange.Operation.MODIFY, i.code(), "整表导入修改", null, i));
			}
		}
		for (ItemContent o : current) {
			if (!seen.contains(o.code())) {
				rows.add(new CatalogueWorkbook.ChangeRow(0, ProposalChange.Operation.REMOVE, o.code(), "整表导入中已无此事项", null, null));
			}
		}
		return rows;
	}

	static void attachment(HttpServletResponse response, String fileName) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
	}
}
