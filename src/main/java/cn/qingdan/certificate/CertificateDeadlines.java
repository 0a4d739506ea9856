package cn.qingdan.certificate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.workflow.sweep.Deadline;
import cn.qingdan.workflow.sweep.DeadlineSource;

/**
 * Open certificate requests by their time limit (办理时限), for the reminder and overdue sweeps: the village head when
 * the request waits for the head's approval, otherwise the village's clerks. Only the certificate's kind is named.
 */
@Component
class CertificateDeadlines implements DeadlineSource {

	private final JdbcClient jdbc;

	CertificateDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, county_unit_id, village_unit_id, item_name, status, due_on from certificate_request
				where status in ('AWAITING_DELIBERATION', 'AWAITING_APPROVAL', 'IN_PROGRESS') and due_on between ? and ?""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> {
				boolean head = RequestStatus.AWAITING_APPROVAL.name().equals(rs.getString("status"));
				return new Deadline("certificate-request:" + rs.getLong("id"), rs.getDate("due_on").toLocalDate(),
						rs.getLong("county_unit_id"), rs.getLong("village_unit_id"), Set.of(head ? "VILLAGE_HEAD" : "VILLAGE_CLERK"),
						"证明开具", (head ? "审批证明申请：" : "办结证明申请：") + (rs.getString("item_name") == null ? "清单未列的证明" : rs.getString("item_name")),
						"/certificates/requests/" + rs.getLong("id"));
			})
			.list();
	}
}
