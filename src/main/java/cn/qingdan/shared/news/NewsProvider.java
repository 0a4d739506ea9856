package cn.qingdan.shared.news;

import java.util.List;

import cn.qingdan.shared.Actor;

/**
 * Implemented by modules whose outcomes matter to someone (a decision on a department's application, an answer to a
 * village's report …), computed from the module's own data; the home page gathers all providers' items, newest first.
 */
public interface NewsProvider {

	/** Recent outcomes for the actor (about the last month), newest first; empty when none. */
	List<NewsItem> newsFor(Actor actor);
}
