package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;

/** An admission application (准入申请) as stored, with its screening verdict and review state. */
public record Application(long id, long countyUnitId, long departmentUnitId, String departmentPath, String createdBy,
		Instant createdAt, String title, RequestKind kind, String content, String legalBasis, ScopeType scopeType,
		List<Long> scopeUnitIds, LocalDate periodStart, LocalDate periodEnd, Integer occurrencesPerYear,
		BigDecimal hoursPerOccurrence, BigDecimal fundingPerVillage, String budgetSource, String staff,
		String authority, boolean delegationAgreement, String contactName, boolean emergency, String emergencyReason,
		LocalDate implementedOn, LocalDate filingDeadline, Status status, Outcome screeningList,
		String screeningItemCode, String screeningItemName, String screeningBasis, Double screeningConfidence,
		List<String> screeningEvidence, Outcome routeList, String contestReason, String overrideNote,
		String overrideBy, Instant submittedAt, LocalDate decisionDeadline, LocalDate consultDeadline,
		String assessment, String assessedBy, Instant decidedAt, String decidedBy, String decisionNote,
		String admissionNumber, LocalDate expiresOn, Instant revokedAt, String revokeReason, String retireNumber,
		Long renewalOf, int version, List<Screening.Item> screeningAlso) {

	public enum ScopeType {
		ALL("全县所有村（社区）"), TOWNSHIPS("部分乡镇（街道）所辖村（社区）"), VILLAGES("指定村（社区）");

		private final String label;

		ScopeType(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Status {
		DRAFT("草稿"), REFUSED("不予准入"), NOT_ADMISSIBLE("属自治事项不予交办"), CONTESTED("异议复核中"),
		CONSULTING("征求乡镇意见中"), ASSESSING("减负办评估中"), AWAITING_DECISION("待审定"), ADMITTED("已准入"),
		REJECTED("审定未通过"), REVOKED("已撤销"), WITHDRAWN("已撤回"), EMERGENCY("应急实施待备案"), FILED("已备案");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Under review on the decision clock. */
		public boolean onClock() {
			return this == CONSULTING || this == ASSESSING || this == AWAITING_DECISION;
		}
	}

	/** The outcome that routes the application: an office override if any, else the screening verdict. */
	public Outcome effectiveList() {
		return routeList != null ? routeList : screeningList;
	}

	/** Burden per village per year in hours: occurrences × hours per occurrence (0 when not estimated). */
	public BigDecimal hoursPerVillageYear() {
		if (occurrencesPerYear == null || hoursPerOccurrence == null) {
			return BigDecimal.ZERO;
		}
		return hoursPerOccurrence.multiply(BigDecimal.valueOf(occurrencesPerYear));
	}

	/** Whether the admitted matter is past its expiry on the given day. */
	public boolean expiredOn(LocalDate day) {
		return expiresOn != null && day.isAfter(expiresOn);
	}

	/** Whether the admitted matter's period has not begun on the given day (it is registered but not yet in force). */
	public boolean notYetInForce(LocalDate day) {
		return periodStart != null && day.isBefore(periodStart);
	}

	/** Under review on the fast track (an assistance matter): the shorter decision deadline applies. */
	public boolean fastTrack() {
		return status.onClock() && effectiveList() == Outcome.ASSISTANCE;
	}

	/** Every item the screening cited: the first, then any further item of the same list. */
	public List<String> citedItems() {
		List<String> all = new java.util.ArrayList<>();
		if (screeningItemCode != null) {
			all.add(screeningItemCode + " " + screeningItemName);
		}
		screeningAlso.forEach(i -> all.add(i.code() + " " + i.name()));
		return all;
	}

	/** Status as the public register shows it. */
	public String registerStatus(LocalDate today) {
		return switch (status) {
			case ADMITTED -> expiredOn(today) ? "已到期" : notYetInForce(today) ? "未生效" : "有效";
			case REVOKED -> "已撤销";
			case FILED -> "应急备案";
			default -> status.label();
		};
	}
}
