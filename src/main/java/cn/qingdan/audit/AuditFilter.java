package cn.qingdan.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The browse page's filters, bound from the query string. Blank means "any".
 *
 * @param from first day (inclusive, Asia/Shanghai)
 * @param to last day (inclusive, Asia/Shanghai)
 * @param username exact username
 * @param action exact action
 * @param result SUCCESS or FAILURE
 * @param objectType exact object type
 * @param objectId exact object id
 * @param q a fragment of the detail (说明)
 * @param page 1-based page number
 */
record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String username, String action, String result,
		String objectType, String objectId, String q, Integer page) {

	static final int PAGE_SIZE = 50;

	AuditFilter {
		username = blankToNull(username);
		action = blankToNull(action);
		result = "SUCCESS".equals(result) || "FAILURE".equals(result) ? result : null;
		objectType = blankToNull(objectType);
		objectId = blankToNull(objectId);
		q = blankToNull(q);
		page = page == null || page < 1 ? 1 : page;
	}

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null, 1);
	}

	int offset() {
		return (page - 1) * PAGE_SIZE;
	}

	/** The browse page's address with these filters, on another page. */
	public String link(int toPage) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/audit");
		add(b, "from", from);
		add(b, "to", to);
		add(b, "username", username);
		add(b, "action", action);
		add(b, "result", result);
		add(b, "objectType", objectType);
		add(b, "objectId", objectId);
		add(b, "q", q);
		if (toPage > 1) {
			b.queryParam("page", toPage);
		}
		return b.encode().build().toUriString();
	}

	public boolean any() {
		return from != null || to != null || username != null || action != null || result != null
				|| objectType != null || objectId != null || q != null;
	}

	private static void add(UriComponentsBuilder b, String name, Object value) {
		if (value != null) {
			b.queryParam(name, value.toString());
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
