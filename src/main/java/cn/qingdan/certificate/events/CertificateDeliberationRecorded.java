package cn.qingdan.certificate.events;

import java.time.LocalDate;

/**
 * A village recorded the deliberation (民主议事) a public-interest certificate needs: the village's deliberation ledger
 * (self-governance) records it as one of its deliberations, where the supervision committee signs it off. Carries no
 * personal data: who took part and what was said stay on the certificate request.
 *
 * @param itemName the catalogue item's name; {@code null} for a certificate the list does not name
 * @param form the form of deliberation, e.g. 村民代表会议
 * @param agreed whether the deliberation agreed to issue
 * @param recordedBy the clerk's name, recordedByUnit the village committee's
 */
public record CertificateDeliberationRecorded(long requestId, long countyUnitId, long villageUnitId, String itemName,
		LocalDate on, String form, boolean agreed, String recordedBy, String recordedByUnit) {
}
