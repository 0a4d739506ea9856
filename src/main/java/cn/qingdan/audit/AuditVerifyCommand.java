package cn.qingdan.audit;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar qingdan.jar --qingdan.audit.verify}: verifies the audit chain, prints the report in Chinese and
 * exits with 0 when the chain is intact, 3 when it is broken. The application starts as usual (the security
 * configuration needs the web context), so add {@code --server.port=0} to run it beside a running server on a real
 * database; with the embedded database stop the server first, since it owns the data folder. The context is closed
 * before the JVM exits, while the database is still up.
 *
 * <p>{@code --qingdan.audit.verify-archived=audit_record_from_<n>}: verifies a partition detached from the log (still
 * in the database, or restored from its archive) against its boundary in the checkpoint file, same output and codes.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

	static final String OPTION = "qingdan.audit.verify";
	static final String ARCHIVED_OPTION = "qingdan.audit.verify-archived";
	static final int INTACT = 0;
	static final int BROKEN = 3;

	private final AuditChain chain;
	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> archived = args.getOptionValues(ARCHIVED_OPTION);
		if (archived != null && !archived.isEmpty()) {
			int code = verifyArchivedAndPrint(archived.getLast(), System.out);
			System.exit(SpringApplication.exit(context, () -> code));
		}
		if (!requested(args)) {
			return;
		}
		int code = verifyAndPrint(System.out);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	static boolean requested(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return false;
		}
		List<String> values = args.getOptionValues(OPTION);
		return values == null || values.isEmpty() || !values.getLast().equalsIgnoreCase("false");
	}

	/** Verifies, prints the report and returns the exit code. */
	int verifyAndPrint(PrintStream out) {
		out.println("【审计链校验】开始校验审计日志……");
		return print(chain.verify(), out);
	}

	/** Verifies a detached partition, prints the report and returns the exit code. */
	int verifyArchivedAndPrint(String table, PrintStream out) {
		out.println("【审计链校验】开始校验已分离归档的审计记录分区 " + table + "……");
		return print(chain.verifyArchived(table), out);
	}

	private static int print(VerificationReport report, PrintStream out) {
		out.println("【审计链校验】" + report.summary());
		out.println("  已校验记录：" + report.checked() + " 条");
		out.println("  校验结论：" + (report.intact() ? "完整" : "断裂"));
		if (!report.intact()) {
			if (report.firstBrokenSeq() != null) {
				out.println("  首个断点：第 " + report.firstBrokenSeq() + " 号记录");
			}
			out.println("  问题说明：" + report.problem());
		}
		out.println("  库外校验点：" + report.checkpointText());
		out.println("  耗时：" + report.tookText());
		out.flush();
		return report.intact() ? INTACT : BROKEN;
	}
}
