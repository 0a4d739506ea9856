package cn.qingdan.catalogue;

/**
 * The columns of a catalogue sheet, in order, with their Chinese headers. The same columns are used by the xlsx
 * import/export and by the shipped template ({@code classpath:catalogue/template.csv}). Multi-valued cells
 * (departments, aliases, keywords) separate values with "；" (or ";" or "、"); dates are yyyy-MM-dd; yes/no cells
 * take 是/否. Burden patterns, examples and near misses (prohibited items only) are one per line (or separated by
 * "｜"), since a pattern or an example may itself contain "、" or "；".
 */
public enum ItemColumn {

	CODE("编码", true),
	LIST("清单", true),
	NAME("名称", true),
	CATEGORY("类别", false),
	DESCRIPTION("内容说明", false),
	BASIS_DOCUMENT("依据文件", false),
	BASIS_ARTICLE("依据条款", false),
	DEPARTMENTS("责任部门", false),
	ALIASES("别名", false),
	KEYWORDS("关键词", false),
	SOURCE("参考来源", false, "来源"),
	SOURCE_URL("参考来源链接", false, "来源链接"),
	VALID_FROM("生效日期", false),
	VALID_TO("失效日期", false),
	FUNDING("经费标准（元/村·年）", false),
	AGREEMENT("须签委托协议", false),
	OCCURRENCES("年均次数", false),
	HOURS("每次工时（小时）", false),
	GUIDE("办事指南", false),
	MATERIALS("所需材料", false),
	TEMPLATE("证明样式", false),
	TIME_LIMIT("办理时限（工作日，0为当场办结）", false),
	VERIFIER("核验单位", false),
	ALTERNATIVE("替代方式", false),
	NOTE("备注", false),
	PATTERNS("负担模式", false),
	EXAMPLES("应拦例句", false),
	NEAR_MISSES("不应拦例句", false),
	PRICE_BASIS("价格或经费依据", false),
	SUPPLIERS("可承接主体", false),
	MIN_RATING("社会组织最低评估等级", false);

	private final String header;
	private final boolean required;
	private final String formerHeader;

	ItemColumn(String header, boolean required) {
		this(header, required, null);
	}

	ItemColumn(String header, boolean required, String formerHeader) {
		this.header = header;
		this.required = required;
		this.formerHeader = formerHeader;
	}

	/** Whether a sheet's header cell names this column (its header, or the header it had before, for older files). */
	public boolean matches(String text) {
		return header.equals(text) || formerHeader != null && formerHeader.equals(text);
	}

	/** The list a column belongs to only, or null for a column of every list (or of several, see {@link #appliesTo}). */
	public ListType onlyFor() {
		return switch (this) {
			case OCCURRENCES, HOURS -> ListType.ASSISTANCE;
			case GUIDE, MATERIALS, TEMPLATE, TIME_LIMIT -> ListType.CERTIFICATE_RETAINED;
			case VERIFIER, ALTERNATIVE -> ListType.CERTIFICATE_NOT_ISSUABLE;
			case PATTERNS, EXAMPLES, NEAR_MISSES -> ListType.PROHIBITED;
			case PRICE_BASIS, SUPPLIERS, MIN_RATING -> ListType.SERVICE_PURCHASE;
			default -> null;
		};
	}

	/** Whether an item of the list has this column: the funding standard and the agreement belong to assistance and purchase. */
	public boolean appliesTo(ListType list) {
		if (this == FUNDING || this == AGREEMENT) {
			return list == ListType.ASSISTANCE || list == ListType.SERVICE_PURCHASE;
		}
		return onlyFor() == null || onlyFor() == list;
	}

	/** The columns an item of the list has (all of them when no list is given), in order. */
	public static java.util.List<ItemColumn> forList(ListType list) {
		return java.util.Arrays.stream(values()).filter(c -> list == null || c.appliesTo(list)).toList();
	}

	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}
}
