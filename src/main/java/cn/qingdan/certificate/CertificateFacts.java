package cn.qingdan.certificate;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.lead.VillageFact;
import cn.qingdan.shared.lead.VillageFacts;

/**
 * What the inspector's visit page should know about a village's certificates: requests refused because the
 * certificate is not on the list (an agency demanded one it must not), and certificates issued for a type the list
 * does not name (issued outside the list). The last year only.
 */
@Component
class CertificateFacts implements VillageFacts {

	private final JdbcClient jdbc;
	private final java.time.Clock clock;

	CertificateFacts(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<VillageFact> factsFor(long villageUnitId) {
		return jdbc.sql("""
				select id, status, decision, requested_text, agency_name, received_on from certificate_request
				where village_unit_id = ? and received_on >= ?
				  and ((status = 'REFUSED' and decision = 'NOT_ISSUABLE') or (status = 'ISSUED' and decision = 'UNLISTED'))
				order by received_on desc limit 30""")
			.params(villageUnitId, java.sql.Date.valueOf(java.time.LocalDate.now(clock).minusYears(1)))
			.query((rs, n) -> "REFUSED".equals(rs.getString("status"))
					? new VillageFact("清单外索要证明", rs.getString("requested_text"), "用证单位：" + rs.getString("agency_name") + "，已不予出具",
							"/certificates/requests/" + rs.getLong("id"), rs.getDate("received_on").toLocalDate())
					: new VillageFact("清单外出具证明", rs.getString("requested_text"), "用证单位：" + rs.getString("agency_name"),
							"/certificates/requests/" + rs.getLong("id"), rs.getDate("received_on").toLocalDate()))
			.list();
	}
}
