package cn.qingdan.admission;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.demo.DemoDataset;

/**
 * Comparison data for the city and province offices: in each other county of the demo county's city, admitted matters
 * of 2025 (some ending with the year, so that 2026 shows a reduction; in three counties more new matters of 2026, so
 * that their burden grew and the city's office has counties to 督导) and a few refusals of 2026, written as decided
 * records — they never went through this installation's gate, and their numbers carry the county's name
 * (兴平〔2025〕准字第0003号) to say so. The demo county itself goes through the real gate ({@link AdmissionDemo}).
 */
@Component
class AdmissionCityDemo implements DemoDataset {

	private static final String[] TITLES = { "农村低保对象动态核查", "秸秆禁烧巡查记录", "防汛隐患排查报送", "适龄儿童入学摸底",
			"高龄老人补贴资格核实", "农村危房动态监测", "森林防火宣传", "困难残疾人生活补贴核实", "耕地撂荒情况摸排", "疫苗接种提醒" };

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;
	private final UnitTree tree;

	AdmissionCityDemo(JdbcClient jdbc, UnitTree tree) {
		this.jdbc = jdbc;
		this.tree = tree;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String description() {
		return "同市其他县准入对比数据";
	}

	@Override
	public boolean present(String countyCode) {
		return others(countyCode).stream().anyMatch(c -> jdbc.sql("select exists (select 1 from admission_application where county_unit_id = ?)")
			.param(c.id()).query(Boolean.class).single()) || others(countyCode).isEmpty();
	}

	private List<Unit> others(String countyCode) {
		return tree.countiesUnder(countyCode.substring(0, 4)).stream().filter(c -> !c.regionCode().startsWith(countyCode)).toList();
	}

	@Override
	public int load(String countyCode) {
		int made = 0;
		for (Unit county : others(countyCode)) {
			List<Unit> departments = tree.ofType(county.id(), Unit.Type.DEPARTMENT, true);
			if (departments.isEmpty()) {
				continue;
			}
			String shortName = county.name().replaceAll("(县|市|区)$", "");
			int seed = Integer.parseInt(county.regionCode().substring(2, 6));
			int matters = 12 + seed % 17;
			for (int i = 0; i < matters; i++) {
				Unit d = departments.get(i % departments.size());
				boolean endsWithYear = (i + seed) % 3 == 0;
				LocalDate decided = LocalDate.of(2025, 1 + i % 11, 5 + i % 20);
				insert(county, d, TITLES[(i + seed) % TITLES.length], "ADMITTED", decided,
						shortName + "〔2025〕准字第" + String.format("%04d", i + 1) + "号", i + 1,
						endsWithYear ? LocalDate.of(2025, 12, 31) : LocalDate.of(2027, 12, 31),
						4 + (i + seed) % 20, BigDecimal.valueOf(1 + (i + seed) % 4));
				made++;
			}
			if (seed % 4 == 1) { // 礼泉、旬邑、兴平: two new matters of early 2026 outweigh those that ended with 2025
				for (int i = 0; i < 2; i++) {
					Unit d = departments.get((i + 2) % departments.size());
					insert(county, d, TITLES[(i + seed + 5) % TITLES.length], "ADMITTED", LocalDate.of(2026, 3 + i, 12),
							shortName + "〔2026〕准字第" + String.format("%04d", i + 1) + "号", i + 1, LocalDate.of(2027, 12, 31),
							12, BigDecimal.valueOf(3));
					made++;
				}
			}
			for (int i = 0; i < 2 + seed % 4; i++) {
				Unit d = departments.get((i + 1) % departments.size());
				insert(county, d, "要求各村签订" + TITLES[(i + seed + 3) % TITLES.length] + "责任状", "REFUSED",
						LocalDate.of(2026, 2 + i % 9, 10), null, 0, null, 0, BigDecimal.ZERO);
				made++;
			}
		}
		return made;
	}

	private void insert(Unit county, Unit department, String title, String status, LocalDate decided, String number, int seq,
			LocalDate expires, int occurrences, BigDecimal hours) {
		Timestamp at = Timestamp.from(decided.atTime(10, 0).atZone(ZONE).toInstant());
		jdbc.sql("""
				insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at,
				  title, kind, content, scope_type, period_start, occurrences_per_year, hours_per_occurrence, status,
				  submitted_at, decided_at, decided_by, admission_number, admission_year, admission_seq, expires_on)
				values (?, ?, ?, 'demo', ?, ?, 'TASK', ?, 'ALL', ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?)""")
			.params(county.id(), department.id(), department.path(), at, title, title + "（对比数据）",
					number == null ? null : decided, occurrences == 0 ? null : occurrences, number == null ? null : hours, status,
					at, at, number, number == null ? null : decided.getYear(), number == null ? null : seq, expires)
			.update();
	}
}
