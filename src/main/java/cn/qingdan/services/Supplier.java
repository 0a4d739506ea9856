package cn.qingdan.services;

import java.time.LocalDate;

/**
 * Who undertakes a purchased service: a social organisation (registration number, evaluation grade and the day it was
 * rated) or a village's own organisation (村（社区）组织).
 */
public record Supplier(long id, long countyUnitId, Kind kind, String name, Long villageUnitId, String registrationNumber,
		String rating, LocalDate ratedOn, int version) {

	/** An evaluation grade counts for five years from the day it was rated (《社会组织评估管理办法》). */
	public static final int RATING_VALID_YEARS = 5;

	public enum Kind {
		SOCIAL_ORG("社会组织"), VILLAGE("村（社区）组织");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The last day the grade counts, or null without a grade. */
	public LocalDate ratingValidTo() {
		return ratedOn == null ? null : ratedOn.plusYears(RATING_VALID_YEARS).minusDays(1);
	}

	/** Whether the grade counts on the day. */
	public boolean ratingValidOn(LocalDate day) {
		return rating != null && ratedOn != null && !day.isBefore(ratedOn) && !day.isAfter(ratingValidTo());
	}

	/** 4A（2025-06-18 评定） or 未评估. */
	public String ratingText() {
		return rating == null ? "未评估" : rating + "（" + ratedOn + " 评定）";
	}
}
