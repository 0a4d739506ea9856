package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import cn.qingdan.QingdanApplication;

/** Every module depends on audit (to publish AuditEvent), so audit itself may depend on nothing but shared. */
class AuditModuleTests {

	@Test
	void auditDependsOnSharedOnly() {
		ApplicationModules modules = ApplicationModules.of(QingdanApplication.class);
		ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();

		audit.verifyDependencies(modules);
		assertThat(audit.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
			.allMatch("shared"::equals);
	}
}
