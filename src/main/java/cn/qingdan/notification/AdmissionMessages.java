package cn.qingdan.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.events.AdmissionExpired;
import cn.qingdan.admission.events.AdmissionRevoked;
import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.VillageReportAnswered;
import cn.qingdan.admission.events.VillageReportFiled;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/**
 * The gate's outcomes as messages: the department hears every decision on its application, a revocation and an
 * expiry; the office hears of a new village report; the reporting village and its township hear the office's answer.
 */
@Component
class AdmissionMessages {

	static final String[] OFFICE = { "OFFICE_ADMIN", "OFFICE_REVIEWER" };

	private final Messages messages;
	private final Units units;

	AdmissionMessages(Messages messages, Units units) {
		this.messages = messages;
		this.units = units;
	}

	@ApplicationModuleListener
	void on(ApplicationDecided e) {
		String title = switch (e.decision()) {
			case APPROVED -> "已准入：" + e.title() + (e.admissionNumber() == null ? "" : "（" + e.admissionNumber() + "）");
			case REJECTED -> "审定未通过：" + e.title();
			case REFUSED -> "不予准入：" + e.title();
			case NOT_ADMISSIBLE -> "属村民自治事项，不予交办：" + e.title();
			case OVERRIDDEN -> "异议复核改判，请修改后重新提交：" + e.title();
		};
		messages.send(new Message(Recipient.unit(e.countyUnitId(), e.departmentUnitId()), "准入决定", title, null,
				"/admission/applications/" + e.applicationId()));
	}

	@ApplicationModuleListener
	void on(AdmissionRevoked e) {
		messages.send(new Message(Recipient.unit(e.countyUnitId(), e.departmentUnitId()), "准入决定",
				(e.replaced() ? "已由新准入事项替代退出：" : "已撤销准入：") + e.title() + "（" + e.admissionNumber() + "）", null,
				"/admission/applications/" + e.applicationId()));
	}

	@ApplicationModuleListener
	void on(AdmissionExpired e) {
		messages.send(new Message(Recipient.unit(e.countyUnitId(), e.departmentUnitId()), "准入到期",
				"准入事项已到期：" + e.title() + "（" + e.admissionNumber() + "，有效期至 " + e.expiresOn() + "）",
				"到期后村（社区）不再承担该事项；如需继续实施，请申请延续。", "/admission/applications/" + e.applicationId()));
	}

	@ApplicationModuleListener
	void on(VillageReportFiled e) {
		String from = e.reporterUnitId() == null ? "公开页面" : units.unit(e.reporterUnitId()).map(Unit::name).orElse("村（社区）");
		messages.send(new Message(Recipient.county(e.countyUnitId(), OFFICE), "村级反映",
				"收到" + from + "的反映（第 " + e.reportId() + " 号），请于 " + e.responseDeadline() + " 前答复", null,
				"/admission/reports/" + e.reportId()));
	}

	@ApplicationModuleListener
	void on(VillageReportAnswered e) {
		if (e.reporterUnitId() == null) {
			return;
		}
		Unit reporter = units.unit(e.reporterUnitId()).orElse(null);
		if (reporter == null) {
			return;
		}
		String title = "县基层减负办已答复" + reporter.name() + "的反映（第 " + e.reportId() + " 号）";
		String link = "/admission/reports/" + e.reportId();
		messages.settle(link);
		messages.send(new Message(Recipient.unit(e.countyUnitId(), reporter.id()), "反映答复", title, null, link));
		if (reporter.type() == Unit.Type.VILLAGE && reporter.parentId() != null) {
			messages.send(new Message(Recipient.unit(e.countyUnitId(), reporter.parentId()), "反映答复", title, null, link));
		}
	}
}
