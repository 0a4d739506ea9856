package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * The steps of a request on screen, one POST each (basis cited, deliberation, approval, refusal, issue, revocation,
 * view in full): each calls its step on the {@link CertificateDesk}; a refused step shows the request page again with
 * the message next to the field and the input kept.
 */
@Controller
@RequestMapping("/certificates/requests")
class RequestStepController {

	private final CertificateRequests requests;
	private final CertificateDesk desk;
	private final RequestPage page;

	RequestStepController(CertificateRequests requests, CertificateDesk desk, RequestPage page) {
		this.requests = requests;
		this.desk = desk;
		this.page = page;
	}

	/** Certificate pages are for villages, townships and the office; a department gets 403. */
	@ModelAttribute
	void guard() {
		CertificateAccess.require();
	}

	@PostMapping("/{id}/basis")
	String basis(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String basisDocument,
			@RequestParam(required = false) String basisArticle,
			@RequestParam(defaultValue = "false") boolean publicInterest, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("basisDocument", nz(basisDocument), "basisArticle", nz(basisArticle)),
				"已记录用证单位提供的依据并受理", me -> desk.citeBasis(me, id, version, basisDocument, basisArticle, publicInterest));
	}

	@PostMapping("/{id}/deliberation")
	String deliberation(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String deliberationOn, @RequestParam(required = false) String deliberationForm,
			@RequestParam(required = false) String participants, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String agreed, Model model, RedirectAttributes redirect) {
		Map<String, String> input = Map.of("deliberationOn", nz(deliberationOn), "deliberationForm", nz(deliberationForm),
				"participants", nz(participants), "outcome", nz(outcome));
		return step(id, model, redirect, input, "已记录民主议事结果", me -> {
			LocalDate on;
			try {
				on = deliberationOn == null || deliberationOn.isBlank() ? null : LocalDate.parse(deliberationOn);
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new RuleViolation("deliberationOn", "议事日期格式不正确");
			}
			if (!"yes".equals(agreed) && !"no".equals(agreed)) {
				throw new RuleViolation("agreed", "请选择议事结果：同意或不同意出具");
			}
			desk.deliberate(me, id, version, on, deliberationForm, participants, outcome, "yes".equals(agreed));
		});
	}

	@PostMapping("/{id}/approval")
	String approval(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String agreed,
			@RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("comment", nz(comment)), "审批意见已记录", me -> {
			if (!"yes".equals(agreed) && !"no".equals(agreed)) {
				throw new RuleViolation("agreed", "请选择同意或不同意");
			}
			desk.approve(me, id, version, "yes".equals(agreed), comment);
		});
	}

	@PostMapping("/{id}/refusal")
	String refuse(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) RefusalReason reason,
			@RequestParam(required = false) String detail, Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("detail", nz(detail)), "已作不予出具处理，请打印告知书交申请人",
				me -> desk.refuse(me, id, version, reason, detail));
	}

	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		CertificateRequest r = requests.require(id, me);
		List<TemplateField> fields = desk.clerkFields(r);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> input = new HashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			String v = nz(params.get("f" + i));
			if (fields.get(i).kind() == TemplateField.Kind.PERIOD) {
				String from = nz(params.get("f" + i + "_from")).strip();
				String to = nz(params.get("f" + i + "_to")).strip();
				input.put("f" + i + "_from", from);
				input.put("f" + i + "_to", to);
				v = from.isEmpty() && to.isEmpty() ? "" : from + "至" + to;
			}
			values.put(fields.get(i).name(), v);
			input.put("f" + i, v);
		}
		input.put("body", nz(params.get("body")));
		return step(id, model, redirect, input, "证明已出具，请下载打印后加盖印章交申请人", m -> {
			try {
				desk.issue(m, id, version, values, params.get("body"));
			}
			catch (RuleViolation ex) {
				String field = ex.field();
				if (field != null && field.startsWith("f_")) {
					int index = fields.stream().map(TemplateField::name).toList().indexOf(field.substring(2));
					throw new RuleViolation(index >= 0 ? "f" + index : "body", ex.getMessage());
				}
				throw ex;
			}
		});
	}

	@PostMapping("/{id}/revocation")
	String revoke(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return step(id, model, redirect, Map.of("revokeReason", nz(reason)), "证明已撤销，核验时即显示“已撤销”",
				me -> desk.revoke(me, id, version, reason));
	}

	/** The applicant's data in full: an explicit, audited act; the answer is never cached. */
	@PostMapping("/{id}/personal-data")
	String personalData(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		QingdanUser me = DataScopes.currentUser();
		CertificateRequest r = requests.require(id, me);
		try {
			CertificateRequests.PersonalData pd = desk.viewInFull(me, id, reason);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			model.addAttribute("r", r);
			model.addAttribute("pd", pd);
			return "certificate/personal-data";
		}
		catch (RuleViolation ex) {
			return page.show(model, r, Map.of(ex.field() == null ? "personal" : ex.field(), ex.getMessage()), Map.of());
		}
	}

	// ------------------------------------------------------------------------------------------------ views

	interface Step {
		void run(QingdanUser me);
	}

	private String step(long id, Model model, RedirectAttributes redirect, Map<String, String> input, String done,
			Step step) {
		QingdanUser me = DataScopes.currentUser();
		try {
			step.run(me);
			redirect.addFlashAttribute("flash", done);
			return "redirect:/certificates/requests/" + id;
		}
		catch (RuleViolation ex) {
			CertificateRequest r = requests.require(id, me);
			return page.show(model, r, Map.of(ex.field() == null ? "step" : ex.field(), ex.getMessage()), input);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
