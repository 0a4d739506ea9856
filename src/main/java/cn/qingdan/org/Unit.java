package cn.qingdan.org;

/** A unit of the tree. */
public record Unit(long id, String name, Type type, String regionCode, Long parentId, String path, int sortOrder,
		String contact, boolean enabled) {

	public enum Type {
		COUNTY("县（市、区）"), OFFICE("减负办"), DEPARTMENT("县级部门"), TOWNSHIP("乡镇（街道）"), VILLAGE("村（社区）");

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
