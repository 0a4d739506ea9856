package cn.qingdan.services;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.NotFound;

/** Contracts within the actor's scope: the list, one contract with its parts, and signing (via {@link SignContract}). */
@Service
public class Contracts {

	static final String COLUMNS = "c.id, c.county_unit_id, c.number, c.title, c.buyer_unit_id, c.buyer_path, c.supplier_id,"
			+ " c.supplier_kind, c.item_code, c.item_name, c.service_field, c.catalogue_version, c.admission_number,"
			+ " c.term_start, c.term_end, c.amount, c.budget_year, c.signed_on, c.agreement_name,"
			+ " c.agreement_pdf is not null, c.version";

	private final JdbcClient jdbc;
	private final ServicesScope scope;
	private final Suppliers suppliers;
	private final UnitTree tree;
	private final SignContract sign;

	Contracts(JdbcClient jdbc, ServicesScope scope, Suppliers suppliers, UnitTree tree, SignContract sign) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.suppliers = suppliers;
		this.tree = tree;
		this.sign = sign;
	}

	static Contract map(ResultSet rs, int n) throws SQLException {
		return new Contract(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
				rs.getLong(7), Supplier.Kind.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
				rs.getInt(12), rs.getString(13), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
				rs.getBigDecimal(16), rs.getInt(17), rs.getObject(18, LocalDate.class), rs.getString(19), rs.getBoolean(20),
				rs.getInt(21));
	}

	/** Records a signed contract; returns its id. */
	public long sign(QingdanUser me, ContractForm form) {
		return sign.sign(me, form);
	}

	/** One line of the contracts list. */
	public record Line(Contract contract, String buyerName, String supplierName, int villages, BigDecimal paid) {
	}

	/** The actor's contracts of a budget year (all years when null), newest first. */
	public List<Line> list(QingdanUser me, Integer budgetYear) {
		ServicesScope.View v = scope.of(me);
		List<Contract> contracts = bind(jdbc.sql("select " + COLUMNS + " from service_contract c where " + ServicesScope.CONDITION
				+ " and (cast(:year as int) is null or c.budget_year = :year) order by c.budget_year desc, c.signed_on desc, c.id desc limit 500"), v)
			.param("year", budgetYear)
			.query(Contracts::map).list();
		if (contracts.isEmpty()) {
			return List.of();
		}
		Long[] ids = contracts.stream().map(Contract::id).toArray(Long[]::new);
		Map<Long, BigDecimal> paid = new java.util.HashMap<>();
		jdbc.sql("select contract_id, sum(amount) from service_payment where contract_id = any(?) group by contract_id").param(ids)
			.query((rs, n) -> paid.put(rs.getLong(1), rs.getBigDecimal(2))).list();
		Map<Long, Integer> villages = new java.util.HashMap<>();
		jdbc.sql("select contract_id, count(*) from service_contract_village where contract_id = any(?) group by contract_id").param(ids)
			.query((rs, n) -> villages.put(rs.getLong(1), rs.getInt(2))).list();
		Map<Long, String> buyers = tree.names(contracts.stream().map(Contract::buyerUnitId).distinct().toList());
		Map<Long, String> supplierNames = new java.util.HashMap<>();
		suppliers.of(v.county()).forEach(s -> supplierNames.put(s.id(), s.name()));
		return contracts.stream().map(c -> new Line(c, buyers.get(c.buyerUnitId()), supplierNames.get(c.supplierId()),
				villages.getOrDefault(c.id(), 0), paid.getOrDefault(c.id(), BigDecimal.ZERO.setScale(2)))).toList();
	}

	/** A contract the actor may see, or 404. */
	public Contract require(QingdanUser me, long id) {
		return find(scope.of(me), id).orElseThrow(() -> new NotFound("购买服务合同"));
	}

	Optional<Contract> find(ServicesScope.View v, long id) {
		return bind(jdbc.sql("select " + COLUMNS + " from service_contract c where c.id = :id and " + ServicesScope.CONDITION), v)
			.param("id", id).query(Contracts::map).optional();
	}

	/** A contract with its villages, clauses and schedule. */
	public Contract.Detail detail(QingdanUser me, long id) {
		return detail(require(me, id));
	}

	Contract.Detail detail(Contract c) {
		List<long[]> rows = new java.util.ArrayList<>();
		List<BigDecimal> amounts = new java.util.ArrayList<>();
		jdbc.sql("select village_unit_id, amount from service_contract_village where contract_id = ? order by village_path")
			.param(c.id()).query((rs, n) -> {
				rows.add(new long[] { rs.getLong(1) });
				amounts.add(rs.getBigDecimal(2));
				return null;
			}).list();
		Map<Long, String> names = tree.names(rows.stream().map(r -> r[0]).toList());
		List<Contract.Village> villages = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			villages.add(new Contract.Village(rows.get(i)[0], names.get(rows.get(i)[0]), amounts.get(i)));
		}
		List<Contract.Clause> clauses = jdbc.sql("select id, position, title, measure, by_residents from service_clause"
				+ " where contract_id = ? order by position").param(c.id())
			.query((rs, n) -> new Contract.Clause(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
			.list();
		List<Contract.Milestone> milestones = jdbc.sql("select id, position, title, due_on, amount from service_milestone"
				+ " where contract_id = ? order by position").param(c.id())
			.query((rs, n) -> new Contract.Milestone(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getBigDecimal(5)))
			.list();
		return new Contract.Detail(c, tree.names(List.of(c.buyerUnitId())).get(c.buyerUnitId()),
				suppliers.find(c.supplierId()).orElseThrow(), villages, clauses, milestones);
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ServicesScope.View v) {
		return spec.param("county", v.county()).param("wide", v.wide()).param("pattern", v.pattern()).param("unit", v.unit());
	}
}
