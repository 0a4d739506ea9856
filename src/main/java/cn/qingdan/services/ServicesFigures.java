package cn.qingdan.services;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.AssistanceFunding;
import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Purchase of services for the rollups, by budget year: contracts and their amounts and the share bought from social
 * organisations (the 30% indicator) per buyer (department or township) and for the county; 费随事转 — matters funded,
 * partly funded and unfunded and the gap in yuan — per department and for the county, the gap also per village (a
 * township's gap is then the sum of its villages'). Refreshed by {@code FiguresChanged} after a contract or a payment,
 * and by admission's decisions (the matters in force).
 */
@Component
class ServicesFigures implements FigureSource {

	static final String CONTRACTS = "services.contracts";
	static final String AMOUNT = "services.amount";
	static final String SOCIAL = "services.social-share";
	static final String FUNDED = "services.funded";
	static final String PARTLY = "services.partly";
	static final String UNFUNDED = "services.unfunded";
	static final String GAP = "services.gap";

	private final JdbcClient jdbc;
	private final AssistanceFunding funding;
	private final Reconciliations reconciliations;

	ServicesFigures(JdbcClient jdbc, AssistanceFunding funding, Reconciliations reconciliations) {
		this.jdbc = jdbc;
		this.funding = funding;
		this.reconciliations = reconciliations;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(CONTRACTS, "购买服务合同（份）", 400, false), new Metric(AMOUNT, "购买服务金额（元）", 410, false),
				new Metric(SOCIAL, "向社会组织购买占比（%）", 420, false, false),
				new Metric(FUNDED, "费随事转已落实事项（件）", 430, false), new Metric(PARTLY, "费随事转部分落实事项（件）", 440, true),
				new Metric(UNFUNDED, "费随事转未落实事项（件）", 450, true), new Metric(GAP, "费随事转经费缺口（元）", 460, true));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		List<Figure> out = new ArrayList<>();
		BigDecimal[] county = { BigDecimal.ZERO, Reconciliation.ZERO, Reconciliation.ZERO };
		jdbc.sql("""
				select buyer_unit_id, count(*), sum(amount), coalesce(sum(amount) filter (where supplier_kind = 'SOCIAL_ORG'), 0)
				from service_contract where county_unit_id = ? and budget_year = ? group by buyer_unit_id""")
			.params(countyUnitId, year)
			.query(rs -> {
				long buyer = rs.getLong(1);
				out.add(new Figure(buyer, CONTRACTS, BigDecimal.valueOf(rs.getLong(2))));
				out.add(new Figure(buyer, AMOUNT, rs.getBigDecimal(3)));
				out.add(new Figure(buyer, SOCIAL, Money.percent(rs.getBigDecimal(4), rs.getBigDecimal(3))));
				county[0] = county[0].add(BigDecimal.valueOf(rs.getLong(2)));
				county[1] = county[1].add(rs.getBigDecimal(3));
				county[2] = county[2].add(rs.getBigDecimal(4));
			});
		out.add(new Figure(countyUnitId, CONTRACTS, county[0]));
		out.add(new Figure(countyUnitId, AMOUNT, county[1]));
		if (county[1].signum() > 0) {
			out.add(new Figure(countyUnitId, SOCIAL, Money.percent(county[2], county[1])));
		}
		funding(countyUnitId, year, out);
		return out;
	}

	/** 费随事转: each matter's overall standing, per department and county; the gap also per village. */
	private void funding(long countyUnitId, int year, List<Figure> out) {
		List<AssistanceFunding.Matter> matters = funding.inForce(countyUnitId, year);
		List<Reconciliation.Village> villages = reconciliations.villages(countyUnitId);
		Map<String, Reconciliation.Reached> reached = reconciliations.reached(countyUnitId, year);
		Reconciliation.Result result = Reconciliation.compute(year, matters, villages, reached, id -> true);
		int[] county = new int[3];
		for (Reconciliation.MatterLine m : result.matters()) {
			String metric = switch (m.status()) {
				case FUNDED -> FUNDED;
				case PARTLY -> PARTLY;
				case UNFUNDED -> UNFUNDED;
				case NO_TERMS -> null;
			};
			if (metric != null) {
				out.add(new Figure(m.matter().departmentUnitId(), metric, BigDecimal.ONE));
				county[m.status().ordinal()]++;
			}
		}
		for (Reconciliation.DepartmentLine d : result.departments()) {
			out.add(new Figure(d.departmentId(), GAP, d.gap()));
		}
		out.add(new Figure(countyUnitId, FUNDED, BigDecimal.valueOf(county[0])));
		out.add(new Figure(countyUnitId, PARTLY, BigDecimal.valueOf(county[1])));
		out.add(new Figure(countyUnitId, UNFUNDED, BigDecimal.valueOf(county[2])));
		out.add(new Figure(countyUnitId, GAP, result.gap()));
		for (Reconciliation.Village v : villages) {
			BigDecimal gap = Reconciliation.forVillage(v.id(), v.townshipId(), matters, reached).stream()
				.map(Reconciliation.VillageLine::gap).reduce(Reconciliation.ZERO, BigDecimal::add);
			if (gap.signum() > 0) {
				out.add(new Figure(v.id(), GAP, gap));
			}
		}
	}
}
