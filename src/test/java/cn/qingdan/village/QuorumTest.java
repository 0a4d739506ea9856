package cn.qingdan.village;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.RuleViolation;
import cn.qingdan.village.Quorum.MeetingType;
import cn.qingdan.village.Quorum.Vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The law's meeting rules: 村民委员会组织法 第二十二条 and 第二十六条. */
class QuorumTest {

	@Test
	void aVillagersMeetingNeedsMoreThanHalfOfTheAdultsOrTwoThirdsOfTheHouseholds() {
		assertThat(Quorum.check(new Vote(MeetingType.VILLAGERS, 100, 60, 51, 0, 30, 10, 11))).isTrue();
		assertThatThrownBy(() -> Quorum.check(new Vote(MeetingType.VILLAGERS, 100, 60, 50, 39, 40, 5, 5)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("第二十二条")
			.hasMessageContaining("本次到会 50 人（十八周岁以上村民 100 人），户代表 39 户（共 60 户）");
		// exactly two thirds of the households is enough
		assertThat(Quorum.check(new Vote(MeetingType.VILLAGERS, 100, 60, 50, 40, 26, 20, 4))).isTrue();
	}

	@Test
	void aRepresentativesMeetingNeedsTwoThirdsOfItsMembers() {
		assertThatThrownBy(() -> Quorum.check(new Vote(MeetingType.REPRESENTATIVES, 30, 0, 19, 0, 19, 0, 0)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("第二十六条：村民代表会议有三分之二以上的组成人员参加方可召开")
			.hasMessageContaining("本次到会 19 人（村民代表 30 人）");
		assertThat(Quorum.check(new Vote(MeetingType.REPRESENTATIVES, 30, 0, 20, 0, 11, 9, 0))).isTrue();
	}

	@Test
	void aDecisionNeedsMoreThanHalfOfThosePresent() {
		assertThat(Quorum.check(new Vote(MeetingType.REPRESENTATIVES, 30, 0, 20, 0, 10, 10, 0))).isFalse();
		assertThat(Quorum.check(new Vote(MeetingType.REPRESENTATIVES, 30, 0, 20, 0, 11, 0, 9))).isTrue();
	}

	@Test
	void countsThatCannotBeAreRefused() {
		assertThatThrownBy(() -> Quorum.check(new Vote(MeetingType.REPRESENTATIVES, 30, 0, 25, 0, 20, 5, 1)))
			.hasMessage("赞成、反对、弃权票合计不能多于到会人数");
		assertThatThrownBy(() -> Quorum.check(new Vote(MeetingType.REPRESENTATIVES, 30, 0, 31, 0, 20, 0, 0)))
			.hasMessage("到会人数不能多于应到人数");
		assertThatThrownBy(() -> Quorum.check(new Vote(null, 30, 0, 25, 0, 20, 0, 0)))
			.hasMessageContaining("请选择会议类型");
	}
}
