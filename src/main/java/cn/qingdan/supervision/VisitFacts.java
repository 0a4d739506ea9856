package cn.qingdan.supervision;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.lead.VillageFact;
import cn.qingdan.shared.lead.VillageFacts;

/**
 * What the platform knows about one village, gathered from every module's {@link VillageFacts} (this module's own
 * included: open leads and findings not yet rectified). A module that fails is left out, never the page.
 */
@Component
public class VisitFacts {

	private static final Logger log = LoggerFactory.getLogger(VisitFacts.class);

	private final List<VillageFacts> providers;

	VisitFacts(List<VillageFacts> providers) {
		this.providers = providers;
	}

	public List<VillageFact> of(long villageUnitId) {
		List<VillageFact> all = new ArrayList<>();
		for (VillageFacts p : providers) {
			try {
				all.addAll(p.factsFor(villageUnitId));
			}
			catch (RuntimeException e) {
				log.warn("村情信息来源 {} 出错：{}", p.getClass().getSimpleName(), e.toString());
			}
		}
		return all;
	}

	/** The draw's weight: 1 + the facts shown on the visit page, at most 21. */
	public int weight(long villageUnitId) {
		return 1 + Math.min(20, of(villageUnitId).size());
	}
}
