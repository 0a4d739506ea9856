package cn.qingdan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(QingdanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "region", "org", "identity", "audit", "web");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}
}
