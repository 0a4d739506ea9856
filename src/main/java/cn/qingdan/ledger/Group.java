package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A work group (微信/QQ/钉钉工作群) or a government app or mini-program aimed at villages: who owns it, what for, how many
 * village cadres must be in it, its basis or admission number, what it demands (every demand is banned), and whether it
 * is active, merged into another or closed. {@code townshipUnitId} is the township it serves, or null for county-wide.
 */
record Group(long id, long countyUnitId, Long townshipUnitId, String scopePath, Ledger.Channel channel, String name,
		String ownerName, String purpose, int cadresRequired, String basis, String admissionNumber,
		boolean countyMandated, boolean selfGovernance, boolean guidesVillages, String demands,
		Ledger.GroupStatus status, Long mergedIntoId, LocalDate closedOn, String screening, boolean unadmitted,
		LocalDate recordedOn, int version) {

	public List<Ledger.Demand> demandList() {
		if (demands == null || demands.isBlank()) {
			return List.of();
		}
		return Arrays.stream(demands.split(",")).map(Ledger.Demand::valueOf).toList();
	}

	public String demandLabels() {
		return String.join("、", demandList().stream().map(Ledger.Demand::label).toList());
	}

	public boolean active() {
		return status == Ledger.GroupStatus.ACTIVE;
	}
}
