package cn.qingdan.shared.lead;

import java.util.List;

/**
 * Implemented by every module that knows something an inspector visiting a village should see; the supervision
 * module's visit page gathers all of them. Must be cheap (a few indexed queries for one village).
 */
public interface VillageFacts {

	List<VillageFact> factsFor(long villageUnitId);
}
