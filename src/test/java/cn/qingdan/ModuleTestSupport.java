package cn.qingdan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What a module test ({@code @ApplicationModuleTest}) needs from the application's root package, which no module
 * owns: the embedded PostgreSQL, and a fixed clock (one support class for every module test) — 2026-03-02 (a Monday) at 09:00 in China.
 * Use: {@code @ApplicationModuleTest(...) @Import(ModuleTestSupport.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(EmbeddedDatabaseConfiguration.class)
public class ModuleTestSupport {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public static final Instant MONDAY_0900 = Instant.parse("2026-03-02T01:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(MONDAY_0900, CHINA);
	}
}
