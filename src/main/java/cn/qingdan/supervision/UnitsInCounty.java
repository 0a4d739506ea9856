package cn.qingdan.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;

/** The county's townships, departments and villages as supervision asks about them (through org, never its tables). */
@Component
public class UnitsInCounty {

	private final UnitTree tree;

	UnitsInCounty(UnitTree tree) {
		this.tree = tree;
	}

	public List<Unit> townships(long county) {
		return tree.ofType(county, Unit.Type.TOWNSHIP, true);
	}

	public List<Unit> departments(long county) {
		return tree.ofType(county, Unit.Type.DEPARTMENT, true);
	}

	/** The county's burden office (the county itself when it has none). */
	public long office(long county) {
		return tree.ofType(county, Unit.Type.OFFICE, true).stream().findFirst().map(Unit::id).orElse(county);
	}

	public List<Unit> villages(long county) {
		return tree.ofType(county, Unit.Type.VILLAGE, true);
	}

	/** Townships first, then departments: the units a finding, a letter or a score is about. */
	public List<Unit> responsible(long county) {
		List<Unit> all = new java.util.ArrayList<>(townships(county));
		all.addAll(departments(county));
		return all;
	}

	public boolean isResponsible(long county, long unitId) {
		return responsible(county).stream().anyMatch(u -> u.id() == unitId);
	}

	public boolean isVillage(long county, long unitId) {
		return villages(county).stream().anyMatch(u -> u.id() == unitId);
	}

	public Map<Long, String> names(Collection<Long> ids) {
		return tree.names(ids.stream().filter(java.util.Objects::nonNull).toList());
	}

	public String name(Long id) {
		return id == null ? "" : names(List.of(id)).getOrDefault(id, "");
	}
}
