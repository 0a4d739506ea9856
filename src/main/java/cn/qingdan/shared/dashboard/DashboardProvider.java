package cn.qingdan.shared.dashboard;

import java.util.List;

import cn.qingdan.shared.Actor;

/** Implemented by modules that put charts on home pages; the home page gathers all providers' panels, in order. */
public interface DashboardProvider {

	/** The panels for this actor (empty when the module has nothing to show them). */
	List<DashboardPanel> panelsFor(Actor actor);
}
