package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.qingdan.screening.RequestKind;

/** What a department officer enters for an application (all optional until submission). */
public record ApplicationForm(String title, RequestKind kind, String content, String legalBasis,
		Application.ScopeType scopeType, List<Long> scopeUnitIds, LocalDate periodStart, LocalDate periodEnd,
		Integer occurrencesPerYear, BigDecimal hoursPerOccurrence, BigDecimal fundingPerVillage, String budgetSource,
		String staff, String authority, boolean delegationAgreement, String contactName, String contactPhone,
		boolean emergency, String emergencyReason, LocalDate implementedOn, String retireNumber) {

	public ApplicationForm {
		scopeUnitIds = scopeUnitIds == null ? List.of() : List.copyOf(scopeUnitIds);
	}
}
