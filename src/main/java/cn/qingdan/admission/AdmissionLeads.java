package cn.qingdan.admission;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.lead.SupervisionLead;
import cn.qingdan.workflow.events.DeadlinePassed;

/**
 * Leads the gate hands to supervision: an emergency matter implemented on villages whose filing (备案) is overdue —
 * the department pushed work down without admission — and an application whose decision is overdue.
 */
@Component
class AdmissionLeads {

	private final ApplicationEventPublisher events;

	AdmissionLeads(ApplicationEventPublisher events) {
		this.events = events;
	}

	@ApplicationModuleListener
	void on(DeadlinePassed passed) {
		var d = passed.deadline();
		String key = d.key();
		if (key.startsWith("admission-filing:")) {
			events.publishEvent(new SupervisionLead("ADMISSION_OVERDUE", key, d.countyUnitId(), d.unitId(), null,
					"UNADMITTED_DELEGATION", "应急事项逾期未备案：" + d.title().replaceFirst("^完成事后备案：", ""), d.link(),
					d.due().plusDays(1)));
		}
		else if (key.startsWith("admission-decision:")) {
			events.publishEvent(new SupervisionLead("ADMISSION_OVERDUE", key, d.countyUnitId(), null, null, "OTHER",
					"准入申请逾期未办结：" + d.title().replaceFirst("^(审定|办结审查)：", ""), d.link(), d.due().plusDays(1)));
		}
	}

	/** A village report is a lead: a task reached a village without (fitting) admission. */
	static SupervisionLead of(long reportId, long countyUnitId, Long villageUnitId, String text, String departmentName, LocalDate on) {
		String summary = (departmentName == null || departmentName.isBlank() ? "" : departmentName.strip() + "：")
				+ (text.length() > 60 ? text.substring(0, 60) + "…" : text);
		return new SupervisionLead("VILLAGE_REPORT", String.valueOf(reportId), countyUnitId, null, villageUnitId,
				"UNADMITTED_DELEGATION", "村级反映未经准入的任务：" + summary, "/admission/reports/" + reportId, on);
	}
}
