package cn.qingdan.village;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/** The pages' way of taking a step: run it, say what happened (or why not) on the page it goes back to. */
final class Act {

	private Act() {
	}

	static String run(RedirectAttributes redirect, String back, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + back;
	}

	/** A date typed as yyyy-MM-dd; a clear message otherwise. */
	static LocalDate date(String value, String field, String label) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "请填写" + label);
		}
		try {
			LocalDate d = LocalDate.parse(value.strip());
			Inputs.date(field, d, label);
			return d;
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, label + "格式应为 年-月-日");
		}
	}

	static LocalDate optionalDate(String value, String field, String label) {
		return value == null || value.isBlank() ? null : date(value, field, label);
	}

	/** A whole number of people or votes (0 … 1,000,000); blank counts as 0 when {@code blankIsZero}. */
	static int count(String value, String field, String label, boolean blankIsZero) {
		if (value == null || value.isBlank()) {
			if (blankIsZero) {
				return 0;
			}
			throw new RuleViolation(field, "请填写" + label);
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n < 0 || n > 1_000_000) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, label + "应为不小于 0 的整数");
		}
	}
}
