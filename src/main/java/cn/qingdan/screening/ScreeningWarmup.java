package cn.qingdan.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.Catalogues;

/**
 * Builds every county's screening index in the background as soon as the application is ready, so that the first
 * screening after a (re)start does not wait seconds for it. Requests arriving earlier build it themselves, once.
 */
@Component
class ScreeningWarmup {

	private static final Logger log = LoggerFactory.getLogger(ScreeningWarmup.class);

	private final CatalogueScreening screening;
	private final Catalogues catalogues;

	ScreeningWarmup(CatalogueScreening screening, Catalogues catalogues) {
		this.screening = screening;
		this.catalogues = catalogues;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warm() {
		Thread.ofPlatform().daemon().name("qingdan-screening-warmup").priority(Thread.MIN_PRIORITY).start(() -> {
			try {
				for (Catalogue catalogue : catalogues.all()) {
					if (catalogues.current(catalogue.id()).isPresent()) {
						screening.index(catalogue.countyUnitId());
					}
				}
			}
			catch (RuntimeException ex) {
				log.warn("预审比对索引预建未完成（首次预审时再建）：{}", ex.getMessage());
			}
		});
	}
}
