package cn.qingdan.admission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the gate, in working days on the official calendar.
 *
 * @param decisionDays from submission to the approver's decision (full review)
 * @param fastTrackDays from submission to the decision for an assistance matter (fast track)
 * @param consultationDays for affected townships to comment
 * @param filingDays for an emergency to be filed after it was implemented
 * @param reportResponseDays for the office to answer a village's report
 * @param maxValidityYears longest validity of an admission
 */
@ConfigurationProperties("qingdan.admission")
record AdmissionProperties(@DefaultValue("15") int decisionDays, @DefaultValue("10") int fastTrackDays,
		@DefaultValue("5") int consultationDays,
		@DefaultValue("3") int filingDays, @DefaultValue("5") int reportResponseDays,
		@DefaultValue("3") int maxValidityYears) {
}
