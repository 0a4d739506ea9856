package cn.qingdan.rollup;

import java.time.Clock;
import java.time.LocalDate;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.events.AdmissionExpired;
import cn.qingdan.admission.events.AdmissionRevoked;
import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.certificate.events.CertificateIssued;
import cn.qingdan.certificate.events.CertificateRequestDecided;
import cn.qingdan.certificate.events.CertificateRevoked;
import cn.qingdan.shared.rollup.FiguresChanged;

/**
 * The domain events that move a county's figures. Each marks the county's year; a second later the marked years are
 * refreshed, once each however many events came (a demo load or a batch of decisions refreshes a county once). The
 * table is a cache of the modules' records: a lost refresh is made good by the next event or a rebuild.
 */
@Component
class RollupRefresh implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RollupRefresh.class);

	private record Key(long county, int year) {
	}

	private final Rollups rollups;
	private final Clock clock;
	private final Set<Key> marked = ConcurrentHashMap.newKeySet();
	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "rollup-refresh");
		t.setDaemon(true);
		return t;
	});

	RollupRefresh(Rollups rollups, Clock clock) {
		this.rollups = rollups;
		this.clock = clock;
	}

	private void refresh(long countyUnitId) {
		mark(countyUnitId, LocalDate.now(clock).getYear());
	}

	void mark(long county, int year) {
		if (marked.add(new Key(county, year))) {
			worker.schedule(this::flush, 1, TimeUnit.SECONDS);
		}
	}

	private void flush() {
		for (Key k : List.copyOf(marked)) {
			marked.remove(k);
			try {
				rollups.refresh(k.county(), k.year());
			}
			catch (RuntimeException ex) {
				log.warn("汇总刷新失败（县 {}，{} 年）：{}", k.county(), k.year(), ex.getMessage());
			}
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	@ApplicationModuleListener
	void on(FiguresChanged e) {
		mark(e.countyUnitId(), e.year());
	}

	/** A lead (a ledger item not admitted, an unfunded matter …) moves the 五多 counts of its county. */
	@ApplicationModuleListener
	void on(cn.qingdan.shared.lead.SupervisionLead e) {
		refresh(e.countyUnitId());
	}

	@ApplicationModuleListener
	void on(ApplicationDecided e) {
		refresh(e.countyUnitId());
	}

	@ApplicationModuleListener
	void on(AdmissionRevoked e) {
		refresh(e.countyUnitId());
	}

	@ApplicationModuleListener
	void on(AdmissionExpired e) {
		refresh(e.countyUnitId());
	}

	@ApplicationModuleListener
	void on(CertificateIssued e) {
		refresh(e.countyUnitId());
	}

	@ApplicationModuleListener
	void on(CertificateRequestDecided e) {
		refresh(e.countyUnitId());
	}

	@ApplicationModuleListener
	void on(CertificateRevoked e) {
		refresh(e.countyUnitId());
	}
}
