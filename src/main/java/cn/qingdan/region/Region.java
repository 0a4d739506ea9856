package cn.qingdan.region;

/**
 * One division. {@code code} is always 12 digits (province 2, city 2, county 2, township 3, village 3, zero-padded).
 */
public record Region(String code, String name, Level level, String parentCode) {

	public enum Level {
		PROVINCE("省"), CITY("市"), COUNTY("县"), TOWNSHIP("乡镇（街道）"), VILLAGE("村（社区）");

		private final String label;

		Level(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static Level of(int depth) {
			return values()[depth - 1];
		}

		public int depth() {
			return ordinal() + 1;
		}
	}
}
