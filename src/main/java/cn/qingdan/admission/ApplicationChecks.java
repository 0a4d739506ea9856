package cn.qingdan.admission;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/** The checks on an application form, field by field, with Chinese messages. */
@Component
class ApplicationChecks {

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private final Units units;

	ApplicationChecks(Units units) {
		this.units = units;
	}

	/** Checks a form before it is saved; throws with the field and a Chinese message. */
	void validate(QingdanUser actor, ApplicationForm f) {
		if (f.title() == null || f.title().isBlank() || f.title().strip().length() > 200) {
			throw new RuleViolation("title", "请填写事项名称（不超过 200 字）");
		}
		if (f.kind() == null) {
			throw new RuleViolation("kind", "请选择事项类型");
		}
		if (f.content() == null || f.content().isBlank()) {
			throw new RuleViolation("content", "请填写事项内容（按部门原文填写）");
		}
		if (f.content().length() > 5000) {
			throw new RuleViolation("content", "事项内容不超过 5000 字");
		}
		if (f.scopeType() == null) {
			throw new RuleViolation("scopeType", "请选择实施范围");
		}
		long county = actor.unit().rootId();
		String countyPath = units.unit(county).orElseThrow().path();
		for (Long id : f.scopeUnitIds()) {
			Unit u = units.unit(id).filter(x -> x.path().startsWith(countyPath))
				.orElseThrow(() -> new RuleViolation("scopeUnitIds", "所选范围中有不属于本县的单位"));
			if (f.scopeType() == Application.ScopeType.TOWNSHIPS && u.type() != Unit.Type.TOWNSHIP
					|| f.scopeType() == Application.ScopeType.VILLAGES && u.type() != Unit.Type.VILLAGE) {
				throw new RuleViolation("scopeUnitIds", "“" + u.name() + "”与所选范围类型不符");
			}
		}
		if (f.scopeType() != Application.ScopeType.ALL && f.scopeUnitIds().isEmpty()) {
			throw new RuleViolation("scopeUnitIds", "请选择实施范围内的乡镇（街道）或村（社区）");
		}
		Inputs.length("legalBasis", f.legalBasis(), 1000, "法律政策依据");
		Inputs.date("periodStart", f.periodStart(), "开始日期");
		Inputs.date("periodEnd", f.periodEnd(), "结束日期");
		Inputs.date("implementedOn", f.implementedOn(), "实施日期");
		if (f.periodStart() != null && f.periodEnd() != null && f.periodEnd().isBefore(f.periodStart())) {
			throw new RuleViolation("periodEnd", "结束日期不能早于开始日期");
		}
		if (f.occurrencesPerYear() != null && (f.occurrencesPerYear() < 0 || f.occurrencesPerYear() > 366)) {
			throw new RuleViolation("occurrencesPerYear", "年均次数应在 0–366 之间");
		}
		if (f.hoursPerOccurrence() != null && (f.hoursPerOccurrence().signum() < 0
				|| f.hoursPerOccurrence().compareTo(BigDecimal.valueOf(200)) > 0)) {
			throw new RuleViolation("hoursPerOccurrence", "每次工时应在 0–200 小时之间");
		}
		if (f.fundingPerVillage() != null && f.fundingPerVillage().signum() < 0) {
			throw new RuleViolation("fundingPerVillage", "经费不能为负数");
		}
		Inputs.range("fundingPerVillage", f.fundingPerVillage(), 0, 100_000_000, "每村经费应在 0–100000000 元之间");
		Inputs.length("budgetSource", f.budgetSource(), 200, "经费来源");
		Inputs.length("staff", f.staff(), 500, "人员保障");
		Inputs.length("authority", f.authority(), 500, "委托事权");
		Inputs.length("contactName", f.contactName(), 50, "联系人");
		Inputs.length("emergencyReason", f.emergencyReason(), 1000, "紧急情形");
		Inputs.length("retireNumber", f.retireNumber(), 60, "拟退出事项的准入编号");
		if (f.contactPhone() != null && !f.contactPhone().isBlank() && !PHONE.matcher(f.contactPhone().strip()).matches()) {
			throw new RuleViolation("contactPhone", "联系电话格式不正确");
		}
		if (f.emergency() && (f.emergencyReason() == null || f.emergencyReason().isBlank())) {
			throw new RuleViolation("emergencyReason", "突发性、群体性事项须写明紧急情形");
		}
	}
}
