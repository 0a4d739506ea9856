package cn.qingdan.admission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Admission's figures for the rollups: burden hours (the Standard Cost Model of {@link Burden}) per village, township,
 * department and county; decisions of the year per department and county (admitted, refused or not admissible, the
 * refusal share).
 */
@Component
class AdmissionFigures implements FigureSource {

	static final String HOURS = "admission.hours";
	static final String MATTERS = "admission.matters";
	static final String ADMITTED = "admission.admitted";
	static final String REFUSED = "admission.refused";

	private final Burden burden;
	private final JdbcClient jdbc;

	AdmissionFigures(Burden burden, JdbcClient jdbc) {
		this.burden = burden;
		this.jdbc = jdbc;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(HOURS, "村级负担（小时/年）", 10, true), new Metric(MATTERS, "在用准入事项（件）", 20, true),
				new Metric(ADMITTED, "本年准入（件）", 30, false), new Metric(REFUSED, "本年不予准入（件）", 40, false));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		List<Figure> out = new ArrayList<>();
		out.add(new Figure(countyUnitId, HOURS, burden.countyHours(countyUnitId, year)));
		for (Burden.Total t : burden.byTownship(countyUnitId, year)) {
			out.add(new Figure(t.id(), HOURS, t.hours()));
			out.add(new Figure(t.id(), MATTERS, BigDecimal.valueOf(t.matters())));
		}
		for (Burden.Total t : burden.byVillage(countyUnitId, year, null)) {
			out.add(new Figure(t.id(), HOURS, t.hours()));
			out.add(new Figure(t.id(), MATTERS, BigDecimal.valueOf(t.matters())));
		}
		for (Burden.Total t : burden.byDepartment(countyUnitId, year)) {
			out.add(new Figure(t.id(), HOURS, t.hours()));
			out.add(new Figure(t.id(), MATTERS, BigDecimal.valueOf(t.matters())));
		}
		jdbc.sql("""
				select department_unit_id, count(*) filter (where status in ('ADMITTED','REVOKED','FILED')),
				       count(*) filter (where status in ('REFUSED','NOT_ADMISSIBLE','REJECTED'))
				from admission_application
				where county_unit_id = ? and decided_at >= make_date(?, 1, 1) and decided_at < make_date(? + 1, 1, 1)
				group by department_unit_id""")
			.params(countyUnitId, year, year)
			.query(rs -> {
				out.add(new Figure(rs.getLong(1), ADMITTED, BigDecimal.valueOf(rs.getLong(2))));
				out.add(new Figure(rs.getLong(1), REFUSED, BigDecimal.valueOf(rs.getLong(3))));
			});
		BigDecimal admitted = sum(out, ADMITTED);
		BigDecimal refused = sum(out, REFUSED);
		out.add(new Figure(countyUnitId, ADMITTED, admitted));
		out.add(new Figure(countyUnitId, REFUSED, refused));
		// every matter in force in the year belongs to exactly one department
		out.add(new Figure(countyUnitId, MATTERS, burden.byDepartment(countyUnitId, year).stream()
			.map(t -> BigDecimal.valueOf(t.matters())).reduce(BigDecimal.ZERO, BigDecimal::add)));
		return out;
	}

	private static BigDecimal sum(List<Figure> figures, String metric) {
		return figures.stream().filter(f -> f.metric().equals(metric)).map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
