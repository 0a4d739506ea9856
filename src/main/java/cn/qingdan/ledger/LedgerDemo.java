package cn.qingdan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.demo.DemoDataset;

/**
 * Demo ledgers for every village of the demo county (seeded, so every first start looks the same): the county's
 * 15-kind spec table; 10–25 boards a village (about a third out of spec, found in the 2025 survey, most cut in 2026),
 * wall rules, about 50 work groups and apps (one guiding group per township kept, the rest mostly closed), about 80
 * report forms built from shared field pools (so fields repeat, with synonyms), each township's 2026 plan, and two
 * years of visits (2025 heavier than 2026). Written in batches: one statement per table.
 */
@Component
class LedgerDemo implements DemoDataset {

	private final Units units;
	private final UnitTree tree;
	private final JdbcTemplate jdbc;
	private final DemoVisits visits;

	LedgerDemo(Units units, UnitTree tree, JdbcTemplate jdbc) {
		this.units = units;
		this.tree = tree;
		this.jdbc = jdbc;
		this.visits = new DemoVisits(jdbc);
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String description() {
		return "牌子、上墙制度、工作群、报表和督考调研台账";
	}

	@Override
	public boolean present(String countyCode) {
		return units.byRegion(countyCode).map(c -> jdbc.queryForObject(
				"select count(*) from ledger_spec where county_unit_id = ?", Long.class, c.id()) > 0).orElse(true);
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		Random random = new Random(20260101L);
		List<Long> specIds = specs(county.id());
		List<Unit> townships = tree.ofType(county.id(), Unit.Type.TOWNSHIP, true);
		List<Unit> villages = tree.ofType(county.id(), Unit.Type.VILLAGE, true);
		int n = boards(county.id(), villages, specIds, random);
		n += townshipBoards(county.id(), townships, random);
		n += groups(county.id(), townships, random);
		n += DemoForms.load(jdbc, county.id(), townships, random);
		n += visits.load(county.id(), villages, random);
		return n;
	}

	private List<Long> specs(long county) {
		List<Object[]> rows = new ArrayList<>();
		for (SpecTable.Row r : SpecTable.ROWS) {
			rows.add(new Object[] { county, r.no(), r.name(), r.issuer(), r.place().name(), r.size(), r.absorbs(), r.aliases(),
					LocalDate.of(2024, 1, 1), "县减负办" });
		}
		jdbc.batchUpdate("insert into ledger_spec (county_unit_id, kind_no, standard_name, issuer, placement, size_material,"
				+ " absorbs, aliases, effective_from, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return jdbc.queryForList("select id from ledger_spec where county_unit_id = ? order by kind_no", Long.class, county);
	}

	private int boards(long county, List<Unit> villages, List<Long> specIds, Random random) {
		List<Object[]> rows = new ArrayList<>();
		LocalDate survey = LocalDate.of(2025, 3, 20);
		for (Unit v : villages) {
			String shortName = shortName(v.name());
			int total = 10 + random.nextInt(16);
			int outOfSpec = Math.max(2, total / 3);
			List<Integer> inside = new ArrayList<>(List.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
			java.util.Collections.shuffle(inside, random);
			for (int i = 0; i < Math.min(total - outOfSpec, 15); i++) {
				int kind = i < 5 ? i : inside.get(i - 5);
				String name = DemoPools.IN_SPEC.get(kind).replace("{v}", shortName);
				String place = i < 5 ? "OUTSIDE" : kind == 7 ? "HALL" : "INSIDE";
				rows.add(new Object[] { Board.BOARD, county, v.parentId(), v.id(), v.path(), name, SpecTable.ROWS.get(kind).issuer(),
						place, specIds.get(kind), null, false, "KEEP", null, null, null, "VERIFIED", false, survey });
			}
			List<String[]> odd = new ArrayList<>(DemoPools.OUT_OF_SPEC);
			java.util.Collections.shuffle(odd, random);
			for (int i = 0; i < outOfSpec; i++) {
				String[] b = odd.get(i % odd.size());
				boolean absorbed = b[2].equals("SIMILAR");
				Long spec = absorbed ? (b[0].contains("之家") ? specIds.get(5) : specIds.get(6)) : null;
				int fate = random.nextInt(10);
				String status = absorbed ? "MERGE" : fate < 6 ? "REMOVE" : fate < 8 ? "REPLACE" : "REMOVE";
				LocalDate done = fate < 7 ? LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28)) : null;
				LocalDate due = done == null ? LocalDate.of(2026, 10 + random.nextInt(3), 1 + random.nextInt(28)) : done;
				rows.add(new Object[] { Board.BOARD, county, v.parentId(), v.id(), v.path(), b[0], b[1], "INSIDE", spec, null,
						false, status, b[2], due, done, "VERIFIED", !absorbed, survey });
			}
			int rules = 3 + random.nextInt(6);
			List<String> keptRules = new ArrayList<>(DemoPools.RULES_KEPT);
			List<String> cutRules = new ArrayList<>(DemoPools.RULES_CUT);
			java.util.Collections.shuffle(keptRules, random);
			java.util.Collections.shuffle(cutRules, random);
			for (int i = 0; i < rules; i++) {
				boolean kept = i < 2 || i % 2 == 0 && i / 2 < DemoPools.RULES_KEPT.size();
				String name = kept ? keptRules.get(i < 2 ? i : Math.min(i / 2 + 1, keptRules.size() - 1))
						: cutRules.get(i % cutRules.size());
				LocalDate done = kept || random.nextInt(4) == 0 ? null : LocalDate.of(2026, 1 + random.nextInt(11), 10);
				rows.add(new Object[] { Board.WALL_RULE, county, v.parentId(), v.id(), v.path(), name, kept ? "村民委员会" : "县级部门",
						"INSIDE", null, null, kept, kept ? "KEEP" : "REMOVE", kept ? null : "OUT_OF_SPEC",
						kept ? null : (done == null ? LocalDate.of(2026, 11, 20) : done), done, "VERIFIED", !kept, survey });
			}
		}
		Bulk.insert(jdbc, "ledger_board", List.of("kind", "county_unit_id", "township_unit_id", "village_unit_id", "unit_path",
				"name", "issuer", "place", "spec_id", "admission_number", "self_governance", "status", "reason", "due_on", "done_on",
				"declaration", "unadmitted", "recorded_on"), List.of("text", "int8", "int8", "int8", "text", "text", "text", "text",
						"int8", "text", "bool", "text", "text", "date", "date", "text", "bool", "date"), rows);
		// what the home pages ask for: every seventh village's boards declared last week and awaiting the township; the
		// first village of each township has one board sent back with the township's comment
		jdbc.update("""
				update ledger_board set declaration = 'DECLARED', declared_on = date '2026-11-26'
				where county_unit_id = ? and kind = 'BOARD' and village_unit_id % 7 = 0""", county);
		jdbc.update("""
				update ledger_board set declaration = 'RETURNED', checked_on = date '2026-11-30',
				  return_comment = '整改后照片不清晰，请补拍后重新申报'
				where id in (select distinct on (township_unit_id) id from ledger_board
				  where county_unit_id = ? and kind = 'BOARD' and village_unit_id % 7 <> 0 and status <> 'KEEP' and done_on is not null
				  order by township_unit_id, village_unit_id, id)""", county);
		return rows.size();
	}

	/**
	 * Each township's own premises: 8–12 boards that belong there and 3–6 set up by departments, most of those cut
	 * (removed or merged; some still due); the last township's are declared and await the office's check.
	 */
	private int townshipBoards(long county, List<Unit> townships, Random random) {
		List<Object[]> rows = new ArrayList<>();
		LocalDate survey = LocalDate.of(2025, 3, 20);
		for (int t = 0; t < townships.size(); t++) {
			Unit town = townships.get(t);
			String decl = t == townships.size() - 1 ? "DECLARED" : "VERIFIED";
			LocalDate declared = LocalDate.of(2026, 11, 27);
			int kept = 8 + random.nextInt(5);
			for (int i = 0; i < kept; i++) {
				String[] b = DemoPools.TOWNSHIP_KEPT.get(i);
				rows.add(new Object[] { Board.BOARD, county, town.id(), null, town.path(), b[0].replace("{t}", town.name()), b[1],
						b[2], null, null, false, "KEEP", null, null, null, decl, false, survey, declared });
			}
			List<String[]> cut = new ArrayList<>(DemoPools.TOWNSHIP_CUT);
			java.util.Collections.shuffle(cut, random);
			for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
				String[] b = cut.get(i);
				String status = b[2].equals("SIMILAR") ? "MERGE" : "REMOVE";
				LocalDate done = random.nextInt(4) == 0 ? null : LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28));
				LocalDate due = done == null ? LocalDate.of(2026, 11, 10 + random.nextInt(40) % 20) : done;
				rows.add(new Object[] { Board.BOARD, county, town.id(), null, town.path(), b[0].replace("{t}", town.name()), b[1],
						"INSIDE", null, null, false, status, b[2], due, done, decl, b[2].equals("UNADMITTED"), survey, declared });
			}
		}
		Bulk.insert(jdbc, "ledger_board", List.of("kind", "county_unit_id", "township_unit_id", "village_unit_id", "unit_path",
				"name", "issuer", "place", "spec_id", "admission_number", "self_governance", "status", "reason", "due_on", "done_on",
				"declaration", "unadmitted", "recorded_on", "declared_on"), List.of("text", "int8", "int8", "int8", "text", "text",
						"text", "text", "int8", "text", "bool", "text", "text", "date", "date", "text", "bool", "date", "date"), rows);
		return rows.size();
	}

	/** 田庄村委会 → 田庄村, 某某社区居委会 → 某某社区: the name a board carries. */
	static String shortName(String unitName) {
		return unitName.replaceAll("(村民委员会|村委会)$", "村").replaceAll("(社区居民委员会|社区居委会|居委会)$", "社区")
			.replace("村村", "村");
	}

	private int groups(long county, List<Unit> townships, Random random) {
		String countyPath = units.unit(county).orElseThrow().path();
		List<Object[]> rows = new ArrayList<>();
		LocalDate found = LocalDate.of(2025, 4, 1);
		for (Unit t : townships) {
			rows.add(new Object[] { county, t.id(), t.path(), "WECHAT", t.name() + "村级工作指导群", t.name(), "乡镇指导村级工作、传达通知",
					2, null, null, false, true, true, "", "ACTIVE", null, false, found });
			for (String topic : List.of("脱贫攻坚工作群", "人居环境整治群")) {
				boolean closed = random.nextInt(5) > 0;
				rows.add(new Object[] { county, t.id(), t.path(), random.nextBoolean() ? "WECHAT" : "QQ", t.name() + topic, t.name(),
						"专项工作", 3, null, null, false, false, false, random.nextInt(3) == 0 ? "RELAY" : "", closed ? "CLOSED" : "ACTIVE",
						closed ? LocalDate.of(2026, 1 + random.nextInt(10), 15) : null, !closed, found });
			}
		}
		for (String[] g : DemoPools.GROUPS) {
			boolean closed = random.nextInt(4) > 0;
			rows.add(new Object[] { county, null, countyPath, g[0], g[1], g[2], "向村干部布置工作", 2 + random.nextInt(3), null, null,
					false, false, false, g[3], closed ? "CLOSED" : "ACTIVE", closed ? LocalDate.of(2026, 3 + random.nextInt(8), 1) : null,
					true, found });
		}
		rows.add(new Object[] { county, null, countyPath, "APP", "武功e治采", "县委政法委", "登记流动人口和留守人员", 1,
				"县委办公室关于推进基层治理“e治采”应用的通知（县级统一要求）", null, true, false, false, "", "ACTIVE", null, false, found });
		jdbc.batchUpdate("""
				insert into ledger_group (county_unit_id, township_unit_id, scope_path, channel, name, owner_name, purpose,
				  cadres_required, basis, admission_number, county_mandated, self_governance, guides_villages, demands, status,
				  closed_on, unadmitted, recorded_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return rows.size();
	}

	/** Visits: two years, 2025 heavier; a third visit in a week is over the default cap. */
	record DemoVisits(JdbcTemplate jdbc) {

		static final String[] VISITORS = { "县委督查室", "县农业农村局调研组", "县民政局检查组", "县乡村振兴局考核组", "县卫生健康局督导组",
				"镇党委调研组", "县应急管理局安全检查组", "市委政研室调研组" };
		static final String[] PURPOSES = { "防返贫监测工作督导", "人居环境整治检查", "安全生产大检查", "乡村振兴考核", "社会救助工作调研",
				"基层党建工作调研", "秋冬季森林防火检查" };
		static final String[] KINDS = { "INSPECTION", "RESEARCH", "ASSESSMENT", "INSPECTION", "RESEARCH", "MEETING" };

		int load(long county, List<Unit> villages, Random random) {
			List<Object[]> rows = new ArrayList<>();
			for (Unit v : villages) {
				for (LocalDate monday = LocalDate.of(2024, 12, 30); monday.isBefore(LocalDate.of(2026, 11, 30)); monday = monday.plusWeeks(1)) {
					double rate = monday.getYear() <= 2025 ? 1.1 : 0.55;
					int inWeek = 0;
					while (random.nextDouble() < rate / (inWeek + 1.0) && inWeek < 4) {
						inWeek++;
						String kind = KINDS[random.nextInt(KINDS.length)];
						LocalDate day = monday.plusDays(random.nextInt(5));
						boolean basis = random.nextInt(4) > 0;
						rows.add(new Object[] { county, v.parentId(), v.id(), v.path(), day, kind,
								VISITORS[random.nextInt(VISITORS.length)], PURPOSES[random.nextInt(PURPOSES.length)],
								basis ? "年度督查检查考核计划" : null, BigDecimal.valueOf(1 + random.nextInt(6)).divide(BigDecimal.valueOf(2)),
								!kind.equals("MEETING") && inWeek > 2, !basis, "演示数据" });
					}
				}
			}
			Bulk.insert(jdbc, "ledger_visit", List.of("county_unit_id", "township_unit_id", "village_unit_id", "unit_path", "visit_on",
					"kind", "visitor", "purpose", "basis", "hours", "over_cap", "unadmitted", "recorded_by"), List.of("int8", "int8",
							"int8", "text", "date", "text", "text", "text", "text", "numeric", "bool", "bool", "text"), rows);
			return rows.size();
		}
	}
}
