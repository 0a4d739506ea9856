package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.List;

/** A report form villages must fill: issuer, fields, frequency, basis or admission number, and its duplicate share. */
record Form(long id, long countyUnitId, Long issuerUnitId, String issuerName, String name, Ledger.Frequency frequency,
		String basis, String admissionNumber, String channel, boolean selfGovernance, String status, LocalDate retiredOn,
		double duplicateShare, boolean flagged, String screening, boolean unadmitted, LocalDate recordedOn,
		List<String> fields, int version) {

	public boolean inForce() {
		return "IN_FORCE".equals(status);
	}
}
