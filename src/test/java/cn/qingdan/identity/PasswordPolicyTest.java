package cn.qingdan.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(12);

	@Test
	void acceptsTwelveCharactersFromThreeClasses() {
		assertThat(policy.check("Wugong2026abc", "clerk")).isEmpty();
		assertThat(policy.check("wugong#2026abc", "clerk")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(policy.check("Ab1!short", "clerk")).containsExactly("密码长度不得少于 12 位");
	}

	@Test
	void refusesTwoClassesOnly() {
		assertThat(policy.check("abcdefgh12345", "clerk")).anyMatch(p -> p.contains("至少三类"));
		assertThat(policy.check("ABCDEFGHIJKLM", "clerk")).anyMatch(p -> p.contains("至少三类"));
	}

	@Test
	void refusesPasswordsContainingTheUsername() {
		assertThat(policy.check("Tianzhuang2026!", "tianzhuang")).anyMatch(p -> p.contains("用户名"));
	}

	@Test
	void refusesBlankAndWhitespace() {
		assertThat(policy.check("", "x")).containsExactly("请输入密码");
		assertThat(policy.check("Abc 12345678!", "x")).anyMatch(p -> p.contains("空格"));
	}
}
