package cn.qingdan.ledger;

/**
 * The ledgers' fixed vocabularies, each with the Chinese a clerk reads. Every vocabulary is {@link Labelled}, and one
 * {@link #parse} reads a value from a form, an import or an API by its code or its Chinese label.
 */
final class Ledger {

	private Ledger() {
	}

	/** A value with the Chinese a clerk reads. */
	interface Labelled {

		String label();
	}

	/**
	 * The constant named {@code value} (code, any case, or Chinese label; blanks stripped), or null when blank or not
	 * one of them.
	 */
	static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value) {
		String t = value == null ? "" : value.strip();
		if (t.isEmpty()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(t) || e.label().equals(t)) {
				return e;
			}
		}
		return null;
	}

	/** Where a board hangs. */
	enum Place implements Labelled {
		OUTSIDE("门口"), INSIDE("室内"), HALL("服务大厅");

		private final String label;

		Place(String label) { this.label = label; }

		@Override
		public String label() { return label; }
	}

	/** What happens to a board or wall rule. */
	enum Status implements Labelled {
		KEEP("保留"), MERGE("整合并入"), REMOVE("拆除"), REPLACE("更换");

		private final String label;

		Status(String label) { this.label = label; }

		@Override
		public String label() { return label; }

		boolean cut() {
			return this != KEEP;
		}
	}

	/** Why a board is merged, removed or replaced (the seeds' reasons). */
	enum Reason implements Labelled {
		MISMATCH("标识与功能不符"), IDLE("无实际业务活动"), LAPSED("失效"), OUT_OF_SPEC("不在规格内"), UNADMITTED("未经准入"),
		SIMILAR("内容相近、服务对象相同");

		private final String label;

		Reason(String label) { this.label = label; }

		@Override
		public String label() { return label; }
	}

	/** The village's declaration and the township's check. */
	enum Declaration implements Labelled {
		DRAFT("未申报"), DECLARED("已申报待核实"), VERIFIED("乡镇已核实"), RETURNED("乡镇退回");

		private final String label;

		Declaration(String label) { this.label = label; }

		@Override
		public String label() { return label; }
	}

	enum Channel implements Labelled {
		WECHAT("微信工作群"), QQ("QQ群"), DINGTALK("钉钉群"), APP("政务APP"), MINI_PROGRAM("小程序");

		private final String label;

		Channel(String label) { this.label = label; }

		@Override
		public String label() { return label; }

		boolean isGroup() {
			return this == WECHAT || this == QQ || this == DINGTALK;
		}
	}

	/** What a group or app demands of village cadres; every one is banned (指尖上的形式主义). */
	enum Demand implements Labelled {
		CHECK_IN("打卡"), POINTS("积分"), ONLINE_TIME("在线时长"), SCREENSHOT("截图"), RELAY("接龙");

		private final String label;

		Demand(String label) { this.label = label; }

		@Override
		public String label() { return label; }
	}

	enum GroupStatus implements Labelled {
		ACTIVE("在用"), MERGED("已合并"), CLOSED("已关闭");

		private final String label;

		GroupStatus(String label) { this.label = label; }

		@Override
		public String label() { return label; }
	}

	enum Frequency implements Labelled {
		ONCE("一次性"), MONTHLY("每月"), QUARTERLY("每季度"), HALF_YEARLY("每半年"), YEARLY("每年"), AD_HOC("不定期");

		private final String label;

		Frequency(String label) { this.label = label; }

		@Override
		public String label() { return label; }

		/** Fillings per year, for the burden of a form. */
		int perYear() {
			return switch (this) {
				case ONCE, YEARLY -> 1;
				case MONTHLY -> 12;
				case QUARTERLY -> 4;
				case HALF_YEARLY -> 2;
				case AD_HOC -> 6;
			};
		}
	}

	enum VisitKind implements Labelled {
		INSPECTION("督查检查"), RESEARCH("调研"), ASSESSMENT("考核评比"), MEETING("会议");

		private final String label;

		VisitKind(String label) { this.label = label; }

		@Override
		public String label() { return label; }

		/** Whether the weekly cap counts it (the 黔南 measure caps inspections and research visits). */
		boolean capped() {
			return this != MEETING;
		}
	}
}
