package cn.qingdan.shared;

/**
 * A business rule refused an action. The message is Chinese and meant for the user; web layers turn it into a
 * validation message (HTML) or a 409/400 problem detail (API).
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	public RuleViolation(String message) {
		this(null, message);
	}

	public RuleViolation(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field the violation belongs to, or {@code null} for the form as a whole. */
	public String field() {
		return field;
	}
}
