package cn.qingdan.ledger;

import java.time.LocalDate;

/**
 * A board (牌子) or a wall rule (上墙制度) on a village (or on a township's own premises when {@code villageUnitId} is
 * null): as hung, its spec, its admission number, what is to happen to it and why, and the village's declaration with
 * the township's check.
 */
record Board(long id, String kind, long countyUnitId, Long townshipUnitId, Long villageUnitId, String unitPath,
		String name, String issuer, Ledger.Place place, String size, Long specId, String admissionNumber,
		boolean selfGovernance, Ledger.Status status, Ledger.Reason reason, Long mergedIntoId, LocalDate dueOn,
		LocalDate doneOn, Long photoId, Long afterPhotoId, Ledger.Declaration declaration, String returnComment,
		String screening, boolean unadmitted, LocalDate recordedOn, int version) {

	static final String BOARD = "BOARD";
	static final String WALL_RULE = "WALL_RULE";

	public boolean wallRule() {
		return WALL_RULE.equals(kind);
	}

	public String kindLabel() {
		return wallRule() ? "上墙制度" : "牌子";
	}

	/** Whether it still hangs (kept, or its cut not yet done). */
	public boolean hanging() {
		return status == Ledger.Status.KEEP || doneOn == null;
	}

	/** Cut but not yet taken down, past its due day. */
	public boolean overdue(LocalDate today) {
		return status.cut() && doneOn == null && dueOn != null && dueOn.isBefore(today);
	}

	public boolean editableByVillage() {
		return declaration != Ledger.Declaration.DECLARED;
	}
}
