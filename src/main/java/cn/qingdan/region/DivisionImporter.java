package cn.qingdan.region;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.RuleViolation;

/**
 * Imports the shipped division files into {@code region}: streams the gzip CSVs through PostgreSQL {@code COPY} into a
 * work table, then merges it in chunks with {@code insert … on conflict do update … where … is distinct from},
 * so a re-run changes nothing and reports every row as unchanged. One import at a time (per JVM and, through an
 * advisory lock, per database); the whole import is one transaction.
 */
@Service
public class DivisionImporter {

	static final String BUSY = "已有行政区划导入正在进行，请待其完成后再试";

	private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);
	private static final long LOCK_KEY = 0x5245_4749_4F4EL; // "REGION"
	private static final int READ_SHARE = 60;
	private static final String MERGE = """
			with up as (
			  insert into region (code, name, level, parent_code)
			  select code, name, level, parent_code from region_import where chunk = ? order by code
			  on conflict (code) do update
			    set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code
			    where (region.name, region.level, region.parent_code)
			      is distinct from (excluded.name, excluded.level, excluded.parent_code)
			  returning (xmax = 0) as inserted)
			select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated from up
			""";

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;
	private final AtomicBoolean running = new AtomicBoolean();

	DivisionImporter(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.events = events;
	}

	public ImportReport importScope(String scope) {
		return importScope(scope, ProgressListener.none());
	}

	/**
	 * @param scope "all" (or 全国), a 2-digit province, 4-digit city or 6-digit county code
	 * @throws RuleViolation when the scope is malformed or unknown, or another import is running
	 */
	public ImportReport importScope(String scope, ProgressListener listener) {
		ImportScope s = ImportScope.parse(scope);
		describe(s);
		if (!running.compareAndSet(false, true)) {
			throw new RuleViolation(BUSY);
		}
		try {
			ImportReport report = tx.execute(status -> run(s, listener));
			listener.onProgress("导入完成", report.total(), 100);
			log.info("行政区划导入完成（{}）：{}", s.label(), report.summary());
			return report;
		}
		catch (RuntimeException ex) {
			if (!BUSY.equals(ex.getMessage())) {
				events.publishEvent(AuditEvent.failure("导入行政区划", "行政区划", s.label(), "导入失败，已全部回滚"));
			}
			throw ex;
		}
		finally {
			running.set(false);
		}
	}

	public boolean isRunning() {
		return running.get();
	}

	/**
	 * Checks a scope and names it: 全国, or e.g. 陕西省 for 61.
	 * @throws RuleViolation when the scope is malformed or not in the shipped files
	 */
	public String describe(String scope) {
		return describe(ImportScope.parse(scope));
	}

	/** The 31 provinces as shipped, whether imported or not. */
	public List<Region> shippedProvinces() {
		return DivisionFiles.provinces().stream()
			.map(r -> new Region(Regions.normalise(r.code()), r.name(), Region.Level.PROVINCE, null))
			.toList();
	}

	private String describe(ImportScope s) {
		if (s.isAll()) {
			return "全国";
		}
		return DivisionFiles.name(s.prefix())
			.orElseThrow(() -> new RuleViolation("scope", "未找到代码为 " + s.prefix() + " 的省、市或县级区划"));
	}

	private ImportReport run(ImportScope scope, ProgressListener listener) {
		long t0 = System.nanoTime();
		if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single()) {
			throw new RuleViolation(BUSY);
		}
		// An unlogged work table rather than a temporary one: it lives in shared buffers (temporary tables get only
		// temp_buffers, 8 MB by default, and spill), skips the WAL, and vanishes with the transaction either way.
		jdbc.sql("create unlogged table region_import (code char(12), name varchar(100), level smallint, "
				+ "parent_code char(12), chunk varchar(6))").update();
		Set<String> chunks = new LinkedHashSet<>();
		long rows = copy(scope, chunks, listener);
		listener.onProgress("正在建立临时索引", rows, READ_SHARE + 1);
		jdbc.sql("create index on region_import (chunk)").update();
		jdbc.sql("analyze region_import").update();
		int inserted = 0;
		int updated = 0;
		int i = 0;
		for (String chunk : chunks) {
			listener.onProgress("正在合并入库（第 %d/%d 批）".formatted(i + 1, chunks.size()), rows,
					READ_SHARE + 2 + (97 - READ_SHARE - 2) * i / chunks.size());
			int[] counts = jdbc.sql(MERGE).param(chunk).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
			inserted += counts[0];
			updated += counts[1];
			i++;
		}
		jdbc.sql("drop table region_import").update();
		listener.onProgress("正在提交", rows, 98);
		ImportReport report = new ImportReport(scope.label(), (int) rows, inserted, updated,
				(int) rows - inserted - updated, Duration.ofNanos(System.nanoTime() - t0));
		events.publishEvent(AuditEvent.success("导入行政区划", "行政区划", scope.label(), report.summary()));
		return report;
	}

	/** Streams the files into {@code region_import}; returns the rows copied. */
	private long copy(ImportScope scope, Set<String> chunks, ProgressListener listener) {
		Connection con = DataSourceUtils.getConnection(dataSource);
		long totalBytes = DivisionFiles.compressedBytes();
		AtomicLong bytes = new AtomicLong();
		long[] rows = { 0 };
		int digits = scope.chunkDigits();
		try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(con.unwrap(PGConnection.class),
				"copy region_import (code, name, level, parent_code, chunk) from stdin", 1 << 16), StandardCharsets.UTF_8),
				1 << 16)) {
			for (int level = 1; level <= 5; level++) {
				String phase = "正在读取" + Region.Level.of(level).label() + "级区划";
				listener.onProgress(phase, rows[0], (int) (READ_SHARE * bytes.get() / totalBytes));
				DivisionFiles.read(level, scope.prefix(), bytes, row -> {
					String code = Regions.normalise(row.code());
					String parent = row.parentCode() == null ? null : Regions.normalise(row.parentCode());
					if (code.equals(parent)) {
						return; // placeholder repeating its parent, e.g. county 441900 东莞市 under city 4419
					}
					String chunk = code.substring(0, digits);
					chunks.add(chunk);
					out.write(code);
					out.write('\t');
					writeEscaped(out, row.name());
					out.write('\t');
					out.write('0' + row.level());
					out.write('\t');
					out.write(parent == null ? "\\N" : parent);
					out.write('\t');
					out.write(chunk);
					out.write('\n');
					if (++rows[0] % 20_000 == 0) {
						listener.onProgress(phase, rows[0], (int) (READ_SHARE * bytes.get() / totalBytes));
					}
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("读取或写入行政区划数据失败", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("数据库不支持 COPY 导入（需要 PostgreSQL）", ex);
		}
		if (rows[0] == 0) {
			throw new RuleViolation("scope", "区划文件中没有属于 " + scope.label() + " 的数据");
		}
		return rows[0];
	}

	/** COPY text format: backslash, tab and line breaks must be escaped. */
	private static void writeEscaped(Writer out, String s) throws IOException {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> out.write("\\\\");
				case '\t' -> out.write("\\t");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				default -> out.write(c);
			}
		}
	}
}
