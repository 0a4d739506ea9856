package cn.qingdan.catalogue.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ChangeProposal;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.ChangeProposals;
import cn.qingdan.catalogue.ItemCells;
import cn.qingdan.catalogue.ItemColumn;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * The form for one change of a proposal. It shows only the fields of the chosen list (经费 and 工作量 for assistance,
 * 办事指南 … for retained certificates, 核验单位 and 替代方式 for not-issuable ones); choosing another list re-renders the
 * fields on the server (htmx), keeping what was typed.
 */
@Controller
@RequestMapping("/catalogue/proposals/{id}/changes")
class ChangeFormController {

	private final ChangeProposals proposals;
	private final Catalogues catalogues;

	ChangeFormController(ChangeProposals proposals, Catalogues catalogues) {
		this.proposals = proposals;
		this.catalogues = catalogues;
	}

	/** New item (op=ADD, list=…) or modify/remove an existing one (op, code). */
	@GetMapping("/new")
	String changeForm(@PathVariable long id, @RequestParam Operation op, @RequestParam(required = false) ListType list,
			@RequestParam(required = false) String code, Model model) {
		QingdanUser me = DataScopes.currentUser();
		ChangeProposal p = proposals.require(id, me);
		p.require(Step.EDIT, me);
		ItemForm form;
		if (op == Operation.ADD) {
			ListType chosen = list == null ? ListType.SELF_GOVERNANCE : list;
			form = ItemForm.of((ItemContent) null);
			form.getValues().put(ItemColumn.LIST, chosen.label());
			form.getValues().put(ItemColumn.CODE, proposals.suggestCode(p.catalogueId(), chosen));
		}
		else {
			CatalogueVersion current = catalogues.current(p.catalogueId()).orElseThrow();
			ItemContent item = catalogues.item(current.id(), code == null ? "" : code.strip().toUpperCase())
				.orElseThrow(() -> new RuleViolation("code", "现行清单中没有编码为 " + code + " 的事项"));
			form = ItemForm.of(item);
		}
		return render(model, p, op, form, "", "", List.of());
	}

	/** The fields of another list, with what was typed so far (the list select's htmx request). */
	@PostMapping("/fields")
	String fields(@PathVariable long id, @RequestParam Operation op, @RequestParam Map<String, String> params, Model model) {
		QingdanUser me = DataScopes.currentUser();
		ChangeProposal p = proposals.require(id, me);
		p.require(Step.EDIT, me);
		ItemForm form = ItemForm.of(params);
		ListType list = form.list();
		String code = form.get(ItemColumn.CODE).strip().toUpperCase();
		if (op == Operation.ADD && list != null && !code.startsWith(list.prefix() + "-")) {
			form.getValues().put(ItemColumn.CODE, proposals.suggestCode(p.catalogueId(), list));
		}
		render(model, p, op, form, "", "", List.of());
		return "catalogue/change-form :: fields";
	}

	@PostMapping
	String addChange(@PathVariable long id, @RequestParam Operation op, @RequestParam int version,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String basis,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		ChangeProposal p = proposals.require(id, me);
		ItemForm form = ItemForm.of(params);
		ItemContent content = null;
		if (op != Operation.REMOVE) {
			ItemCells.Parsed parsed = form.parse();
			if (!parsed.ok()) {
				return render(model, p, op, form, reason, basis, parsed.errors());
			}
			content = parsed.item();
		}
		try {
			String code = proposals.addChange(me, id, version, op, form.get(ItemColumn.CODE), reason, basis, content);
			redirect.addFlashAttribute("flash", "已添加：" + op.label() + " " + code);
			return "redirect:/catalogue/proposals/" + id;
		}
		catch (RuleViolation ex) {
			return render(model, p, op, form, reason, basis, List.of(ex.getMessage()));
		}
	}

	private String render(Model model, ChangeProposal p, Operation op, ItemForm form, String reason, String basis,
			List<String> errors) {
		ListType list = form.list();
		model.addAttribute("p", p);
		model.addAttribute("op", op);
		model.addAttribute("form", form);
		model.addAttribute("list", list);
		model.addAttribute("columns", ItemColumn.forList(list));
		model.addAttribute("lists", ListType.values());
		model.addAttribute("reason", reason);
		model.addAttribute("basis", basis);
		model.addAttribute("formErrors", errors);
		return "catalogue/change-form";
	}
}
