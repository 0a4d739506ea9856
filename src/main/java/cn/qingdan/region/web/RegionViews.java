package cn.qingdan.region.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.qingdan.region.Region;

/** What the API and pages show of a region: records, never the table rows. */
final class RegionViews {

	private RegionViews() {
	}

	@Schema(description = "行政区划")
	record RegionItem(@Schema(description = "12 位统计用区划代码", example = "610431000000") String code,
			@Schema(description = "名称", example = "武功县") String name,
			@Schema(description = "级别：PROVINCE 省、CITY 市、COUNTY 县、TOWNSHIP 乡镇（街道）、VILLAGE 村（社区）") Region.Level level,
			@Schema(description = "级别名称", example = "县") String levelLabel,
			@Schema(description = "上级代码，省级为空", example = "610400000000") String parentCode,
			@Schema(description = "下级区划数量") int childCount) {

		static RegionItem of(Region r, int childCount) {
			return new RegionItem(r.code(), r.name(), r.level(), r.level().label(), r.parentCode(), childCount);
		}
	}

	@Schema(description = "行政区划及其上级路径")
	record RegionDetail(String code, String name, Region.Level level, String levelLabel, String parentCode,
			int childCount, @Schema(description = "从省级开始的上级区划（不含本级）") List<RegionRef> ancestors,
			@Schema(description = "完整名称", example = "陕西省 / 咸阳市 / 武功县") String fullName) {
	}

	@Schema(description = "上级区划")
	record RegionRef(String code, String name, Region.Level level) {

		static RegionRef of(Region r) {
			return new RegionRef(r.code(), r.name(), r.level());
		}
	}

	@Schema(description = "按名称查询的结果")
	record SearchHit(String code, String name, Region.Level level, String levelLabel,
			@Schema(description = "完整名称", example = "陕西省 / 咸阳市 / 武功县 / 普集街道") String fullName) {
	}
}
