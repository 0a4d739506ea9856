package cn.qingdan.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links under a list of 30 rows a page (as the other lists: 上一页, the first, up to five around the current
 * one, the last, 下一页; gaps as …).
 */
final class LedgerPager {

	/** A page link: its label and address (null for the current page and gaps). */
	record PageLink(String label, String href, boolean current) {
	}

	private LedgerPager() {
	}

	static int pages(long total, int size) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	static List<PageLink> links(int current, int pages, IntFunction<String> href) {
		List<PageLink> links = new ArrayList<>();
		if (pages <= 1) {
			return links;
		}
		if (current > 1) {
			links.add(new PageLink("上一页", href.apply(current - 1), false));
		}
		int lo = Math.max(1, current - 2);
		int hi = Math.min(pages, current + 2);
		if (lo > 1) {
			links.add(new PageLink("1", href.apply(1), false));
			if (lo > 2) {
				links.add(new PageLink("…", null, false));
			}
		}
		for (int p = lo; p <= hi; p++) {
			links.add(new PageLink(String.valueOf(p), p == current ? null : href.apply(p), p == current));
		}
		if (hi < pages) {
			if (hi < pages - 1) {
				links.add(new PageLink("…", null, false));
			}
			links.add(new PageLink(String.valueOf(pages), href.apply(pages), false));
		}
		if (current < pages) {
			links.add(new PageLink("下一页", href.apply(current + 1), false));
		}
		return links;
	}
}
