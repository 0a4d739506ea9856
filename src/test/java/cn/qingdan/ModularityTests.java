package cn.qingdan;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(QingdanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Every module says which modules (and named interfaces) it may use: {@code allowedDependencies} in its
	 * package-info, never the open default, so a new module cannot skip its boundary and verify() checks it.
	 */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		assertThat(modules.stream()).allSatisfy(module -> {
			ApplicationModule declared = module.getBasePackage().getAnnotation(ApplicationModule.class).orElse(null);
			assertThat(declared).as("模块 %s 的 package-info 须带 @ApplicationModule", module.getIdentifier()).isNotNull();
			assertThat(Arrays.asList(declared.allowedDependencies()))
				.as("模块 %s 须在 package-info 中列出 allowedDependencies", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
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
