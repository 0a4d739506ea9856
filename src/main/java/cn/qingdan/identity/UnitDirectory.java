package cn.qingdan.identity;

import java.util.Optional;

/**
 * What identity needs to know about units; implemented by the org module.
 */
public interface UnitDirectory {

	Optional<UnitInfo> find(long unitId);

	/** Enabled units the scope covers, in tree order (for choosers). */
	java.util.List<UnitInfo> within(DataScope scope);

	/**
	 * @param id unit id
	 * @param name unit name
	 * @param type COUNTY, OFFICE, DEPARTMENT, TOWNSHIP or VILLAGE
	 * @param path the materialised tree path, e.g. {@code /1/12/57/}
	 * @param enabled whether the unit is in use
	 */
	record UnitInfo(long id, String name, String type, String path, boolean enabled) {

		/** Depth in the tree, the county being 1. */
		public int depth() {
			return (int) path.chars().filter(c -> c == '/').count() - 1;
		}

		/** The name indented by depth, for select lists. */
		public String indentedName() {
			return "\u3000".repeat(Math.max(0, depth() - 1)) + name;
		}

		/** Id of the top unit of the tree this unit belongs to (the county). */
		public long rootId() {
			return Long.parseLong(path.substring(1, path.indexOf('/', 1)));
		}

		/** Path of the top unit of the tree this unit belongs to (the county). */
		public String rootPath() {
			int second = path.indexOf('/', 1);
			return path.substring(0, second + 1);
		}
	}
}
