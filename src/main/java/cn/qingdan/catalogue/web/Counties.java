package cn.qingdan.catalogue.web;

import org.springframework.stereotype.Component;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.region.Regions;
import cn.qingdan.shared.NotFound;

/** Which catalogue a request is about: the actor's county, or for public pages the county named by its code. */
@Component
class Counties {

	private final Catalogues catalogues;
	private final Units units;

	Counties(Catalogues catalogues, Units units) {
		this.catalogues = catalogues;
		this.units = units;
	}

	Catalogue of(QingdanUser actor) {
		return find(actor).orElseThrow(() -> new NotFound("本县清单目录"));
	}

	java.util.Optional<Catalogue> find(QingdanUser actor) {
		return catalogues.forCounty(county(actor).id());
	}

	/** The county unit at the top of the actor's tree. */
	Unit county(QingdanUser actor) {
		return units.unit(actor.unit().rootId()).orElseThrow(() -> new NotFound("县级单位"));
	}

	/** The catalogue of the county with this 6-digit code, or the only/first catalogue when none is given. */
	Catalogue publicCatalogue(String countyCode) {
		if (countyCode == null || countyCode.isBlank()) {
			return catalogues.all().stream().findFirst().orElseThrow(() -> new NotFound("清单目录"));
		}
		if (!countyCode.strip().matches("\\d{6}")) {
			throw new NotFound("清单目录");
		}
		Unit county = units.byRegion(Regions.normalise(countyCode.strip())).orElseThrow(() -> new NotFound("清单目录"));
		return catalogues.forCounty(county.id()).orElseThrow(() -> new NotFound("清单目录"));
	}

	String countyCode(Catalogue catalogue) {
		return units.unit(catalogue.countyUnitId()).map(u -> u.regionCode() == null ? "" : u.regionCode().substring(0, 6)).orElse("");
	}
}
