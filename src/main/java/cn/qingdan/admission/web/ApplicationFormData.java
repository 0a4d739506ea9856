package cn.qingdan.admission.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.qingdan.admission.Application;
import cn.qingdan.admission.ApplicationForm;
import cn.qingdan.screening.RequestKind;

/** The application form as posted (strings and simple values, bound by Spring MVC). */
public class ApplicationFormData {

	private String title;
	private RequestKind kind = RequestKind.TASK;
	private String content;
	private String legalBasis;
	private Application.ScopeType scopeType = Application.ScopeType.ALL;
	private List<Long> townshipIds = new ArrayList<>();
	private List<Long> villageIds = new ArrayList<>();
	private LocalDate periodStart;
	private LocalDate periodEnd;
	private Integer occurrencesPerYear;
	private BigDecimal hoursPerOccurrence;
	private BigDecimal fundingPerVillage;
	private String budgetSource;
	private String staff;
	private String authority;
	private boolean delegationAgreement;
	private String contactName;
	private String contactPhone;
	private boolean emergency;
	private String emergencyReason;
	private LocalDate implementedOn;
	private String retireNumber;

	ApplicationForm toForm() {
		List<Long> scope = switch (scopeType == null ? Application.ScopeType.ALL : scopeType) {
			case ALL -> List.of();
			case TOWNSHIPS -> townshipIds;
			case VILLAGES -> villageIds;
		};
		return new ApplicationForm(title, kind, content, legalBasis, scopeType, scope, periodStart, periodEnd,
				occurrencesPerYear, hoursPerOccurrence, fundingPerVillage, budgetSource, staff, authority,
				delegationAgreement, contactName, contactPhone, emergency, emergencyReason, implementedOn, retireNumber);
	}

	static ApplicationFormData of(Application a) {
		ApplicationFormData f = new ApplicationFormData();
		f.title = a.title();
		f.kind = a.kind();
		f.content = a.content();
		f.legalBasis = a.legalBasis();
		f.scopeType = a.scopeType();
		if (a.scopeType() == Application.ScopeType.TOWNSHIPS) {
			f.townshipIds = new ArrayList<>(a.scopeUnitIds());
		}
		if (a.scopeType() == Application.ScopeType.VILLAGES) {
			f.villageIds = new ArrayList<>(a.scopeUnitIds());
		}
		f.periodStart = a.periodStart();
		f.periodEnd = a.periodEnd();
		f.occurrencesPerYear = a.occurrencesPerYear();
		f.hoursPerOccurrence = a.hoursPerOccurrence();
		f.fundingPerVillage = a.fundingPerVillage();
		f.budgetSource = a.budgetSource();
		f.staff = a.staff();
		f.authority = a.authority();
		f.delegationAgreement = a.delegationAgreement();
		f.contactName = a.contactName();
		f.emergency = a.emergency();
		f.emergencyReason = a.emergencyReason();
		f.implementedOn = a.implementedOn();
		f.retireNumber = a.retireNumber();
		return f;
	}

	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public RequestKind getKind() { return kind; }
	public void setKind(RequestKind v) { kind = v; }
	public String getContent() { return content; }
	public void setContent(String v) { content = v; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String v) { legalBasis = v; }
	public Application.ScopeType getScopeType() { return scopeType; }
	public void setScopeType(Application.ScopeType v) { scopeType = v; }
	public List<Long> getTownshipIds() { return townshipIds; }
	public void setTownshipIds(List<Long> v) { townshipIds = v == null ? new ArrayList<>() : v; }
	public List<Long> getVillageIds() { return villageIds; }
	public void setVillageIds(List<Long> v) { villageIds = v == null ? new ArrayList<>() : v; }
	public LocalDate getPeriodStart() { return periodStart; }
	public void setPeriodStart(LocalDate v) { periodStart = v; }
	public LocalDate getPeriodEnd() { return periodEnd; }
	public void setPeriodEnd(LocalDate v) { periodEnd = v; }
	public Integer getOccurrencesPerYear() { return occurrencesPerYear; }
	public void setOccurrencesPerYear(Integer v) { occurrencesPerYear = v; }
	public BigDecimal getHoursPerOccurrence() { return hoursPerOccurrence; }
	public void setHoursPerOccurrence(BigDecimal v) { hoursPerOccurrence = v; }
	public BigDecimal getFundingPerVillage() { return fundingPerVillage; }
	public void setFundingPerVillage(BigDecimal v) { fundingPerVillage = v; }
	public String getBudgetSource() { return budgetSource; }
	public void setBudgetSource(String v) { budgetSource = v; }
	public String getStaff() { return staff; }
	public void setStaff(String v) { staff = v; }
	public String getAuthority() { return authority; }
	public void setAuthority(String v) { authority = v; }
	public boolean isDelegationAgreement() { return delegationAgreement; }
	public void setDelegationAgreement(boolean v) { delegationAgreement = v; }
	public String getContactName() { return contactName; }
	public void setContactName(String v) { contactName = v; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String v) { contactPhone = v; }
	public boolean isEmergency() { return emergency; }
	public void setEmergency(boolean v) { emergency = v; }
	public String getEmergencyReason() { return emergencyReason; }
	public void setEmergencyReason(String v) { emergencyReason = v; }
	public LocalDate getImplementedOn() { return implementedOn; }
	public void setImplementedOn(LocalDate v) { implementedOn = v; }
	public String getRetireNumber() { return retireNumber; }
	public void setRetireNumber(String v) { retireNumber = v; }
}
