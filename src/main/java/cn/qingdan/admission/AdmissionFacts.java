package cn.qingdan.admission;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.lead.VillageFact;
import cn.qingdan.shared.lead.VillageFacts;

/** What the inspector's visit page should know from the gate: the village's reports (反映) not yet answered. */
@Component
class AdmissionFacts implements VillageFacts {

	private final JdbcClient jdbc;

	AdmissionFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<VillageFact> factsFor(long villageUnitId) {
		return jdbc.sql("""
				select id, left(text, 60) as t, department_name, created_at from village_report
				where status = 'OPEN' and (village_unit_id = ? or (village_unit_id is null and reporter_unit_id = ?))
				order by created_at desc limit 30""")
			.params(villageUnitId, villageUnitId)
			.query((rs, n) -> new VillageFact("村级反映未办结", rs.getString("t"),
					rs.getString("department_name") == null ? null : "涉及：" + rs.getString("department_name"),
					"/admission/reports/" + rs.getLong("id"),
					rs.getTimestamp("created_at").toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()))
			.list();
	}
}
