package cn.qingdan.region;

import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;

/**
 * Times the full-country import on a fresh embedded PostgreSQL: cold, then an idempotent re-run. Not a test (Surefire
 * skips *Benchmark); run it with {@code java -cp target/test-classes:target/classes:<deps> cn.qingdan.region.DivisionImportBenchmark}.
 */
public final class DivisionImportBenchmark {

	private DivisionImportBenchmark() {
	}

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext context = app.run("--qingdan.data-dir=target/bench-data",
				"--qingdan.embedded-db.clean=true", "--server.port=0", "--qingdan.demo.enabled=false",
				"--logging.level.root=warn", "--logging.level.cn.qingdan=warn")) {
			DivisionImporter importer = context.getBean(DivisionImporter.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			print("cold", importer.importScope("all", phases()));
			print("re-run", importer.importScope("all", phases()));
			System.out.println("rows in region: " + jdbc.sql("select count(*) from region").query(Long.class).single());
		}
		System.exit(0);
	}

	/** Prints when each kind of phase starts, in seconds since the import began. */
	private static ProgressListener phases() {
		long t0 = System.nanoTime();
		String[] last = { "" };
		return (phase, rows, percent) -> {
			String kind = phase.contains("（第") ? phase.substring(0, phase.indexOf("（第")) : phase;
			if (!kind.equals(last[0])) {
				System.out.println(String.format(Locale.ROOT, "  %6.2f s  %s (%d rows read)", (System.nanoTime() - t0) / 1e9,
						kind, rows));
				last[0] = kind;
			}
		};
	}

	private static void print(String label, ImportReport r) {
		System.out.println(String.format(Locale.ROOT, "%-7s %7.2f s  total=%d inserted=%d updated=%d unchanged=%d", label,
				r.took().toMillis() / 1000.0, r.total(), r.inserted(), r.updated(), r.unchanged()));
	}
}
