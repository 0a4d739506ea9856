package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An implementation plan (实施方案) and its parts: 总体要求, 目标 (with horizon years), 主要任务 (the tree of
 * {@link PlanNode}s), 进度安排 and 保障措施; issued by one or more units, owned by the first of them.
 */
public record Plan(long id, long countyUnitId, String title, String documentNumber, String issuers, LocalDate issuedOn,
		String horizonYears, String requirements, String goals, String schedule, String safeguards, Long ownerUnitId,
		LocalDate createdOn, int version) {

	/**
	 * The day reporting periods are owed from: the issue date, or the day the plan entered the platform when it was
	 * imported later (periods that ended before it was imported are not owed).
	 */
	public LocalDate reportingFrom() {
		return createdOn != null && createdOn.isAfter(issuedOn) ? createdOn : issuedOn;
	}

	/** The horizon years (2025, 2035), in order. */
	public List<Integer> horizons() {
		if (horizonYears == null || horizonYears.isBlank()) {
			return List.of();
		}
		return Arrays.stream(horizonYears.split("[,，、\\s]+")).filter(s -> s.matches("\\d{4}")).map(Integer::valueOf).sorted().toList();
	}

	/** The issuers one by one. */
	public List<String> issuerList() {
		return Arrays.stream(issuers.split("[,，、]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
