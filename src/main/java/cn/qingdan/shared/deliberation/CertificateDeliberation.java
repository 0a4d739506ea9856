package cn.qingdan.shared.deliberation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The deliberation a public-interest certificate needs, as the village clerk records it at the certificate desk. No
 * applicant's personal data: the request is named by the certificate asked for.
 *
 * @param itemName the catalogue item's name; {@code null} for a certificate the list does not name
 * @param receivedOn the day the request was received (the proposal, 提议)
 * @param on the day of the deliberation; form its form (e.g. 村民代表会议)
 * @param participants who took part (协商); outcome what was decided (决策), agreed whether it agreed to issue
 * @param recordedBy the clerk's name, recordedByUnit the village committee's, at when the clerk recorded it
 */
public record CertificateDeliberation(long requestId, long villageUnitId, String itemName, LocalDate receivedOn,
		LocalDate on, String form, String participants, String outcome, boolean agreed, String recordedBy,
		String recordedByUnit, Instant at) {
}
