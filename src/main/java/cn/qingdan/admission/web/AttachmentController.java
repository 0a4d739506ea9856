package cn.qingdan.admission.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
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

import cn.qingdan.admission.Attachments;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.shared.RuleViolation;

/** An application's attachments: upload and delete (the department, while the step table allows), download. */
@Controller
@RequestMapping("/admission/applications")
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			attachments.add(DataScopes.currentUser(), id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("flash", "附件已上传");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admission/applications/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		var file = attachments.read(DataScopes.currentUser(), id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKey().contentType()))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(file.getKey().fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.getValue());
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		try {
			attachments.remove(DataScopes.currentUser(), id, attachmentId);
			redirect.addFlashAttribute("flash", "附件已删除");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admission/applications/" + id;
	}
}
