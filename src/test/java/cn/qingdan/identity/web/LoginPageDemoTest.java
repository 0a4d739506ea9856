package cn.qingdan.identity.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.ui.ExtendedModelMap;

import cn.qingdan.identity.SecurityProperties;
import cn.qingdan.identity.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo accounts and their password reach the login page only on a demo installation. */
class LoginPageDemoTest {

	private final SecurityProperties properties = new SecurityProperties(5, Duration.ofMinutes(30), 5, 12,
			Duration.ofSeconds(5), 20, 0.1);

	@Test
	void withoutTheDemoTheLoginPageListsNoAccounts() {
		UserAccounts accounts = Mockito.mock(UserAccounts.class);
		var model = new ExtendedModelMap();
		new LoginController(properties, accounts, false).login(null, null, null, null, model);
		assertThat(model.get("demoAccounts")).isEqualTo(List.of());
		Mockito.verifyNoInteractions(accounts);
	}
}
