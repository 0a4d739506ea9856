package cn.qingdan.ledger;

/** The ledgers' fixed vocabularies, each with the Chinese a clerk reads. */
final class Ledger {

	private Ledger() {
	}

	/** Where a board hangs. */
	enum Place {
		OUTSIDE("门口"), INSIDE("室内"), HALL("服务大厅");

		final String label;

		Place(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		static Place parse(String s) {
			for (Place p : values()) {
				if (p.name().equalsIgnoreCase(s == null ? "" : s.strip()) || p.label.equals(s == null ? "" : s.strip())) {
					return p;
				}
			}
			return null;
		}
	}

	/** What happens to a board or wall rule. */
	enum Status {
		KEEP("保留"), MERGE("整合并入"), REMOVE("拆除"), REPLACE("更换");

		final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		boolean cut() {
			return this != KEEP;
		}
	}

	/** Why a board is merged, removed or replaced (the seeds' reasons). */
	enum Reason {
		MISMATCH("标识与功能不符"), IDLE("无实际业务活动"), LAPSED("失效"), OUT_OF_SPEC("不在规格内"), UNADMITTED("未经准入"),
		SIMILAR("内容相近、服务对象相同");

		final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The village's declaration and the township's check. */
	enum Declaration {
		DRAFT("未申报"), DECLARED("已申报待核实"), VERIFIED("乡镇已核实"), RETURNED("乡镇退回");

		final String label;

		Declaration(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	enum Channel {
		WECHAT("微信工作群"), QQ("QQ群"), DINGTALK("钉钉群"), APP("政务APP"), MINI_PROGRAM("小程序");

		final String label;

		Channel(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		boolean isGroup() {
			return this == WECHAT || this == QQ || this == DINGTALK;
		}
	}

	/** What a group or app demands of village cadres; every one is banned (指尖上的形式主义). */
	enum Demand {
		CHECK_IN("打卡"), POINTS("积分"), ONLINE_TIME("在线时长"), SCREENSHOT("截图"), RELAY("接龙");

		final String label;

		Demand(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	enum GroupStatus {
		ACTIVE("在用"), MERGED("已合并"), CLOSED("已关闭");

		final String label;

		GroupStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	enum Frequency {
		ONCE("一次性"), MONTHLY("每月"), QUARTERLY("每季度"), HALF_YEARLY("每半年"), YEARLY("每年"), AD_HOC("不定期");

		final String label;

		Frequency(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

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

		static Frequency parse(String s) {
			String t = s == null ? "" : s.strip();
			for (Frequency f : values()) {
				if (f.name().equalsIgnoreCase(t) || f.label.equals(t)) {
					return f;
				}
			}
			return null;
		}
	}

	enum VisitKind {
		INSPECTION("督查检查"), RESEARCH("调研"), ASSESSMENT("考核评比"), MEETING("会议");

		final String label;

		VisitKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Whether the weekly cap counts it (the 黔南 measure caps inspections and research visits). */
		boolean capped() {
			return this != MEETING;
		}
	}
}
