package cn.qingdan.org;

/** A unit of the tree. */
public record Unit(long id, String name, Type type, String regionCode, Long parentId, String path, int sortOrder,
		String contact, boolean enabled) {

	public enum Type {
		COUNTY("县（市、区）"), OFFICE("减负办"), DEPARTMENT("县级部门"), TOWNSHIP("乡镇（街道）"), VILLAGE("村（社区）"),
		/** A city's or a province's burden-reduction office (市、省基层减负办), the root of a tree of its own. */
		REGION_OFFICE("上级基层减负办");

		private final String label;

		Type(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Depth in the tree, the county being 1. */
	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 1;
	}
}
