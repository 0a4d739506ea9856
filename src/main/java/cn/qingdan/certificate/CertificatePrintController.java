package cn.qingdan.certificate;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;

import cn.qingdan.identity.DataScopes;

/** What a village prints: the refusal notice (不予出具证明告知书) and the certificate as an A4 PDF. Both are audited. */
@Controller
@RequestMapping("/certificates/requests/{id}")
class CertificatePrintController {

	private final CertificatePrints prints;

	CertificatePrintController(CertificatePrints prints) {
		this.prints = prints;
	}

	@ModelAttribute
	void guard() {
		CertificateAccess.require();
	}

	/** 不予出具证明告知书 (printable), addressed to the applicant by full name when the village prints it. */
	@GetMapping("/notice")
	String notice(@PathVariable long id, Model model, HttpServletResponse response) {
		CertificatePrints.Notice notice = prints.notice(DataScopes.currentUser(), id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		model.addAttribute("notice", notice);
		model.addAttribute("r", notice.request());
		model.addAttribute("item", notice.item());
		model.addAttribute("county", notice.countyName());
		return "certificate/notice";
	}

	/** The certificate as an A4 PDF: for the village that issued it (it carries the holder's data in full). */
	@GetMapping("/certificate.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		CertificatePrints.Pdf pdf = prints.pdf(DataScopes.currentUser(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(pdf.bytes());
	}
}
