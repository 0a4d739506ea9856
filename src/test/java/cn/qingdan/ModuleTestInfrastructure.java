package cn.qingdan;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a Spring Modulith module test ({@code @ApplicationModuleTest}) needs from the application's root package, which
 * belongs to no module: the embedded PostgreSQL and the clock. Import it next to the annotation.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ EmbeddedDatabaseConfiguration.class, ClockConfiguration.class })
public class ModuleTestInfrastructure {
}
