package cn.qingdan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;

/**
 * The 责任单位 of a county as plans write them: a unit's name or its usual short name (县住建局 for 县住房和城乡建设局),
 * or a collective (各乡镇(街道), 县级各部门) that fans out to every township or department.
 */
final class UnitNames {

	/** Short names county documents use, and the unit names they stand for. */
	static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("县住建局", "县住房和城乡建设局"),
			Map.entry("县卫健局", "县卫生健康局"), Map.entry("县人社局", "县人力资源和社会保障局"),
			Map.entry("县市场监管局", "县市场监督管理局"), Map.entry("县行政审批局", "县行政审批服务局"),
			Map.entry("县教科局", "县教育局"), Map.entry("县法院", "县人民法院"), Map.entry("县检察院", "县人民检察院"),
			Map.entry("县人大", "县人大常委会"), Map.entry("县生态环境局", "咸阳市生态环境局武功分局"));

	/** One name resolved: the units it stands for and, for a collective, its name. */
	public record Resolved(String written, List<Long> unitIds, String collective) {
	}

	private final Map<String, Long> byName = new LinkedHashMap<>();
	private final List<Long> townships;
	private final List<Long> departments;

	UnitNames(UnitTree tree, long countyUnitId) {
		for (Unit.Type type : Unit.Type.COUNTY_LEVEL) {
			tree.ofType(countyUnitId, type, true).forEach(u -> byName.putIfAbsent(normal(u.name()), u.id()));
		}
		tree.ofType(countyUnitId, Unit.Type.OFFICE, true).forEach(u -> byName.putIfAbsent(normal(u.name()), u.id()));
		townships = tree.ofType(countyUnitId, Unit.Type.TOWNSHIP, true).stream().map(Unit::id).toList();
		tree.ofType(countyUnitId, Unit.Type.TOWNSHIP, true).forEach(u -> byName.putIfAbsent(normal(u.name()), u.id()));
		departments = tree.ofType(countyUnitId, Unit.Type.DEPARTMENT, true).stream().map(Unit::id).toList();
	}

	/** Names from given units (tests). */
	UnitNames(Map<String, Long> units, List<Long> townships, List<Long> departments) {
		units.forEach((k, v) -> byName.put(normal(k), v));
		this.townships = List.copyOf(townships);
		this.departments = List.copyOf(departments);
	}

	/** The name resolved, or empty when no unit of the county bears it. */
	Optional<Resolved> resolve(String written) {
		String n = normal(written);
		if (n.isEmpty()) {
			return Optional.empty();
		}
		if (n.matches("各乡镇\\(街道\\)|各乡\\(镇\\)|各乡镇|各镇\\(街道\\)|各乡镇街道")) {
			return Optional.of(new Resolved(written, townships, "各乡镇（街道）"));
		}
		if (n.equals("县级各部门") || n.equals("各县级部门") || n.equals("县直各部门")) {
			return Optional.of(new Resolved(written, departments, "县级各部门"));
		}
		Long id = byName.get(n);
		if (id == null && ALIASES.containsKey(n)) {
			id = byName.get(ALIASES.get(n));
		}
		return Optional.ofNullable(id).map(i -> new Resolved(written, List.of(i), null));
	}

	/** Splits a 责任单位 cell on the comma rule: before the first comma lead (逗号前为牵头单位), the rest co-operate. */
	static List<List<String>> split(String cell) {
		String c = cell == null ? "" : cell.strip();
		int comma = firstComma(c);
		List<List<String>> parts = new ArrayList<>();
		parts.add(names(comma < 0 ? c : c.substring(0, comma)));
		parts.add(names(comma < 0 ? "" : c.substring(comma + 1)));
		return parts;
	}

	private static int firstComma(String c) {
		for (int i = 0; i < c.length(); i++) {
			if (c.charAt(i) == ',' || c.charAt(i) == '，') {
				return i;
			}
		}
		return -1;
	}

	private static List<String> names(String part) {
		List<String> names = new ArrayList<>();
		for (String n : part.split("[、,，;；\\s]+")) {
			if (!n.isBlank()) {
				names.add(n.strip());
			}
		}
		return names;
	}

	static String normal(String name) {
		return name == null ? "" : name.strip().replace('（', '(').replace('）', ')').replace(" ", "");
	}
}
