package cn.qingdan.village;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.publicpage.VillagePublicSections;
import cn.qingdan.shared.publicpage.VillageSection;

/**
 * This module's part of the village's public page: disclosures by catalogue item and date, compacts in force, the
 * standing bodies (size, term and rules, never members' names), the courtyard and estate groups, the township's forums open to the public, the latest appraisal results, opinions and
 * their status, and the form to leave one.
 */
@Component
class VillagePublicSection implements VillagePublicSections {

	record CompactInForce(long id, String kind, String title, int no, java.time.LocalDate since) {
	}

	private final Disclosures disclosures;
	private final Compacts compacts;
	private final Opinions opinions;
	private final Appraisals appraisals;
	private final VillageGroups groups;
	private final TownshipForums forums;
	private final VillageAccess access;
	private final VillageBodies bodies;

	VillagePublicSection(Disclosures disclosures, Compacts compacts, Opinions opinions, Appraisals appraisals,
			VillageGroups groups, TownshipForums forums, VillageAccess access, VillageBodies bodies) {
		this.bodies = bodies;
		this.groups = groups;
		this.forums = forums;
		this.access = access;
		this.disclosures = disclosures;
		this.compacts = compacts;
		this.opinions = opinions;
		this.appraisals = appraisals;
	}

	@Override
	public Optional<VillageSection> sectionFor(long villageUnitId, String villageCode) {
		Map<String, List<Disclosure>> byItem = new LinkedHashMap<>();
		for (Disclosure d : disclosures.ofVillage(villageUnitId, 60)) {
			byItem.computeIfAbsent(d.itemName(), k -> new ArrayList<>()).add(d);
		}
		List<CompactInForce> inForce = new ArrayList<>();
		for (Compact c : compacts.ofVillage(villageUnitId)) {
			compacts.versions(c.id()).stream().filter(v -> "IN_FORCE".equals(v.status())).findFirst()
				.ifPresent(v -> inForce.add(new CompactInForce(c.id(), c.kind(), c.title(), v.no(), v.reviewedOn())));
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("code", villageCode);
		model.put("disclosures", byItem);
		model.put("compacts", inForce);
		model.put("opinions", opinions.ofVillage(villageUnitId, 10));
		model.put("groups", groups.ofVillage(villageUnitId));
		model.put("bodies", bodies.ofVillage(villageUnitId));
		model.put("forums", forums.openTo(access.village(villageUnitId).path()));
		appraisals.publishedOf(villageUnitId).ifPresent(a -> {
			model.put("appraisal", a);
			model.put("cadres", appraisals.cadres(a.id()));
			model.put("limit", appraisals.limit());
		});
		return Optional.of(new VillageSection(30, "村务公开与村民自治", "village/public", "section", model));
	}
}
