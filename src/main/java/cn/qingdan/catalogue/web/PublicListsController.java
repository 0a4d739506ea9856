package cn.qingdan.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicRead;

/** The public pages (no login): the county's current lists, search, item detail, version history and diffs. */
@Controller
@RequestMapping("/public/lists")
@PublicRead
class PublicListsController {

	private final Catalogues catalogues;
	private final Counties counties;

	PublicListsController(Catalogues catalogues, Counties counties) {
		this.catalogues = catalogues;
		this.counties = counties;
	}

	@GetMapping
	String lists(@RequestParam(required = false) String county, @RequestParam(required = false) ListType list,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer version, Model model) {
		Catalogue catalogue = counties.publicCatalogue(county);
		CatalogueVersion v = version == null ? catalogues.current(catalogue.id()).orElseThrow(() -> new NotFound("清单版本"))
				: catalogues.requireVersion(catalogue.id(), version);
		List<ItemContent> items = q != null && !q.isBlank() ? catalogues.search(v.id(), q, list)
				: catalogues.items(v.id()).stream().filter(i -> list == null || i.list() == list).toList();
		common(model, catalogue, county);
		model.addAttribute("version", v);
		model.addAttribute("latest", catalogues.current(catalogue.id()).map(CatalogueVersion::number).orElse(0));
		model.addAttribute("items", items);
		model.addAttribute("counts", catalogues.countsByList(v.id()));
		model.addAttribute("list", list);
		model.addAttribute("q", q);
		return "public/lists";
	}

	@GetMapping("/items/{code}")
	String item(@PathVariable String code, @RequestParam(required = false) String county,
			@RequestParam(required = false) Integer version, Model model) {
		Catalogue catalogue = counties.publicCatalogue(county);
		CatalogueVersion v = version == null ? catalogues.current(catalogue.id()).orElseThrow(() -> new NotFound("清单版本"))
				: catalogues.requireVersion(catalogue.id(), version);
		ItemContent item = catalogues.item(v.id(), code).orElseThrow(() -> new NotFound("事项 " + code));
		common(model, catalogue, county);
		model.addAttribute("version", v);
		model.addAttribute("item", item);
		return "public/item";
	}

	@GetMapping("/versions")
	String versions(@RequestParam(required = false) String county, Model model) {
		Catalogue catalogue = counties.publicCatalogue(county);
		common(model, catalogue, county);
		model.addAttribute("versions", catalogues.versions(catalogue.id()));
		return "public/versions";
	}

	@GetMapping("/diff")
	String diff(@RequestParam(required = false) String county, @RequestParam int from, @RequestParam int to,
			Model model) {
		Catalogue catalogue = counties.publicCatalogue(county);
		common(model, catalogue, county);
		model.addAttribute("diff", catalogues.diff(catalogue.id(), from, to).withoutNotes());
		model.addAttribute("versions", catalogues.versions(catalogue.id()));
		return "public/diff";
	}

	private void common(Model model, Catalogue catalogue, String county) {
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("county", county == null || county.isBlank() ? counties.countyCode(catalogue) : county.strip());
		model.addAttribute("lists", ListType.values());
	}
}
