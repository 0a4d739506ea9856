package cn.qingdan.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.ActorNames;

/** Names the people in the audit log by their name and unit rather than their login id. */
@Component
class AuditActorNames implements ActorNames {

	private final JdbcClient jdbc;

	AuditActorNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> labels(Collection<String> usernames) {
		List<String> wanted = usernames.stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
		Map<String, String> labels = new LinkedHashMap<>();
		if (wanted.isEmpty()) {
			return labels;
		}
		jdbc.sql("select username, display_name from app_user where username in (:names)")
			.param("names", wanted)
			.query((rs, n) -> labels.put(rs.getString("username"), rs.getString("display_name")))
			.list();
		return labels;
	}

	@Override
	public List<String> usernamesNamed(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		return jdbc.sql("select username from app_user where display_name = ? order by id limit 20")
			.param(name.strip())
			.query(String.class)
			.list();
	}
}
