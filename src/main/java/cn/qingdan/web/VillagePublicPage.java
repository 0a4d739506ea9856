package cn.qingdan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.publicpage.VillagePublicSections;
import cn.qingdan.shared.publicpage.VillageSection;
import cn.qingdan.workflow.document.QrCode;
import cn.qingdan.shared.PublicRead;

/**
 * The village's public page ({@code GET /public/villages/{12-digit code}}, no login): the frame — village, township,
 * the QR code a village prints for its door — and one section from every module that has something public about the
 * village ({@link VillagePublicSections}), in their order.
 */
@Controller
class VillagePublicPage {

	private final Units units;

	private final cn.qingdan.org.UnitTree tree;

	private final List<VillagePublicSections> contributors;

	VillagePublicPage(Units units, cn.qingdan.org.UnitTree tree, List<VillagePublicSections> contributors) {
		this.units = units;
		this.tree = tree;
		this.contributors = contributors;
	}

	/** Finds a village by (part of) its name, in the platform's county; every village of a township when none typed. */
	@PublicRead
	@GetMapping("/public/villages")
	String find(@org.springframework.web.bind.annotation.RequestParam(required = false) String q, Model model) {
		Unit county = tree.firstCounty().orElseThrow(() -> new NotFound("县"));
		String query = q == null ? "" : q.strip();
		model.addAttribute("county", county);
		model.addAttribute("q", query);
		if (query.isEmpty() || query.length() > 30) {
			model.addAttribute("villages", List.of());
			return "web/public-villages";
		}
		List<Long> ids = tree.named(county.id(), query);
		java.util.Map<Long, String> names = tree.names(tree.parentsOf(ids));
		model.addAttribute("villages", ids.stream().limit(200).map(units::unit).flatMap(Optional::stream)
			.filter(u -> u.type() == Unit.Type.VILLAGE && u.enabled())
			.map(u -> new Found(u.name(), names.getOrDefault(u.parentId(), ""), u.regionCode()))
			.toList());
		return "web/public-villages";
	}

	record Found(String name, String township, String code) {
	}

	@PublicRead
	@GetMapping("/public/villages/{code}")
	String village(@PathVariable String code, Model model) {
		Unit village = village(code).orElseThrow(() -> new NotFound("该村（社区）"));
		Unit township = village.parentId() == null ? null : units.unit(village.parentId()).orElse(null);
		List<VillageSection> sections = contributors.stream()
			.map(c -> c.sectionFor(village.id(), village.regionCode()))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(VillageSection::order))
			.toList();
		String address = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
		model.addAttribute("village", village);
		model.addAttribute("township", township);
		model.addAttribute("sections", sections);
		model.addAttribute("qr", QrCode.dataUri(address));
		model.addAttribute("address", address);
		return "web/public-village";
	}

	private Optional<Unit> village(String code) {
		if (code == null || !code.matches("\\d{12}")) {
			return Optional.empty();
		}
		return units.byRegion(code).filter(u -> u.type() == Unit.Type.VILLAGE && u.enabled());
	}
}
