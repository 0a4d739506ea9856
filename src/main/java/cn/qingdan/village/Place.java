package cn.qingdan.village;

import cn.qingdan.org.Unit;

/** The village a record belongs to: its unit, name, path (data scope), division code and county. */
record Place(long villageId, String name, String path, String code, long countyId) {

	/** The village as villagers say it: 田庄村 for 田庄村委会, 人民东路社区 for 人民东路社区居委会. */
	public String label() {
		return label(name);
	}

	private static final java.util.regex.Pattern COMMITTEE = java.util.regex.Pattern.compile("(村|社区)(居民委员会|民委员会|居委会|委会)$");

	static String label(String name) {
		return name == null ? null : COMMITTEE.matcher(name).replaceFirst("$1");
	}

	static Place of(Unit village) {
		return new Place(village.id(), village.name(), village.path(), village.regionCode(),
				Long.parseLong(village.path().substring(1, village.path().indexOf('/', 1))));
	}
}
