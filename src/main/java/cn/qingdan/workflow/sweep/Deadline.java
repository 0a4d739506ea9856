package cn.qingdan.workflow.sweep;

import java.time.LocalDate;
import java.util.Set;

/**
 * An open item's deadline and who must act on it.
 *
 * @param key identifies the item across sweeps, e.g. {@code admission-consultation:12:57} (at most 120 characters)
 * @param due the last day to act
 * @param countyUnitId the county the item belongs to
 * @param unitId the unit that must act; {@code null} for everyone in the county holding one of {@code roles}
 * @param roles the roles that must act (role names, e.g. {@code OFFICE_REVIEWER}); empty for anyone of the unit
 * @param category a short label in Chinese, e.g. 征求意见
 * @param title what is due, in a clerk's words (never personal data)
 * @param link where to act
 */
public record Deadline(String key, LocalDate due, long countyUnitId, Long unitId, Set<String> roles, String category,
		String title, String link) {

	public Deadline {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		if (unitId == null && roles.isEmpty()) {
			throw new IllegalArgumentException("a county-wide deadline names the roles that act on it");
		}
	}
}
