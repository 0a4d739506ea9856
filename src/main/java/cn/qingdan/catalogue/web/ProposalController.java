package cn.qingdan.catalogue.web;

import java.io.IOException;
import java.time.LocalDate;
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

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.CatalogueWorkbook;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ChangeProposal;
import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.ChangeProposals;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;

/** Change proposals: list, create, edit changes, and every step of the procedure on one page with its timeline. */
@Controller
@RequestMapping("/catalogue/proposals")
class ProposalController {

	private final ChangeProposals proposals;
	private final Catalogues catalogues;
	private final Counties counties;
	private final Units units;
	private final People people;
	private final java.time.Clock clock;

	ProposalController(ChangeProposals proposals, Catalogues catalogues, Counties counties, Units units, People people,
			java.time.Clock clock) {
		this.proposals = proposals;
		this.catalogues = catalogues;
		this.counties = counties;
		this.units = units;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		Catalogue catalogue = counties.of(me);
		model.addAttribute("proposals", proposals.list(catalogue.id(), me));
		model.addAttribute("unitNames", unitNames());
		model.addAttribute("canCreate", canCreate(me));
		return "catalogue/proposals";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		try {
			ChangeProposal p = proposals.create(me, counties.of(me).id(), title, reason);
			redirect.addFlashAttribute("flash", p.status() == ChangeProposal.Status.DRAFT ? "调整申请已创建，请添加调整内容"
					: "调整申请已提出，请添加调整内容，减负办受理后进入征求意见");
			return "redirect:/catalogue/proposals/" + p.id();
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/catalogue/proposals";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		ChangeProposal p = proposals.require(id, me);
		Catalogue catalogue = counties.of(me);
		model.addAttribute("p", p);
		model.addAttribute("changes", proposals.changes(id));
		List<Consultation> consultations = proposals.consultations(id);
		model.addAttribute("consultations", consultations);
		model.addAttribute("people", people);
		model.addAttribute("timeline", proposals.timeline(id));
		model.addAttribute("origin", units.unit(p.originUnitId()).map(Unit::name).orElse(""));
		model.addAttribute("currentVersion", catalogues.current(catalogue.id()).map(CatalogueVersion::number).orElse(0));
		for (Step step : Step.values()) {
			model.addAttribute("can" + step.name(), p.allows(step, me) && (step != Step.COMMENT || consultations
				.stream().anyMatch(c -> c.unitId() == me.unitId() && c.awaiting(LocalDate.now()))));
		}
		model.addAttribute("lists", ListType.values());
		model.addAttribute("recommendations", Recommendation.values());
		List<Unit> townships = units.search(me.scope(), Unit.Type.TOWNSHIP, null, 100);
		List<Unit> departments = units.search(me.scope(), Unit.Type.DEPARTMENT, null, 100);
		model.addAttribute("consultable", townships);
		model.addAttribute("departments", departments);
		model.addAttribute("noAccount", switch (p.status()) {
			case CONSULTING -> people.withoutAccounts(consultations.stream().map(c -> units.unit(c.unitId()).orElseThrow()).toList());
			case DRAFT -> people.withoutAccounts(java.util.stream.Stream.concat(townships.stream(), departments.stream()).toList());
			default -> java.util.Set.of();
		});
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "catalogue/proposal";
	}

	@PostMapping("/{id}/changes/{changeId}/delete")
	String removeChange(@PathVariable long id, @PathVariable long changeId, @RequestParam int version,
			RedirectAttributes redirect) {
		return act(id, redirect, "已删除该条调整内容",
				() -> proposals.removeChange(DataScopes.currentUser(), id, version, changeId));
	}

	@PostMapping("/{id}/import")
	String importChanges(@PathVariable long id, @RequestParam int version, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		QingdanUser me = DataScopes.currentUser();
		CatalogueWorkbook.ChangeImport result = CatalogueWorkbook.readChanges(file.getBytes());
		if (!result.ok()) {
			model.addAttribute("errors", result.errors());
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("back", "/catalogue/proposals/" + id);
			return "catalogue/import-errors";
		}
		try {
			int n = proposals.importChanges(me, id, version, result.changes());
			redirect.addFlashAttribute("flash", "已从 Excel 导入 " + n + " 条调整内容");
		}
		catch (RuleViolation ex) {
			model.addAttribute("errors", java.util.Arrays.stream(ex.getMessage().split("\n"))
				.map(m -> new cn.qingdan.workflow.imports.RowError(0, m)).toList());
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("back", "/catalogue/proposals/" + id);
			return "catalogue/import-errors";
		}
		return "redirect:/catalogue/proposals/" + id;
	}

	@PostMapping("/{id}/take-up")
	String takeUp(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "已受理", () -> proposals.takeUp(DataScopes.currentUser(), id, version, note));
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "已不予受理", () -> proposals.decline(DataScopes.currentUser(), id, version, reason));
	}

	@PostMapping("/{id}/consult")
	String consult(@PathVariable long id, @RequestParam int version,
			@RequestParam(name = "unitIds", required = false) List<Long> unitIds,
			@RequestParam(defaultValue = "5") int days, RedirectAttributes redirect) {
		return act(id, redirect, "已发起征求意见", () -> proposals.consult(DataScopes.currentUser(), id, version, unitIds, days));
	}

	@PostMapping("/{id}/comment")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return act(id, redirect, "意见已反馈", () -> proposals.comment(DataScopes.currentUser(), id, opinion, comment));
	}

	@PostMapping("/{id}/close-consultation")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "征求意见已结束，进入评估审核",
				() -> proposals.closeConsultation(DataScopes.currentUser(), id, version));
	}

	@PostMapping("/{id}/assess")
	String assess(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String assessment,
			@RequestParam(required = false) Recommendation recommendation, RedirectAttributes redirect) {
		return act(id, redirect, "评估意见已提交，待审定",
				() -> proposals.assess(DataScopes.currentUser(), id, version, assessment, recommendation));
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "已批准，新版清单已发布",
				() -> proposals.approve(DataScopes.currentUser(), id, version, note));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "已不予批准", () -> proposals.reject(DataScopes.currentUser(), id, version, reason));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "该申请已被他人处理或修改，请查看最新状态后再操作");
		}
		return "redirect:/catalogue/proposals/" + id;
	}

	private Map<Long, String> unitNames() {
		return new java.util.AbstractMap<>() {
			@Override
			public java.util.Set<Entry<Long, String>> entrySet() {
				return java.util.Set.of();
			}

			@Override
			public String get(Object key) {
				return key instanceof Long id ? units.unit(id).map(Unit::name).orElse("") : "";
			}
		};
	}

	private static boolean canCreate(QingdanUser me) {
		return me.roles().stream().anyMatch(r -> switch (r) {
			case OFFICE_ADMIN, OFFICE_REVIEWER, DEPARTMENT_OFFICER, TOWNSHIP_OFFICER -> true;
			default -> false;
		});
	}
}
