package cn.qingdan.org.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "单位", description = "单位树（按数据范围）")
class UnitApiController {

	private final Units units;

	UnitApiController(Units units) {
		this.units = units;
	}

	record UnitJson(long id, String name, Unit.Type type, String typeLabel, String regionCode, Long parentId,
			boolean enabled) {

		static UnitJson of(Unit u) {
			return new UnitJson(u.id(), u.name(), u.type(), u.type().label(), u.regionCode(), u.parentId(), u.enabled());
		}
	}

	@GetMapping
	@Operation(summary = "查询数据范围内的单位", description = "type 可选 COUNTY、OFFICE、DEPARTMENT、TOWNSHIP、VILLAGE；parent 给出时返回其直接下级")
	List<UnitJson> list(@RequestParam(required = false) Unit.Type type, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long parent, @RequestParam(defaultValue = "500") int limit) {
		var scope = DataScopes.current();
		if (parent != null) {
			units.unit(parent, scope).orElseThrow(() -> new NotFound("单位"));
			return units.children(parent, scope).stream().map(UnitJson::of).toList();
		}
		return units.search(scope, type, q, Math.min(Math.max(limit, 1), 2000)).stream().map(UnitJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看单位")
	UnitJson get(@PathVariable long id) {
		return units.unit(id, DataScopes.current()).map(UnitJson::of).orElseThrow(() -> new NotFound("单位"));
	}
}
