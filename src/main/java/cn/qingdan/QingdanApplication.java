package cn.qingdan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Qingdan (清单): the county burden-reduction platform. Each sub-package is one Spring Modulith module;
 * {@code shared} holds the small value types every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(systemName = "Qingdan 清单", sharedModules = "shared")
public class QingdanApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(QingdanApplication.class);
		application.addListeners(new EmbeddedDatabaseEarlyStart()); // the database starts while the context is built
		application.run(args);
	}
}
