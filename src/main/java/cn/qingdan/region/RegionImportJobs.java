package cn.qingdan.region;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.RuleViolation;

/**
 * Runs imports started from the admin page in the background, one at a time, and keeps the latest job's progress for
 * the page to poll. The starter's security context travels with the job so the audit record names them.
 */
@Service
public class RegionImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RegionImportJobs.class);

	private final DivisionImporter importer;
	private final Clock clock;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "region-import");
		t.setDaemon(true);
		return t;
	});
	private final AtomicReference<RegionImportJob> latest = new AtomicReference<>();

	RegionImportJobs(DivisionImporter importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	/**
	 * Checks the scope and starts the import in the background.
	 * @throws RuleViolation when the scope is wrong or an import is already running
	 */
	public synchronized RegionImportJob start(String scope) {
		String name = importer.describe(scope);
		RegionImportJob current = latest.get();
		if (importer.isRunning() || current != null && current.running()) {
			throw new RuleViolation(DivisionImporter.BUSY);
		}
		String label = ImportScope.parse(scope).label();
		String by = Actor.current().map(Actor::username).orElse("系统");
		RegionImportJob job = new RegionImportJob(label, name, by, LocalDateTime.now(clock), "等待开始", 0, 0,
				RegionImportJob.State.RUNNING, null, null);
		latest.set(job);
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(label)));
		return job;
	}

	/** The running job, or the last one to finish since the application started. */
	public Optional<RegionImportJob> latest() {
		return Optional.ofNullable(latest.get());
	}

	private void run(String scope) {
		try {
			ImportReport report = importer.importScope(scope,
					(phase, rows, percent) -> latest.updateAndGet(j -> j.progressed(phase, rows, percent)));
			latest.updateAndGet(j -> j.finished(report));
		}
		catch (RuleViolation ex) {
			latest.updateAndGet(j -> j.failed(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.error("行政区划导入失败（{}）", scope, ex);
			latest.updateAndGet(j -> j.failed("导入出错，已全部回滚，详情见系统日志"));
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
