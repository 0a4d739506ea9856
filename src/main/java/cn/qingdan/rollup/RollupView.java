package cn.qingdan.rollup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.rollup.Metric;

/** The checks every read of a rollup goes through: a valid code, within the actor's region, a sensible year. */
@Component
class RollupView {

	private final Rollups rollups;
	private final RollupReader reader;
	private final RegionScope scope;
	private final cn.qingdan.org.UnitTree tree;

	RollupView(Rollups rollups, RollupReader reader, RegionScope scope, cn.qingdan.org.UnitTree tree) {
		this.rollups = rollups;
		this.reader = reader;
		this.scope = scope;
		this.tree = tree;
	}

	record MetricJson(String key, String label, boolean lowerIsBetter) {
	}

	RollupReader.View view(String code, Integer year) {
		int y = check(code, year);
		return reader.region(code, y, rollups.firstYear()).orElseThrow(() -> new NotFound("该地区的汇总数字"));
	}

	/** A 2-, 4- or 6-digit code within the actor's region and a year with figures (the current one if none): or 404. */
	int check(String code, Integer year) {
		String prefix = scope.prefix(DataScopes.currentUser()).orElseThrow(() -> new NotFound("汇总数字"));
		if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}") || !RegionScope.covers(prefix, code)) {
			throw new NotFound("该地区的汇总数字");
		}
		int y = year == null ? rollups.currentYear() : year;
		if (y < rollups.firstYear() || y > rollups.currentYear()) {
			throw new NotFound(y + " 年的汇总数字");
		}
		return y;
	}

	/** The actor's own region code (where /rollups opens), if any. */
	java.util.Optional<String> home() {
		return scope.prefix(DataScopes.currentUser()).flatMap(p -> p.isEmpty()
				? tree.firstCounty().map(c -> c.regionCode().substring(0, 2)) : java.util.Optional.of(p));
	}

	List<Metric> metrics() {
		List<Metric> all = new ArrayList<>(rollups.metrics());
		all.add(1, new Metric(RollupReader.REDUCTION, "较" + rollups.firstYear() + "年减负（%）", 15, false));
		return all;
	}

	List<MetricJson> metricsJson() {
		return metrics().stream().map(m -> new MetricJson(m.key(), m.label(), m.lowerIsBetter())).toList();
	}
}
