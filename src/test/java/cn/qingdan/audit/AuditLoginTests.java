package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import cn.qingdan.audit.AuditEvent.Result;

/** A real form login (POST /login) through Spring Security's event publisher ends up in the chain. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLoginTests {

	static final String PASSWORD = "Wugong#2025qd";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	String username;
	long unitId;
	String unitName;

	@BeforeEach
	void aUserOfTheOffice() {
		unitId = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
		unitName = AuditFixtures.unique("审计测试减负办");
		jdbc.sql("insert into unit (id, name, type, path) values (?, ?, 'OFFICE', ?)")
			.params(unitId, unitName, "/" + unitId + "/")
			.update();
		username = AuditFixtures.unique("audit");
		long userId = jdbc.sql("""
				insert into app_user (username, display_name, unit_id, unit_path, password_hash, must_change_password)
				values (?, '审计测试', ?, ?, ?, false) returning id""")
			.params(username, unitId, "/" + unitId + "/", encoder.encode(PASSWORD))
			.query(Long.class)
			.single();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'OFFICE_ADMIN')").param(userId).update();
	}

	List<AuditRecord> recordsOf(String who) {
		return jdbc.sql("select * from audit_record where username = ? order by seq").param(who)
			.query(AuditChain::map)
			.list();
	}

	@Test
	void aSuccessfulLoginIsRecordedOnceWithUserUnitAndAddress() throws Exception {
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));

		List<AuditRecord> records = recordsOf(username);
		assertThat(records).hasSize(1);
		AuditRecord r = records.getFirst();
		assertThat(r.action()).isEqualTo("登录");
		assertThat(r.result()).isEqualTo(Result.SUCCESS);
		assertThat(r.unitId()).isEqualTo(unitId);
		assertThat(r.unitName()).isEqualTo(unitName);
		assertThat(r.clientIp()).isEqualTo("127.0.0.1");
		assertThat(r.hashMatches()).isTrue();
	}

	@Test
	void aWrongPasswordIsRecordedAsAFailureWithTheReason() throws Exception {
		mvc.perform(formLogin("/login").user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error=bad"));

		List<AuditRecord> records = recordsOf(username);
		assertThat(records).extracting(AuditRecord::action, AuditRecord::result, AuditRecord::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("登录", Result.FAILURE, "用户名或密码错误"));
		assertThat(records.getFirst().detail()).doesNotContain("wrong-password");
		assertThat(records.getFirst().clientIp()).isEqualTo("127.0.0.1");
	}

	@Test
	void anUnknownUsernameIsRecordedAsAFailure() throws Exception {
		String nobody = AuditFixtures.unique("nobody");
		mvc.perform(formLogin("/login").user(nobody).password("whatever"));

		assertThat(recordsOf(nobody)).extracting(AuditRecord::result, AuditRecord::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Result.FAILURE, "用户名或密码错误"));
	}

	@Test
	void aLockedAccountIsRecordedAsSuch() throws Exception {
		jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where username = ?").param(username).update();

		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));

		assertThat(recordsOf(username)).extracting(AuditRecord::detail).containsExactly("账号已锁定");
	}

	@Test
	void aDisabledAccountIsRecordedAsSuch() throws Exception {
		jdbc.sql("update app_user set enabled = false where username = ?").param(username).update();

		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));

		assertThat(recordsOf(username)).extracting(AuditRecord::detail).containsExactly("账号已停用");
	}

	@Test
	void logoutIsRecorded() throws Exception {
		var principal = new cn.qingdan.identity.QingdanUser(5005, username, "审计测试",
				new cn.qingdan.identity.UnitDirectory.UnitInfo(unitId, unitName, "OFFICE", "/" + unitId + "/", true),
				java.util.EnumSet.of(cn.qingdan.identity.Role.OFFICE_ADMIN), null, true, false, false);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user(principal))).andExpect(redirectedUrl("/login?logout"));

		assertThat(recordsOf(username)).extracting(AuditRecord::action, AuditRecord::unitName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("退出登录", unitName));
	}
}
