package cn.qingdan.admission.web;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;

/** The county a public page is about: the one named by its 6-digit code, or the platform's first county. */
@Component
class PublicCounty {

	private final Units units;
	private final UnitTree tree;

	PublicCounty(Units units, UnitTree tree) {
		this.units = units;
		this.tree = tree;
	}

	Unit resolve(String code) {
		if (code != null && code.strip().matches("\\d{6}")) {
			return units.byRegion(code.strip()).orElseThrow(() -> new NotFound("县"));
		}
		return tree.firstCounty().orElseThrow(() -> new NotFound("县"));
	}
}
