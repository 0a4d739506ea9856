package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.publicpage.VillagePublicSections;
import cn.qingdan.shared.publicpage.VillageSection;

/**
 * What legitimately hangs, runs and is filled on a village, for the public: its boards with the spec they match (not
 * those unadmitted or being cut), the groups and apps in force for it and the forms in force with their admission
 * numbers or basis — as a section of {@code /public/villages/{code}} and as {@code GET /api/v1/villages/{code}/ledgers}.
 */
@RestController
class LedgerPublic implements VillagePublicSections, PublicPaths {

	record PublicBoard(String name, String place, String spec, String admissionNumber) {
	}

	record PublicGroup(String kind, String name, String owner, String basis) {
	}

	record PublicForm(String issuer, String name, String frequency, String basis) {
	}

	record Ledgers(String village, String code, List<PublicBoard> boards, List<PublicBoard> wallRules,
			List<PublicGroup> groups, List<PublicForm> forms) {
	}

	private final Boards boards;
	private final Specs specs;
	private final Groups groups;
	private final Forms forms;
	private final Units units;
	private final Clock clock;

	LedgerPublic(Boards boards, Specs specs, Groups groups, Forms forms, Units units, Clock clock) {
		this.boards = boards;
		this.specs = specs;
		this.groups = groups;
		this.forms = forms;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public List<String> paths() {
		return List.of("/api/v1/villages/*/ledgers");
	}

	Ledgers of(Unit village) {
		long county = Long.parseLong(village.path().substring(1, village.path().indexOf('/', 1)));
		Map<Long, Spec> byId = specs.history(county).stream().collect(Collectors.toMap(Spec::id, Function.identity()));
		Function<Board, PublicBoard> board = b -> new PublicBoard(b.name(), b.place().label(),
				b.specId() == null || byId.get(b.specId()) == null ? null : byId.get(b.specId()).standardName(),
				b.admissionNumber());
		List<PublicBoard> hung = boards.hanging(village.path(), Board.BOARD).stream()
			.filter(b -> b.status() == Ledger.Status.KEEP && !b.unadmitted()).map(board).toList();
		List<PublicBoard> rules = boards.hanging(village.path(), Board.WALL_RULE).stream()
			.filter(b -> b.status() == Ledger.Status.KEEP && !b.unadmitted()).map(board).toList();
		List<PublicGroup> gs = groups.activeFor(village.path()).stream().filter(g -> !g.unadmitted())
			.map(g -> new PublicGroup(g.channel().label(), g.name(), g.ownerName(),
					g.admissionNumber() != null ? g.admissionNumber() : g.basis() != null ? g.basis() : "村民自治事项"))
			.toList();
		List<PublicForm> fs = forms.list(county, true).stream().filter(f -> !f.unadmitted())
			.map(f -> new PublicForm(f.issuerName(), f.name(), f.frequency().label(),
					f.admissionNumber() != null ? f.admissionNumber() : f.basis()))
			.toList();
		return new Ledgers(village.name(), village.regionCode(), hung, rules, gs, fs);
	}

	@Override
	public Optional<VillageSection> sectionFor(long villageUnitId, String villageCode) {
		Unit village = units.unit(villageUnitId).orElse(null);
		if (village == null) {
			return Optional.empty();
		}
		Ledgers l = of(village);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("ledgers", l);
		model.put("today", LocalDate.now(clock));
		return Optional.of(new VillageSection(10, "依规挂牌、工作群和报表", "ledger/public", "section", model));
	}

	@GetMapping("/api/v1/villages/{code}/ledgers")
	Ledgers api(@PathVariable String code) {
		if (code == null || !code.matches("\\d{12}")) {
			throw new NotFound("该村（社区）");
		}
		Unit village = units.byRegion(code).filter(u -> u.type() == Unit.Type.VILLAGE && u.enabled())
			.orElseThrow(() -> new NotFound("该村（社区）"));
		return of(village);
	}
}
