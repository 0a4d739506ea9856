package cn.qingdan.village;

import cn.qingdan.org.Unit;

/** The village a record belongs to: its unit, name, path (data scope), division code and county. */
record Place(long villageId, String name, String path, String code, long countyId) {

	static Place of(Unit village) {
		return new Place(village.id(), village.name(), village.path(), village.regionCode(),
				Long.parseLong(village.path().substring(1, village.path().indexOf('/', 1))));
	}
}
