package cn.qingdan.catalogue.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.catalogue.ChangeProposals;
import cn.qingdan.catalogue.OfflineFeedback;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.shared.RuleViolation;

/**
 * What keeps a consultation from being blocked for good: the office records written feedback a unit sent on paper
 * (with the document), and may withdraw a proposal during consultation, giving its reason.
 */
@Controller
@RequestMapping("/catalogue/proposals/{id}")
class ConsultationController {

	private final ChangeProposals proposals;
	private final OfflineFeedback offline;

	ConsultationController(ChangeProposals proposals, OfflineFeedback offline) {
		this.proposals = proposals;
		this.offline = offline;
	}

	@PostMapping("/offline-feedback")
	String record(@PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "") String opinion, @RequestParam(defaultValue = "") String comment,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			if (unitId == null) {
				throw new RuleViolation("unitId", "请选择反馈意见的单位");
			}
			offline.record(DataScopes.currentUser(), id, unitId, opinion, comment, receivedOn,
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			redirect.addFlashAttribute("flash", "已代为登记该单位的书面意见，原件已附后");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/catalogue/proposals/" + id + "#consultations";
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		Map.Entry<OfflineFeedback.Document, byte[]> doc = offline.read(DataScopes.currentUser(), id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(doc.getKey().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(doc.getKey().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(doc.getValue());
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			proposals.withdraw(DataScopes.currentUser(), id, version, reason);
			redirect.addFlashAttribute("flash", "已撤回");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "该申请已被他人处理或修改，请查看最新状态后再操作");
		}
		return "redirect:/catalogue/proposals/" + id;
	}
}
