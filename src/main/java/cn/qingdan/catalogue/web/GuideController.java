package cn.qingdan.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.catalogue.CatalogueGuides;
import cn.qingdan.catalogue.ItemCells;
import cn.qingdan.catalogue.ItemColumn;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * {@code /catalogue/guide}: a province's or city's office publishes its guiding list (指导目录) and sees which counties
 * adopted each item; a county's office reads what its city and province recommend and adopts an item, which opens a
 * draft change proposal of its catalogue (the procedure every change goes through). Nobody else sees the page.
 */
@Controller
class GuideController {

	private static final List<ItemColumn> SET_BY_PAGE = List.of(ItemColumn.CODE, ItemColumn.LIST, ItemColumn.SOURCE,
			ItemColumn.SOURCE_URL);

	private final CatalogueGuides guides;

	GuideController(CatalogueGuides guides) {
		this.guides = guides;
	}

	@GetMapping("/catalogue/guide")
	String page(@RequestParam(required = false) ListType list, Model model) {
		ItemForm form = ItemForm.of((cn.qingdan.catalogue.ItemContent) null);
		form.getValues().put(ItemColumn.LIST, (list == null ? ListType.ASSISTANCE : list).label());
		return render(model, form, List.of());
	}

	@PostMapping("/catalogue/guide")
	String publish(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Unit region = guides.regionOffice(me).orElseThrow(() -> new NotFound("指导目录"));
		ItemForm form = ItemForm.of(params);
		ListType list = form.list();
		if (list == null) {
			return render(model, form, List.of("请选择清单"));
		}
		// the code is the county's to give on adoption; the source is this guiding list
		form.getValues().put(ItemColumn.CODE, list.prefix() + "-01");
		form.getValues().put(ItemColumn.SOURCE, region.name() + "指导目录");
		form.getValues().put(ItemColumn.SOURCE_URL, "");
		ItemCells.Parsed parsed = form.parse();
		if (!parsed.ok()) {
			return render(model, form, parsed.errors());
		}
		try {
			int number = guides.publish(me, parsed.item());
			redirect.addFlashAttribute("flash", "已发布指导目录第 " + number + " 项：" + parsed.item().name());
			return "redirect:/catalogue/guide";
		}
		catch (RuleViolation ex) {
			return render(model, form, List.of(ex.getMessage()));
		}
	}

	@PostMapping("/catalogue/guide/{id}/adopt")
	String adopt(@PathVariable long id, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		guides.countyOffice(me).orElseThrow(() -> new NotFound("指导目录"));
		try {
			long proposal = guides.adopt(me, id);
			redirect.addFlashAttribute("flash", "已生成清单调整申请（起草中），请核对新增事项后按程序征求意见、评估和审定");
			return "redirect:/catalogue/proposals/" + proposal;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/catalogue/guide";
		}
	}

	private String render(Model model, ItemForm form, List<String> errors) {
		QingdanUser me = DataScopes.currentUser();
		boolean region = guides.regionOffice(me).isPresent();
		List<CatalogueGuides.GuideItem> items = guides.items(me);
		Map<Long, List<CatalogueGuides.Adoption>> adoptions = new LinkedHashMap<>();
		if (region) {
			items.forEach(i -> adoptions.put(i.id(), guides.adoptions(i.id(), null)));
		}
		ListType list = form.list() == null ? ListType.ASSISTANCE : form.list();
		List<ItemColumn> columns = new ArrayList<>(ItemColumn.forList(list));
		columns.removeAll(SET_BY_PAGE);
		model.addAttribute("region", region);
		model.addAttribute("items", items);
		model.addAttribute("adoptions", adoptions);
		model.addAttribute("form", form);
		model.addAttribute("list", list);
		model.addAttribute("lists", List.of(ListType.values()));
		model.addAttribute("columns", columns);
		model.addAttribute("formErrors", errors);
		return "catalogue/guide";
	}
}
