package cn.qingdan.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.ActorNames;

/**
 * People as pages show them, never by their login id — the one place that names a person:
 * <ul>
 * <li>田永福（苏坊镇田庄村委会） for a login id ({@link #of}). Templates call it as {@code @personNames.of(...)}; a
 * recorded value that is not a known login id is shown as it is (older records), and an unknown login id as 系统.</li>
 * <li>for the audit log ({@link ActorNames}, audit's port): the name alone for each login id (the record keeps the
 * unit), and the login ids of a name, for filtering the log by a person.</li>
 * </ul>
 */
@Component("personNames")
public class PersonNames implements ActorNames {

	private final UserAccounts accounts;
	private final JdbcClient jdbc;

	PersonNames(UserAccounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return accounts.findByUsername(username)
			.map(u -> u.displayName() + "（" + u.unitName() + "）")
			.orElse(username.chars().allMatch(c -> c < 128) ? "系统" : username);
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
