package cn.qingdan.village;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of village self-governance.
 *
 * @param replyWorkingDays working days the village has to answer a villager's opinion
 * @param inquiryWorkingDays working days the village has to answer a question about a disclosure (质询)
 * @param publicityDays default days a resolution or result stays posted (each notice may set its own)
 * @param unsatisfiedShareLimit a cadre whose 不满意 share of the ballots is above this (in percent) is below the line
 * @param formBurst public opinions a client address may leave at once
 * @param formPerSecond public opinions per second a client address may leave in the long run
 */
@ConfigurationProperties("qingdan.village")
record VillageProperties(@DefaultValue("10") int replyWorkingDays, @DefaultValue("5") int inquiryWorkingDays,
		@DefaultValue("7") int publicityDays, @DefaultValue("33") int unsatisfiedShareLimit,
		@DefaultValue("5") int formBurst, @DefaultValue("0.02") double formPerSecond) {
}
