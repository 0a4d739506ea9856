package cn.qingdan.admission.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.qingdan.admission.AdmissionGate;
import cn.qingdan.admission.Application;
import cn.qingdan.admission.ApplicationForm;
import cn.qingdan.admission.Applications;
import cn.qingdan.admission.Register;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.RuleViolation;

/**
 * The API for department systems (bearer token bound to the department, or a department officer's session): submit
 * and track applications, and check a text against the register.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "准入申请", description = "县级部门业务系统提交和跟踪准入申请（部门令牌）")
class ApplicationApi {

	private final AdmissionGate gate;
	private final Applications applications;
	private final Register register;

	ApplicationApi(AdmissionGate gate, Applications applications, Register register) {
		this.gate = gate;
		this.applications = applications;
		this.register = register;
	}

	record ApplicationRequest(String title, String kind, String content, String legalBasis, Application.ScopeType scopeType,
			List<Long> scopeUnitIds, LocalDate periodStart, LocalDate periodEnd, Integer occurrencesPerYear,
			BigDecimal hoursPerOccurrence, BigDecimal fundingPerVillage, String budgetSource, String staff, String authority,
			Boolean delegationAgreement, String contactName, String contactPhone, Boolean submit) {

		ApplicationForm toForm() {
			RequestKind k = RequestKind.parse(kind);
			if (kind != null && !kind.isBlank() && k == null) {
				throw new RuleViolation("kind", "事项类型无法识别：" + kind);
			}
			return new ApplicationForm(title, k, content, legalBasis, scopeType == null ? Application.ScopeType.ALL : scopeType,
					scopeUnitIds, periodStart, periodEnd, occurrencesPerYear, hoursPerOccurrence, fundingPerVillage,
					budgetSource, staff, authority, Boolean.TRUE.equals(delegationAgreement), contactName, contactPhone, false,
					null, null, null);
		}
	}

	record ApplicationJson(long id, String title, String kind, String status, String statusLabel, String screeningList,
			String itemCode, String itemName, String basis, List<String> evidence, String decisionDeadline,
			String admissionNumber, String expiresOn, String decisionNote, int version) {

		static ApplicationJson of(Application a) {
			return new ApplicationJson(a.id(), a.title(), a.kind().label(), a.status().name(), a.status().label(),
					a.effectiveList() == null ? null : a.effectiveList().name(), a.screeningItemCode(), a.screeningItemName(),
					a.screeningBasis(), a.screeningEvidence(), a.decisionDeadline() == null ? null : a.decisionDeadline().toString(),
					a.admissionNumber(), a.expiresOn() == null ? null : a.expiresOn().toString(), a.decisionNote(), a.version());
		}
	}

	@PostMapping
	@PreAuthorize("hasRole('DEPARTMENT_OFFICER')") // a department's officer or token, not a village's or township's
	@Operation(summary = "提交准入申请", description = "保存后即与清单比对；submit=true 时直接提交并按比对结论分流（禁止准入事项当即不予准入）")
	ResponseEntity<ApplicationJson> create(@RequestBody ApplicationRequest body) {
		QingdanUser me = DataScopes.currentUser();
		long id = Boolean.TRUE.equals(body.submit()) ? gate.createAndSubmit(me, body.toForm()) : gate.create(me, body.toForm());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + id))
			.body(ApplicationJson.of(applications.require(id, me)));
	}

	@GetMapping
	@Operation(summary = "本单位的准入申请")
	List<ApplicationJson> list(@RequestParam(required = false) Application.Status status) {
		return applications.list(DataScopes.currentUser(), status, 200).stream().map(ApplicationJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "跟踪一份准入申请")
	ApplicationJson get(@PathVariable long id) {
		return ApplicationJson.of(applications.require(id, DataScopes.currentUser()));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('DEPARTMENT_OFFICER')") // a department's officer or token, not a village's or township's
	@Operation(summary = "提交草稿")
	ApplicationJson submit(@PathVariable long id, @RequestParam int version) {
		QingdanUser me = DataScopes.currentUser();
		gate.submit(me, id, version);
		return ApplicationJson.of(applications.require(id, me));
	}

	record CheckRequest(String text) {
	}

	@PostMapping("/check")
	@Operation(summary = "核对文本或编号是否已准入", description = "未准入时给出与清单比对的结论")
	Register.Check check(@RequestBody CheckRequest body) {
		if (body == null || body.text() == null || body.text().isBlank()) {
			throw new RuleViolation("text", "请提供要核对的文本或准入编号");
		}
		if (body.text().length() > 5000) {
			throw new RuleViolation("text", "文本不超过 5000 字");
		}
		return register.check(applications.countyOf(DataScopes.currentUser()), body.text());
	}
}
