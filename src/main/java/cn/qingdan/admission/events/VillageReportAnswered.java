package cn.qingdan.admission.events;

/** The office answered a report; the reporting unit (if it reported signed in) is told. */
public record VillageReportAnswered(long reportId, long countyUnitId, Long reporterUnitId) {
}
