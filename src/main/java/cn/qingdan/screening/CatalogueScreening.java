package cn.qingdan.screening;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.CatalogueVersionPublished;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * The screening engine over the counties' current catalogue versions. Each county's index is built on first use
 * (demo data and imports may publish before anyone screens) and rebuilt as soon as a new version is committed.
 */
@Service
class CatalogueScreening implements ScreeningEngine {

	private static final Logger log = LoggerFactory.getLogger(CatalogueScreening.class);

	private final Catalogues catalogues;

	private final Map<Long, CatalogueIndex> byCounty = new ConcurrentHashMap<>();

	private volatile Long defaultCounty;

	CatalogueScreening(Catalogues catalogues) {
		this.catalogues = catalogues;
	}

	@Override
	public Screening screen(long countyUnitId, String text, RequestKind kind) {
		check(text);
		return Screener.screen(index(countyUnitId), text, kind);
	}

	@Override
	public Screening screen(String text, RequestKind kind) {
		check(text);
		return Screener.screen(index(defaultCounty()), text, kind);
	}

	/** Rejects empty and oversized texts with a Chinese message. */
	static void check(String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation("text", "请输入要核验的任务或证明要求文字");
		}
		if (text.length() > MAX_LENGTH) {
			throw new RuleViolation("text", "文字过长：最多 " + MAX_LENGTH + " 字，当前 " + text.length() + " 字");
		}
	}

	/** The index of the county's current catalogue version. */
	CatalogueIndex index(long countyUnitId) {
		return byCounty.computeIfAbsent(countyUnitId, this::build);
	}

	private CatalogueIndex build(long countyUnitId) {
		Catalogue catalogue = catalogues.forCounty(countyUnitId).orElseThrow(() -> new NotFound("该县的清单目录"));
		CatalogueVersion version = catalogues.current(catalogue.id()).orElseThrow(() -> new NotFound("已发布的清单版本"));
		return build(version.id(), version.number());
	}

	private CatalogueIndex build(long versionId, int number) {
		long start = System.nanoTime();
		// the purchase list (政府购买服务) is bought, not pushed onto villages: requests are not read against it
		CatalogueIndex index = CatalogueIndex.build(versionId, number,
				catalogues.items(versionId).stream().filter(i -> i.list().screened()).toList());
		log.info("预审比对索引已建立：清单版本 {}（第 {} 版），{} 项，用时 {} ms", versionId, number, index.size(),
				(System.nanoTime() - start) / 1_000_000);
		return index;
	}

	private long defaultCounty() {
		Long county = defaultCounty;
		if (county == null) {
			county = catalogues.all().stream().findFirst().map(Catalogue::countyUnitId)
				.orElseThrow(() -> new NotFound("清单目录"));
			defaultCounty = county;
		}
		return county;
	}

	/** Re-indexes a county once its new version is committed; a newer index is never replaced by an older one. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CatalogueVersionPublished published) {
		CatalogueIndex fresh = build(published.versionId(), published.number());
		byCounty.merge(published.countyUnitId(), fresh,
				(old, neu) -> neu.versionNumber() >= old.versionNumber() ? neu : old);
	}
}
