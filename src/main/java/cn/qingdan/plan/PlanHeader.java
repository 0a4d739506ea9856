package cn.qingdan.plan;

/** A plan's header as entered on import: title, 文号, issuers, issue date, horizon years and the text parts. */
public record PlanHeader(String title, String documentNumber, String issuers, java.time.LocalDate issuedOn, String horizonYears,
		String requirements, String goals, String schedule, String safeguards, Long ownerUnitId) {
}
