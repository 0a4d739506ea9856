package cn.qingdan.notification;

/**
 * One message: a short category (准入决定, 到期提醒 …), a title in a clerk's words, an optional body and the page to
 * act on. Never personal data: names of people, ID and phone numbers stay in their modules.
 */
public record Message(Recipient to, String category, String title, String body, String link) {

	public Message {
		if (to == null || category == null || category.isBlank() || title == null || title.isBlank()) {
			throw new IllegalArgumentException("a message needs a recipient, a category and a title");
		}
		category = fit(category, 20);
		title = fit(title, 300);
		body = body == null || body.isBlank() ? null : fit(body, 1000);
		link = link == null || link.isBlank() || !link.startsWith("/") || link.startsWith("//") ? null : fit(link, 500);
	}

	private static String fit(String s, int max) {
		String t = s.strip();
		return t.length() <= max ? t : t.substring(0, max - 1) + "…";
	}
}
