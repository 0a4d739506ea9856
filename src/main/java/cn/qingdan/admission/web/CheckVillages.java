package cn.qingdan.admission.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/** The villages a task may be checked for on the public check page: the clerk's own, or one chosen by township. */
@Component
class CheckVillages {

	private final Units units;

	CheckVillages(Units units) {
		this.units = units;
	}

	/** The county's townships with their villages, in tree order. */
	Map<Unit, List<Unit>> byTownship(Unit county) {
		DataScope scope = new DataScope(DataScope.Kind.COUNTY, county.id(), county.path());
		Map<Unit, List<Unit>> m = new LinkedHashMap<>();
		for (Unit t : units.search(scope, Unit.Type.TOWNSHIP, null, 200)) {
			m.put(t, units.children(t.id(), scope).stream().filter(u -> u.type() == Unit.Type.VILLAGE && u.enabled()).toList());
		}
		return m;
	}

	/**
	 * The village to check for: the one chosen, if it is a village of the county; otherwise a signed-in village
	 * clerk's own village; otherwise none (the answer then names the scope instead).
	 */
	Long village(Unit county, QingdanUser me, Long chosen) {
		if (chosen != null) {
			return units.unit(chosen).filter(u -> u.type() == Unit.Type.VILLAGE && u.path().startsWith(county.path()))
				.map(Unit::id).orElse(null);
		}
		if (me != null && "VILLAGE".equals(me.unit().type()) && me.unit().path().startsWith(county.path())) {
			return me.unitId();
		}
		return null;
	}
}
