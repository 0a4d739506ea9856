package cn.qingdan.identity;

import org.springframework.stereotype.Component;

/**
 * People as pages show them: 田永福（苏坊镇田庄村委会） for a login id, never the login id itself. Templates call it as
 * {@code @personNames.of(...)}; a recorded value that is not a known login id is shown as it is (older records), and
 * an unknown login id as 系统.
 */
@Component("personNames")
public class PersonNames {

	private final UserAccounts accounts;

	PersonNames(UserAccounts accounts) {
		this.accounts = accounts;
	}

	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return accounts.findByUsername(username)
			.map(u -> u.displayName() + "（" + u.unitName() + "）")
			.orElse(username.chars().allMatch(c -> c < 128) ? "系统" : username);
	}
}
