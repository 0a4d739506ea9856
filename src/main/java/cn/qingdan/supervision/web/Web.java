package cn.qingdan.supervision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.supervision.Files;
import cn.qingdan.supervision.Who;

/** What every supervision page does the same way: who is acting, uploads, and a form step with its flash message. */
final class Web {

	private Web() {
	}

	static Who who() {
		return Who.of(DataScopes.currentUser());
	}

	static List<Files.Upload> uploads(List<MultipartFile> files) {
		List<Files.Upload> out = new ArrayList<>();
		if (files != null) {
			for (MultipartFile f : files) {
				if (f != null && !f.isEmpty()) {
					try {
						out.add(new Files.Upload(f.getOriginalFilename(), f.getBytes()));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			}
		}
		return out;
	}

	/** Runs a step; on success flashes {@code done} and goes to {@code to}, on a broken rule flashes why and goes to {@code back}. */
	static String step(RedirectAttributes redirect, String done, Supplier<String> to, String back, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
			return "redirect:" + to.get();
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "已被他人办理，请刷新后重试");
		}
		return "redirect:" + back;
	}
}
