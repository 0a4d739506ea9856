package cn.qingdan.certificate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Certificates' figures for the rollups: requests recorded in the year, issued and refused (不予出具 — the list
 * working), per village and for the county. Townships are the sum of their villages (the rollup adds them up).
 */
@Component
class CertificateFigures implements FigureSource {

	static final String REQUESTS = "certificate.requests";
	static final String ISSUED = "certificate.issued";
	static final String REFUSED = "certificate.refused";

	private final JdbcClient jdbc;

	CertificateFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(REQUESTS, "开具证明申请（件）", 50, false), new Metric(ISSUED, "已出具证明（件）", 60, false),
				new Metric(REFUSED, "不予出具（件）", 70, false));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		List<Figure> out = new ArrayList<>();
		long[] county = new long[3];
		jdbc.sql("""
				select village_unit_id, count(*), count(*) filter (where status in ('ISSUED','REVOKED')),
				       count(*) filter (where status = 'REFUSED')
				from certificate_request
				where county_unit_id = ? and created_at >= make_date(?, 1, 1) and created_at < make_date(? + 1, 1, 1)
				group by village_unit_id""")
			.params(countyUnitId, year, year)
			.query(rs -> {
				long v = rs.getLong(1);
				for (int i = 0; i < 3; i++) {
					county[i] += rs.getLong(i + 2);
				}
				out.add(new Figure(v, REQUESTS, BigDecimal.valueOf(rs.getLong(2))));
				out.add(new Figure(v, ISSUED, BigDecimal.valueOf(rs.getLong(3))));
				out.add(new Figure(v, REFUSED, BigDecimal.valueOf(rs.getLong(4))));
			});
		out.add(new Figure(countyUnitId, REQUESTS, BigDecimal.valueOf(county[0])));
		out.add(new Figure(countyUnitId, ISSUED, BigDecimal.valueOf(county[1])));
		out.add(new Figure(countyUnitId, REFUSED, BigDecimal.valueOf(county[2])));
		return out;
	}
}
