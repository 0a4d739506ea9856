package cn.qingdan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An inspection, assessment, research visit or meeting imposed on a village, as the village logged it. */
record Visit(long id, long villageUnitId, Long townshipUnitId, String unitPath, LocalDate visitOn, Ledger.VisitKind kind,
		String visitor, String purpose, String basis, String admissionNumber, BigDecimal hours, boolean overCap,
		boolean unadmitted, String screening, String recordedBy) {
}
