package cn.qingdan.admission.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;

/** The county a public page is about: the one named by its 6-digit code, or the platform's first county. */
@Component
class PublicCounty {

	private final Units units;
	private final JdbcClient jdbc;

	PublicCounty(Units units, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	Unit resolve(String code) {
		if (code != null && code.strip().matches("\\d{6}")) {
			return units.byRegion(code.strip()).orElseThrow(() -> new NotFound("县"));
		}
		Long id = jdbc.sql("select id from unit where type = 'COUNTY' order by id limit 1").query(Long.class).optional()
			.orElseThrow(() -> new NotFound("县"));
		return units.unit(id).orElseThrow();
	}
}
