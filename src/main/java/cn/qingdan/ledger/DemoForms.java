package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.qingdan.org.Unit;

/** The demo report forms (about 80, fields from shared pools so they repeat), and each township's 2026 plan. */
final class DemoForms {

	private DemoForms() {
	}

	static int load(JdbcTemplate jdbc, long county, List<Unit> townships, Random random) {
		List<Object[]> forms = new ArrayList<>();
		List<List<String>> fields = new ArrayList<>();
		LocalDate found = LocalDate.of(2025, 2, 10);
		String[] variants = { "", "（补充调查）", "（季度更新）" };
		for (String variant : variants) {
			for (Object[] f : DemoPools.FORMS) {
				if (!variant.isEmpty() && random.nextInt(10) < 1) {
					continue;
				}
				boolean retired = !variant.isEmpty() && random.nextInt(3) > 0;
				boolean basis = variant.isEmpty() || random.nextInt(3) > 0;
				List<String> fs = new ArrayList<>();
				for (int pool : (int[]) f[3]) {
					for (String name : DemoPools.FIELD_POOLS.get(pool)) {
						if (random.nextInt(8) > 0) {
							fs.add(name);
						}
					}
				}
				forms.add(new Object[] { county, f[0], f[1] + variant, f[2], basis ? "依据" + f[0] + "年度工作要点" : null,
						retired ? "RETIRED" : "IN_FORCE", retired ? LocalDate.of(2026, 1 + random.nextInt(10), 1) : null,
						!basis, found, "纸质或邮箱报送" });
				fields.add(fs);
			}
		}
		List<Long> ids = jdbc.queryForList("select nextval('ledger_form_id_seq') from generate_series(1, ?)", Long.class,
				forms.size());
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> fieldRows = new ArrayList<>();
		for (int i = 0; i < forms.size(); i++) {
			Object[] f = forms.get(i);
			Object[] r = new Object[f.length + 1];
			r[0] = ids.get(i);
			System.arraycopy(f, 0, r, 1, f.length);
			rows.add(r);
			List<String> fs = fields.get(i);
			for (int k = 0; k < fs.size(); k++) {
				fieldRows.add(new Object[] { ids.get(i), k + 1, fs.get(k), FieldNames.normalise(fs.get(k)) });
			}
		}
		jdbc.batchUpdate("""
				insert into ledger_form (id, county_unit_id, issuer_name, name, frequency, basis, status, retired_on, unadmitted,
				  recorded_on, channel) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		Bulk.insert(jdbc, "ledger_form_field", List.of("form_id", "position", "name", "normalised"),
				List.of("int8", "int4", "text", "text"), fieldRows);
		// duplicate shares as the check gave them on registration, one form after the other: against the forms before it
		List<FieldIndex.FieldRow> before = new ArrayList<>();
		List<Object[]> shares = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			var result = FieldIndex.of(before).check(fields.get(i), ids.get(i));
			shares.add(new Object[] { result.share(), result.flagged(), ids.get(i) });
			long id = ids.get(i);
			fields.get(i).forEach(name -> before.add(new FieldIndex.FieldRow(id, FieldNames.normalise(name))));
		}
		jdbc.batchUpdate("update ledger_form set duplicate_share = ?, flagged = ? where id = ?", shares);
		List<Object[]> plan = new ArrayList<>();
		for (Unit t : townships) {
			for (int i = 0; i < Math.min(20, ids.size()); i++) {
				if ("IN_FORCE".equals(forms.get(i)[5])) {
					plan.add(new Object[] { t.id(), t.path(), 2026, ids.get(i), forms.get(i)[3], "乡镇经办人", LocalDate.of(2026, 1, 10) });
				}
			}
		}
		jdbc.batchUpdate("insert into ledger_plan (township_unit_id, unit_path, plan_year, form_id, frequency, issued_by, issued_on)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", plan);
		return forms.size();
	}
}
