package cn.qingdan.region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --qingdan.import-regions=<all|省代码|市代码|县代码>}: imports from the command line, logs progress, then exits
 * (status 0 on success, 1 on failure). Without the option it does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegionImportCommand implements ApplicationRunner {

	static final String OPTION = "qingdan.import-regions";

	private static final Logger log = LoggerFactory.getLogger(RegionImportCommand.class);

	private final DivisionImporter importer;
	private final ApplicationContext context;
	private final String scope;

	RegionImportCommand(DivisionImporter importer, ApplicationContext context,
			@Value("${" + OPTION + ":}") String scope) {
		this.importer = importer;
		this.context = context;
		this.scope = scope;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (scope.isBlank()) {
			return;
		}
		int status = importNow();
		System.exit(SpringApplication.exit(context, () -> status));
	}

	int importNow() {
		try {
			log.info("开始导入行政区划：{}（{}）", importer.describe(scope), scope);
			int[] lastPercent = { -10 };
			String[] lastPhase = { "" };
			ImportReport report = importer.importScope(scope, (phase, rows, percent) -> {
				String kind = phase.contains("（第") ? phase.substring(0, phase.indexOf("（第")) : phase;
				if (!kind.equals(lastPhase[0]) || percent >= lastPercent[0] + 10) {
					log.info("[{}%] {}，已读取 {} 条", percent, phase, rows);
					lastPhase[0] = kind;
					lastPercent[0] = percent;
				}
			});
			log.info("行政区划导入完成：{}", report.summary());
			return 0;
		}
		catch (RuntimeException ex) {
			log.error("行政区划导入失败：{}", ex.getMessage(), ex);
			return 1;
		}
	}
}
