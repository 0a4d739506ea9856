package cn.qingdan.rollup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.PublicRead;
import cn.qingdan.shared.rollup.Metric;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/rollups/{region code}/export}: the counties' own figures as JSON lines
 * ({@code application/x-ndjson}), one line per county, year and metric — what a province deployment hands a national
 * view, which sums the additive metrics and averages the others across provinces. Same scope as the rollups API;
 * {@code year} limits it to one year, otherwise every year kept. Streamed row by row from the county-total index.
 */
@RestController
class RollupExport {

	static final String NDJSON = "application/x-ndjson";

	/** One line: a county's figure for a metric in a year. */
	record Line(String county, String name, int year, String metric, String label, boolean additive, BigDecimal value) {
	}

	private final RollupView views;
	private final Rollups rollups;
	private final UnitTree tree;
	private final JdbcClient jdbc;
	private final JsonMapper json;

	RollupExport(RollupView views, Rollups rollups, UnitTree tree, JdbcClient jdbc, JsonMapper json) {
		this.views = views;
		this.rollups = rollups;
		this.tree = tree;
		this.jdbc = jdbc;
		this.json = json;
	}

	@GetMapping("/api/v1/rollups/{code}/export")
	@Operation(summary = "县级汇总数字导出（JSON Lines）", description = "每行一个县、一个年度、一项指标；供全国汇总使用")
	@PublicRead
	public void export(@PathVariable String code, @RequestParam(required = false) Integer year, HttpServletResponse response)
			throws IOException {
		int y = views.check(code, year);
		int from = year == null ? rollups.firstYear() : y;
		Map<String, Metric> metrics = rollups.metrics().stream().collect(Collectors.toMap(Metric::key, Function.identity(), (a, b) -> a));
		Map<String, String> names = tree.countiesUnder(code).stream().filter(c -> c.regionCode() != null)
			.collect(Collectors.toMap(c -> c.regionCode().substring(0, 6), Unit::name, (a, b) -> a));
		response.setContentType(NDJSON);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter out = response.getWriter();
		jdbc.sql("""
				select county_code, year, metric, value from rollup_figure
				where county_code like ? and year between ? and ? and unit_id = county_unit_id order by county_code, year, metric""")
			.params(code + "%", from, y)
			.query(rs -> {
				Metric m = metrics.get(rs.getString(3));
				Line line = new Line(rs.getString(1), names.get(rs.getString(1)), rs.getInt(2), rs.getString(3),
						m == null ? null : m.label(), m == null || m.additive(), rs.getBigDecimal(4));
				out.write(json.writeValueAsString(line));
				out.write('\n');
			});
		if (out.checkError()) {
			throw new UncheckedIOException(new IOException("导出中断"));
		}
	}
}
