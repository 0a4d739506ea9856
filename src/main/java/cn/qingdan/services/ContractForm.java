package cn.qingdan.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a buyer enters for a new contract. Clauses and milestones are one per line, parts separated by “｜” (or “|”):
 * clauses {@code 条款｜可计量的服务标准｜居民参与评价（是/否，可省略）}, milestones {@code 付款节点｜日期｜金额}.
 */
public class ContractForm {

	private String title;
	private Long supplierId;
	private String itemCode;
	private String admissionNumber;
	private List<Long> villageIds = new ArrayList<>();
	private LocalDate termStart;
	private LocalDate termEnd;
	private LocalDate signedOn;
	private String amount;
	private Integer budgetYear;
	private String clauses;
	private String milestones;

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Long getSupplierId() { return supplierId; }
	public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
	public String getItemCode() { return itemCode; }
	public void setItemCode(String itemCode) { this.itemCode = itemCode; }
	public String getAdmissionNumber() { return admissionNumber; }
	public void setAdmissionNumber(String admissionNumber) { this.admissionNumber = admissionNumber; }
	public List<Long> getVillageIds() { return villageIds; }
	public void setVillageIds(List<Long> villageIds) { this.villageIds = villageIds == null ? new ArrayList<>() : villageIds; }
	public LocalDate getTermStart() { return termStart; }
	public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
	public LocalDate getTermEnd() { return termEnd; }
	public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
	public LocalDate getSignedOn() { return signedOn; }
	public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
	public String getAmount() { return amount; }
	public void setAmount(String amount) { this.amount = amount; }
	public Integer getBudgetYear() { return budgetYear; }
	public void setBudgetYear(Integer budgetYear) { this.budgetYear = budgetYear; }
	public String getClauses() { return clauses; }
	public void setClauses(String clauses) { this.clauses = clauses; }
	public String getMilestones() { return milestones; }
	public void setMilestones(String milestones) { this.milestones = milestones; }
}
