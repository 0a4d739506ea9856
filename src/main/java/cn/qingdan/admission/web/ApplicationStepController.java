package cn.qingdan.admission.web;

import java.time.LocalDate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.admission.AdmissionGate;
import cn.qingdan.admission.Application;
import cn.qingdan.admission.Applications;
import cn.qingdan.admission.Routing;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.Outcome;
import cn.qingdan.shared.RuleViolation;

/** The workflow's steps as posted from the application page: each runs one step and returns to the page with a flash. */
@Controller
@RequestMapping("/admission/applications")
class ApplicationStepController {

	private final Applications applications;
	private final AdmissionGate gate;

	ApplicationStepController(Applications applications, AdmissionGate gate) {
		this.applications = applications;
		this.gate = gate;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		String outcome = act(id, redirect, () -> { gate.submit(me, id, version); return null; });
		if (!redirect.getFlashAttributes().containsKey("flashError")) {
			// a refusal is no success: it is shown as an error, a not-admissible verdict as a warning
			Application a = applications.require(id, me);
			redirect.getFlashAttributes().remove("flash");
			redirect.addFlashAttribute(a.status() == Application.Status.REFUSED ? "flashError"
					: a.status() == Application.Status.NOT_ADMISSIBLE ? "flashWarning" : "flash", Routing.submitted(a));
		}
		return outcome;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.withdraw(DataScopes.currentUser(), id, version); return "已撤回"; });
	}

	@PostMapping("/{id}/contest")
	String contest(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.contest(DataScopes.currentUser(), id, version, reason); return "异议已提交，待减负办复核"; });
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.confirmScreening(DataScopes.currentUser(), id, version, note); return "已维持原结论"; });
	}

	@PostMapping("/{id}/override")
	String override(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Outcome to,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.overrideScreening(DataScopes.currentUser(), id, version, to, note); return "已改判，申请退回部门补充后重新提交"; });
	}

	@PostMapping("/{id}/comment")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.comment(DataScopes.currentUser(), id, opinion, comment); return "意见已反馈"; });
	}

	@PostMapping("/{id}/close-consultation")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.closeConsultation(DataScopes.currentUser(), id, version); return "征求意见已结束，进入评估"; });
	}

	@PostMapping("/{id}/assess")
	String assess(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String assessment,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.assess(DataScopes.currentUser(), id, version, assessment); return "评估意见已提交，待审定"; });
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			@RequestParam(required = false) LocalDate expiresOn, RedirectAttributes redirect) {
		return act(id, redirect, () -> "准予准入，准入编号 " + gate.approve(DataScopes.currentUser(), id, version, note, expiresOn));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.reject(DataScopes.currentUser(), id, version, reason); return "已审定不予准入"; });
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> { gate.revoke(DataScopes.currentUser(), id, version, reason); return "已撤销准入"; });
	}

	@PostMapping("/{id}/renew")
	String renew(@PathVariable long id, RedirectAttributes redirect) {
		try {
			long renewal = gate.renew(DataScopes.currentUser(), id);
			redirect.addFlashAttribute("flash", "已生成延续申请草稿，将重新预审和审查");
			return "redirect:/admission/applications/" + renewal;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/admission/applications/" + id;
		}
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, () -> "已备案，备案编号 " + gate.file(DataScopes.currentUser(), id, version));
	}

	interface Step {

		String run();
	}

	private String act(long id, RedirectAttributes redirect, Step step) {
		try {
			redirect.addFlashAttribute("flash", step.run());
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "该申请已被他人处理或修改，请查看最新状态");
		}
		return "redirect:/admission/applications/" + id;
	}
}
