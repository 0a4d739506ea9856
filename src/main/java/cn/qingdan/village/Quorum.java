package cn.qingdan.village;

import cn.qingdan.shared.RuleViolation;

/**
 * The meeting rules of the Organic Law of Villagers' Committees (《中华人民共和国村民委员会组织法》): a villagers' meeting
 * needs more than half of the adult villagers, or the representatives of two thirds of the households (第二十二条); a
 * representatives' meeting needs two thirds of its members (第二十六条); decisions by more than half of those present.
 * A vote that breaks a rule is refused with the rule cited; nothing is recorded.
 */
final class Quorum {

	enum MeetingType {
		VILLAGERS("村民会议"), REPRESENTATIVES("村民代表会议");

		final String label;

		MeetingType(String label) {
			this.label = label;
		}
	}

	/** The counts of one vote. Households apply to a villagers' meeting only (0 otherwise). */
	record Vote(MeetingType type, int eligible, int households, int present, int householdsPresent, int votesFor,
			int against, int abstain) {
	}

	static final String VILLAGERS_RULE = "《村民委员会组织法》第二十二条：召开村民会议，应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加";

	static final String REPRESENTATIVES_RULE = "《村民委员会组织法》第二十六条：村民代表会议有三分之二以上的组成人员参加方可召开";

	static final String DECISION_RULE = "所作决定应当经到会人员的过半数通过";

	private Quorum() {
	}

	/** Checks the counts and the quorum; returns whether the decision passed (more than half of those present for it). */
	static boolean check(Vote v) {
		if (v.type() == null) {
			throw new RuleViolation("meetingType", "请选择会议类型（村民会议或村民代表会议）");
		}
		if (v.eligible() <= 0 || v.present() < 0 || v.votesFor() < 0 || v.against() < 0 || v.abstain() < 0
				|| v.households() < 0 || v.householdsPresent() < 0 || v.eligible() > 100_000 || v.households() > 100_000) {
			throw new RuleViolation("eligible", "人数应为不小于 0 的整数，应到人数须大于 0");
		}
		if (v.present() > v.eligible()) {
			throw new RuleViolation("present", "到会人数不能多于应到人数");
		}
		if (v.householdsPresent() > v.households()) {
			throw new RuleViolation("householdsPresent", "到会户代表不能多于总户数");
		}
		if ((long) v.votesFor() + v.against() + v.abstain() > v.present()) {
			throw new RuleViolation("votesFor", "赞成、反对、弃权票合计不能多于到会人数");
		}
		if (v.type() == MeetingType.VILLAGERS) {
			boolean halfOfAdults = 2L * v.present() > v.eligible();
			boolean twoThirdsOfHouseholds = v.households() > 0 && 3L * v.householdsPresent() >= 2L * v.households();
			if (!halfOfAdults && !twoThirdsOfHouseholds) {
				throw new RuleViolation("present", "不足法定人数，不能表决。" + VILLAGERS_RULE + "。本次到会 " + v.present()
						+ " 人（十八周岁以上村民 " + v.eligible() + " 人），户代表 " + v.householdsPresent() + " 户（共 "
						+ v.households() + " 户）");
			}
		}
		else if (3L * v.present() < 2L * v.eligible()) {
			throw new RuleViolation("present", "不足法定人数，不能表决。" + REPRESENTATIVES_RULE + "。本次到会 " + v.present()
					+ " 人（村民代表 " + v.eligible() + " 人）");
		}
		return 2L * v.votesFor() > v.present();
	}
}
