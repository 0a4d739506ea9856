package cn.qingdan.admission;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the register promises each village in money (费随事转), for modules that check whether it arrived (the
 * services module's reconciliation): every matter in force during a year with its funding per village per year and
 * the share of the year it is in force — the same rule the burden count uses ({@link Burden}). The scope is returned
 * as the register holds it (all villages of the county, named townships, named villages); the caller expands it
 * through org. Reads only admission's own tables.
 */
@Service
public class AssistanceFunding {

	private final JdbcClient jdbc;

	AssistanceFunding(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How far a matter reaches. */
	public enum Reach {
		ALL, TOWNSHIPS, VILLAGES
	}

	/**
	 * One matter in force during the year.
	 *
	 * @param fundingPerVillageYear the funding the admission promised each village per year (yuan), or null when none
	 *        was stated (an emergency filed afterwards, an unlisted matter)
	 * @param shareOfYear the part of the year the matter is in force (0–1, the burden count's rule)
	 * @param scopeUnitIds the townships or villages named (empty for {@link Reach#ALL})
	 */
	public record Matter(long id, String number, String title, long departmentUnitId, BigDecimal fundingPerVillageYear,
			BigDecimal shareOfYear, Reach reach, List<Long> scopeUnitIds) {
	}

	/** Matters of the county in force during the year, by admission number. */
	public List<Matter> inForce(long countyUnitId, int year) {
		return jdbc.sql("select a.id, a.admission_number, a.title, a.department_unit_id, a.funding_per_village, "
				+ Burden.SHARE + " as share, a.scope_type,"
				+ " array(select s.unit_id from admission_scope s where s.application_id = a.id order by s.unit_id) as scope"
				+ " from admission_application a where " + Burden.IN_FORCE + " and a.admission_number is not null"
				+ " order by a.admission_year, a.admission_seq, a.id")
			.param("county", countyUnitId)
			.param("year", year)
			.query((rs, n) -> new Matter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), Reach.valueOf(rs.getString(7)), ids(rs.getArray(8))))
			.list();
	}

	private static List<Long> ids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Long[]) array.getArray()).toList();
	}
}
