package cn.qingdan.ledger;

import java.sql.Array;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows in one statement: each column passed as one array and spread by {@code unnest} — for demo data, where
 * tens of thousands of rows must not slow the start (a JDBC batch sends one insert per row).
 */
final class Bulk {

	private Bulk() {
	}

	/**
	 * @param columns the table's columns, in the order of each row's values
	 * @param types their PostgreSQL types (int8, text, date, bool, numeric …)
	 */
	static int insert(JdbcTemplate jdbc, String table, List<String> columns, List<String> types, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
			.append(String.join(", ", columns)).append(") select * from unnest(");
		for (int c = 0; c < columns.size(); c++) {
			sql.append(c == 0 ? "" : ", ").append("?::").append(types.get(c)).append("[]");
		}
		sql.append(')');
		return jdbc.execute((ConnectionCallback<Integer>) con -> {
			try (var ps = con.prepareStatement(sql.toString())) {
				for (int c = 0; c < columns.size(); c++) {
					Object[] values = new Object[rows.size()];
					for (int r = 0; r < rows.size(); r++) {
						Object v = rows.get(r)[c];
						values[r] = v == null ? null : v instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : v;
					}
					Array array = con.createArrayOf(types.get(c).equals("int8") ? "int8" : types.get(c), values);
					ps.setArray(c + 1, array);
				}
				return ps.executeUpdate();
			}
		});
	}
}
