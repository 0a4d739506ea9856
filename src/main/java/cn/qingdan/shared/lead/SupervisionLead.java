package cn.qingdan.shared.lead;

import java.time.LocalDate;

/**
 * A lead for the supervision queue, published as a domain event by the module that found it.
 *
 * @param source the publishing source, e.g. {@code LEDGER_BOARD}, {@code LEDGER_FORM}, {@code SERVICES_UNFUNDED},
 *        {@code VILLAGE_REPORT}, {@code ADMISSION_OVERDUE}; with {@code sourceRef} it identifies the lead (a lead
 *        published twice for the same source and reference is kept once)
 * @param sourceRef the source's own id of the record, e.g. the board id
 * @param countyUnitId the county the lead belongs to (scope)
 * @param responsibleUnitId the department or township responsible, or null when not known yet
 * @param villageUnitId the village concerned, or null
 * @param findingType the finding type it suggests, e.g. {@code UNADMITTED_DELEGATION}, {@code UNFUNDED},
 *        {@code NONCOMPLIANT_BOARD}, {@code NONCOMPLIANT_GROUP}, {@code NONCOMPLIANT_FORM}, {@code OVER_CAP_VISIT},
 *        {@code CERTIFICATE_OUTSIDE_LIST}, {@code OTHER}
 * @param summary one line in Chinese, as the office would read it
 * @param link the page (inside the product) where the evidence is
 * @param raisedOn the day it was found
 */
public record SupervisionLead(String source, String sourceRef, long countyUnitId, Long responsibleUnitId,
		Long villageUnitId, String findingType, String summary, String link, LocalDate raisedOn) {
}
