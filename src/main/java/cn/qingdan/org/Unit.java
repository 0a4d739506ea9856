package cn.qingdan.org;

/** A unit of the tree. */
public record Unit(long id, String name, Type type, String regionCode, Long parentId, String path, int sortOrder,
		String contact, boolean enabled) {

	public enum Type {
		COUNTY("县（市、区）"), OFFICE("减负办"), DEPARTMENT("县级部门"), TOWNSHIP("乡镇（街道）"), VILLAGE("村（社区）"),
		/** 县人大常委会: appears as a responsible unit in implementation plans (任务分工). */
		CONGRESS("人大"),
		/** 县政协. */
		CPPCC("政协"),
		/** 县人民法院. */
		COURT("法院"),
		/** 县人民检察院. */
		PROCURATORATE("检察院"),
		/** 县纪委监委. */
		DISCIPLINE("纪委监委"),
		/** 群团组织: 团县委, 县妇联, 县总工会. */
		MASS_ORGANISATION("群团组织"),
		/** 经开区, 产业园区 (their management committees). */
		DEVELOPMENT_ZONE("开发区（园区）"),
		/** 驻县单位 managed from above (垂直管理): 县消防救援大队 …. */
		STATIONED("驻县单位"),
		/** A city's or a province's burden-reduction office (市、省基层减负办), the root of a tree of its own. */
		REGION_OFFICE("上级基层减负办");

		/** County-level units that are not the office: they can be responsible units and have officers. */
		public static final java.util.Set<Type> COUNTY_LEVEL = java.util.EnumSet.of(DEPARTMENT, CONGRESS, CPPCC, COURT,
				PROCURATORATE, DISCIPLINE, MASS_ORGANISATION, DEVELOPMENT_ZONE, STATIONED);

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
