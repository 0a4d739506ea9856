package cn.qingdan.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;

/** The boards list's filter choices (townships and villages in the user's scope) and its page addresses. */
final class BoardFilters {

	private BoardFilters() {
	}

	static String href(Boards.Filter f, Integer page) {
		return UriComponentsBuilder.fromPath("/ledgers/boards")
			.queryParam("kind", f.kind())
			.queryParamIfPresent("township", Optional.ofNullable(f.township()))
			.queryParamIfPresent("village", Optional.ofNullable(f.village()))
			.queryParamIfPresent("status", Optional.ofNullable(f.status()).map(Enum::name))
			.queryParamIfPresent("declaration", Optional.ofNullable(f.declaration()).map(Enum::name))
			.queryParamIfPresent("compliant", Optional.ofNullable(f.compliant()).map(c -> c ? "yes" : "no"))
			.queryParamIfPresent("page", Optional.ofNullable(page))
			.encode().build().toUriString();
	}

	/**
	 * Townships of the scope (for the county), and the villages of the chosen township, or of the user's own township;
	 * a village user chooses neither.
	 */
	static void choices(Model model, UnitTree tree, QingdanUser user, Boards.Filter f) {
		long county = user.unit().rootId();
		List<Unit> townships = user.scope().isWide() ? tree.ofType(county, Unit.Type.TOWNSHIP, false).stream()
			.sorted(Comparator.comparing(Unit::name)).toList() : List.of();
		Long township = f.township() != null ? f.township()
				: "TOWNSHIP".equals(user.unit().type()) ? Long.valueOf(user.unit().id()) : null;
		List<Unit> villages = township == null || "VILLAGE".equals(user.unit().type()) ? List.of()
				: tree.ofType(county, Unit.Type.VILLAGE, false).stream()
					.filter(v -> township.equals(v.parentId()) && user.scope().covers(v.path()))
					.sorted(Comparator.comparing(Unit::name)).toList();
		model.addAttribute("townships", townships);
		model.addAttribute("villages", villages);
	}
}
