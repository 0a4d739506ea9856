package cn.qingdan.shared.demo;

/**
 * One module's demo records for the demo county. Loaded once: {@link #present} says whether an earlier start already
 * loaded them (the database keeps them across restarts).
 */
public interface DemoDataset {

	/** Divisions first (10), then units and accounts (20), the catalogue (30), admission (40), certificates (50) … */
	int order();

	/** What the dataset holds, for the start-up log, e.g. "证明开具记录". */
	String description();

	boolean present(String countyCode);

	/** Loads the records inside the caller's transaction; returns how many main records it made. */
	int load(String countyCode);

	/** Whether the runner wraps {@link #load} in one transaction (a dataset that commits in batches says no). */
	default boolean transactional() {
		return true;
	}
}
