package cn.qingdan.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.org.UnitTree;

/**
 * What the public sees (seed 004 task 7(2): 及时发布项目采购、等级评估等信息): every purchase of the county — item,
 * buyer, supplier, amount, term — with its evaluation results per contract, and the social organisations' grades.
 * No personal data, no village's individual scores.
 */
@Service
public class Publication {

	private final JdbcClient jdbc;
	private final UnitTree tree;
	private final Suppliers suppliers;

	Publication(JdbcClient jdbc, UnitTree tree, Suppliers suppliers) {
		this.jdbc = jdbc;
		this.tree = tree;
		this.suppliers = suppliers;
	}

	/** One published purchase. */
	public record Purchase(String number, String title, String itemCode, String itemName, String serviceField, String buyer,
			String supplier, String supplierKind, BigDecimal amount, LocalDate termStart, LocalDate termEnd, int budgetYear,
			int villages, Results results) {
	}

	/** A contract's evaluation results: clause evaluations, how many met the terms, the mean satisfaction. */
	public record Results(int evaluations, int met, int notMet, Integer meanScore) {
	}

	/** A supplier as published. */
	public record Rating(String name, String kind, String registrationNumber, String rating, LocalDate ratedOn,
			LocalDate validTo, int contracts) {
	}

	public List<Purchase> purchases(long county, Integer year) {
		Map<Long, Results> results = new HashMap<>();
		jdbc.sql("select e.contract_id, count(*), count(*) filter (where e.met), round(avg(e.score))::int from service_evaluation e"
				+ " join service_contract c on c.id = e.contract_id where c.county_unit_id = ? group by e.contract_id")
			.param(county)
			.query((rs, n) -> results.put(rs.getLong(1), new Results(rs.getInt(2), rs.getInt(3), rs.getInt(2) - rs.getInt(3),
					rs.getInt(4))))
			.list();
		List<Object[]> rows = jdbc.sql("select c.id, c.number, c.title, c.item_code, c.item_name, c.service_field, c.buyer_unit_id,"
				+ " s.name, c.supplier_kind, c.amount, c.term_start, c.term_end, c.budget_year,"
				+ " (select count(*) from service_contract_village v where v.contract_id = c.id)"
				+ " from service_contract c join service_supplier s on s.id = c.supplier_id"
				+ " where c.county_unit_id = ? and (cast(? as int) is null or c.budget_year = ?)"
				+ " order by c.budget_year desc, c.number limit 1000")
			.params(county, year, year)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10),
					rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getInt(13), rs.getInt(14) })
			.list();
		Map<Long, String> buyers = tree.names(rows.stream().map(r -> (Long) r[6]).distinct().toList());
		return rows.stream().map(r -> new Purchase((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
				buyers.get((Long) r[6]), (String) r[7], Supplier.Kind.valueOf((String) r[8]).label(), (BigDecimal) r[9],
				(LocalDate) r[10], (LocalDate) r[11], (Integer) r[12], (Integer) r[13],
				results.getOrDefault((Long) r[0], new Results(0, 0, 0, null)))).toList();
	}

	public List<Rating> ratings(long county) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select supplier_id, count(*) from service_contract where county_unit_id = ? group by supplier_id").param(county)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
		return suppliers.of(county).stream().filter(s -> s.kind() == Supplier.Kind.SOCIAL_ORG)
			.map(s -> new Rating(s.name(), s.kind().label(), s.registrationNumber(), s.rating(), s.ratedOn(), s.ratingValidTo(),
					counts.getOrDefault(s.id(), 0)))
			.toList();
	}
}
