package cn.qingdan.services.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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

import cn.qingdan.identity.DataScopes;
import cn.qingdan.services.Agreements;
import cn.qingdan.services.Evaluations;
import cn.qingdan.services.Payments;
import cn.qingdan.services.Vouchers;
import cn.qingdan.shared.RuleViolation;

/** What is done on a contract's page: payments, evaluations, releasing a hold, the signed agreement; and its files. */
@Controller
@RequestMapping("/services/contracts/{id}")
class ContractActionController {

	private final Payments payments;
	private final Evaluations evaluations;
	private final Agreements agreements;

	ContractActionController(Payments payments, Evaluations evaluations, Agreements agreements) {
		this.payments = payments;
		this.evaluations = evaluations;
		this.agreements = agreements;
	}

	@PostMapping("/payments")
	String pay(@PathVariable long id, @RequestParam(required = false) Long milestoneId,
			@RequestParam(required = false) LocalDate paidOn, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String voucherNumber,
			@RequestParam(name = "voucher", required = false) MultipartFile voucher, RedirectAttributes redirect)
			throws IOException {
		byte[] content = voucher == null ? null : voucher.getBytes();
		String name = voucher == null ? null : voucher.getOriginalFilename();
		return act(id, redirect, "付款已登记", () -> payments.record(DataScopes.currentUser(), id, milestoneId, paidOn, amount,
				voucherNumber, name, content));
	}

	@PostMapping("/evaluations")
	String evaluate(@PathVariable long id, @RequestParam(required = false) Long clauseId,
			@RequestParam(required = false) String period, @RequestParam(required = false) Boolean met,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Integer residentsAsked, @RequestParam(required = false) Integer residentsSatisfied,
			RedirectAttributes redirect) {
		return act(id, redirect, Boolean.FALSE.equals(met) ? "评价已提交：该条款未达到，已暂缓下一笔付款" : "评价已提交",
				() -> evaluations.evaluate(DataScopes.currentUser(), id, clauseId, period, met, score, comment, residentsAsked,
						residentsSatisfied));
	}

	@PostMapping("/holds/{holdId}/release")
	String release(@PathVariable long id, @PathVariable long holdId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "已解除暂缓支付", () -> {
			evaluations.release(DataScopes.currentUser(), id, holdId, note);
			return 0L;
		});
	}

	@PostMapping("/agreement")
	String attach(@PathVariable long id, @RequestParam(name = "agreement", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return act(id, redirect, "已上传已签订的合同", () -> {
			agreements.attach(DataScopes.currentUser(), id, name, content);
			return 0L;
		});
	}

	@GetMapping("/agreement")
	ResponseEntity<byte[]> agreement(@PathVariable long id) {
		return file(agreements.read(DataScopes.currentUser(), id));
	}

	@GetMapping("/payments/{paymentId}/voucher")
	ResponseEntity<byte[]> voucher(@PathVariable long id, @PathVariable long paymentId) {
		return file(payments.voucher(DataScopes.currentUser(), id, paymentId));
	}

	private static ResponseEntity<byte[]> file(Vouchers.File f) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(f.name() == null ? "附件" : f.name(), StandardCharsets.UTF_8).build().toString())
			.body(f.content());
	}

	private static String act(long id, RedirectAttributes redirect, String done, java.util.function.Supplier<Long> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/services/contracts/" + id;
	}
}
