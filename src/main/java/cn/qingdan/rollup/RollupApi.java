package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code GET /api/v1/rollups/{region code}}: a province (2 digits), city (4) or county (6) — its figures and one row
 * per county below it (a county: per township and department), signed in or with a token, within the caller's scope.
 */
@RestController
class RollupApi {

	private final RollupView views;

	RollupApi(RollupView views) {
		this.views = views;
	}

	record Json(String code, String name, String level, int year, int baselineYear, List<RollupView.MetricJson> metrics,
			Map<String, BigDecimal> totals, List<RollupReader.Row> rows) {
	}

	@GetMapping("/api/v1/rollups/{code}")
	@cn.qingdan.shared.PublicRead
	@Operation(summary = "汇总数字（省、市、县）", description = "2 位省级、4 位市级或 6 位县级区划代码；year 缺省为本年")
	Json rollup(@PathVariable String code, @RequestParam(required = false) Integer year) {
		RollupReader.View v = views.view(code, year);
		return new Json(v.code(), v.name(), v.level(), v.year(), v.baselineYear(), views.metricsJson(), v.totals(), v.rows());
	}
}
