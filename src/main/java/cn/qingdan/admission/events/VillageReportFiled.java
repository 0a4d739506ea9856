package cn.qingdan.admission.events;

import java.time.LocalDate;

/** A village (or anyone, on the public page) reported a task it received (反映); the office answers by the deadline. */
public record VillageReportFiled(long reportId, long countyUnitId, Long reporterUnitId, LocalDate responseDeadline) {
}
