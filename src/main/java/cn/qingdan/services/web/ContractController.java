package cn.qingdan.services.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.services.ContractForm;
import cn.qingdan.services.ContractView;
import cn.qingdan.services.Contracts;
import cn.qingdan.services.Eligible;
import cn.qingdan.services.Suppliers;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/** 购买服务合同: the list in the actor's scope, the buyer's form, one contract's page and its printable summary. */
@Controller
@RequestMapping("/services/contracts")
class ContractController {

	private final Contracts contracts;
	private final ContractView view;
	private final Suppliers suppliers;
	private final Catalogues catalogues;
	private final UnitTree tree;
	private final Clock clock;

	ContractController(Contracts contracts, ContractView view, Suppliers suppliers, Catalogues catalogues, UnitTree tree,
			Clock clock) {
		this.contracts = contracts;
		this.view = view;
		this.suppliers = suppliers;
		this.catalogues = catalogues;
		this.tree = tree;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		if (year != null && !Inputs.saneYear(year)) {
			throw new RuleViolation("year", "年度应在 2000–2100 之间");
		}
		QingdanUser me = DataScopes.currentUser();
		model.addAttribute("lines", contracts.list(me, year));
		model.addAttribute("year", year);
		model.addAttribute("mayBuy", mayBuy(me));
		return "services/contracts";
	}

	@GetMapping("/new")
	String form(Model model) {
		QingdanUser me = DataScopes.currentUser();
		requireBuyer(me);
		ContractForm form = new ContractForm();
		LocalDate today = LocalDate.now(clock);
		form.setSignedOn(today);
		form.setTermStart(LocalDate.of(today.getYear() + 1, 1, 1));
		form.setTermEnd(LocalDate.of(today.getYear() + 1, 12, 31));
		form.setBudgetYear(today.getYear() + 1);
		return form(me, form, Map.of(), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") ContractForm form, Model model) {
		QingdanUser me = DataScopes.currentUser();
		requireBuyer(me);
		try {
			long id = contracts.sign(me, form);
			return "redirect:/services/contracts/" + id;
		}
		catch (RuleViolation ex) {
			return form(me, form, Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()), model);
		}
	}

	private String form(QingdanUser me, ContractForm form, Map<String, String> errors, Model model) {
		long county = me.unit().rootId();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("items", items(county));
		model.addAttribute("suppliers", suppliers.of(county));
		Unit.Type type = Unit.Type.valueOf(me.unit().type());
		List<Unit> villages = tree.ofType(county, Unit.Type.VILLAGE, true);
		model.addAttribute("villages", type == Unit.Type.TOWNSHIP
				? villages.stream().filter(v -> v.parentId() != null && v.parentId() == me.unitId()).toList() : villages);
		model.addAttribute("townships", tree.names(villages.stream().map(Unit::parentId).distinct().toList()));
		return "services/contract-form";
	}

	private List<ItemContent> items(long county) {
		return catalogues.forCounty(county).flatMap(c -> catalogues.current(c.id()))
			.map(v -> catalogues.search(v.id(), null, ListType.SERVICE_PURCHASE)).orElse(List.of());
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		ContractView.Page page = view.page(me, id);
		model.addAttribute("p", page);
		model.addAttribute("c", page.detail().contract());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("eligible", Eligible.text(page.detail().supplier(), page.detail().contract().signedOn()));
		return "services/contract";
	}

	@GetMapping("/{id}/summary.pdf")
	ResponseEntity<byte[]> summary(@PathVariable long id) {
		QingdanUser me = DataScopes.currentUser();
		byte[] pdf = view.summary(me, id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline()
				.filename("购买服务合同摘要-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	static boolean mayBuy(QingdanUser me) {
		return (me.hasRole("DEPARTMENT_OFFICER") || me.hasRole("TOWNSHIP_OFFICER"))
				&& ("DEPARTMENT".equals(me.unit().type()) || "TOWNSHIP".equals(me.unit().type()));
	}

	private static void requireBuyer(QingdanUser me) {
		if (!mayBuy(me)) {
			throw new org.springframework.security.access.AccessDeniedException("只有县级部门和乡镇（街道）可以登记购买服务合同");
		}
	}
}
