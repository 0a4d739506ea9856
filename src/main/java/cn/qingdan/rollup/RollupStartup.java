package cn.qingdan.rollup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After the demo data: rebuilds the rollups from scratch when asked ({@code --qingdan.rollups.rebuild=true}, the one
 * command) or when a county has no figures yet (a new installation, new counties, one upgraded to
 * rollups).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RollupStartup implements ApplicationRunner {

	private final Rollups rollups;
	private final JdbcClient jdbc;
	private final boolean rebuild;

	RollupStartup(Rollups rollups, JdbcClient jdbc, @Value("${qingdan.rollups.rebuild:false}") boolean rebuild) {
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		// a county with no figure for its first year was never built (a new installation, new counties, an upgrade);
		// the demo's own events may already have refreshed some counties' current year
		boolean missing = jdbc.sql("select count(distinct county_unit_id) from rollup_figure where year = ?")
			.param(rollups.firstYear()).query(Long.class).single() < rollups.countyCount();
		if (rebuild || missing) {
			rollups.rebuild();
		}
	}
}
