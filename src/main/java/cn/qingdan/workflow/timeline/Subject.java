package cn.qingdan.workflow.timeline;

import java.util.regex.Pattern;

/**
 * The matter a timeline entry or a consultation belongs to: its kind ({@code admission}, {@code certificate},
 * {@code proposal}, and the kinds of the workflows to come) and its id in the owning module.
 */
public record Subject(String kind, long id) {

	public static final String ADMISSION = "admission";

	public static final String CERTIFICATE = "certificate";

	public static final String PROPOSAL = "proposal";

	/** A village matter: an opinion and what came of it (deliberation, disclosure, result) on one timeline. */
	public static final String VILLAGE_MATTER = "village_matter";

	/** A task of an implementation plan (任务分工), module {@code plan}. */
	public static final String PLAN_TASK = "plan_task";

	private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{0,29}");

	public Subject {
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("subject kind must be 1-30 lower-case letters: " + kind);
		}
	}

	public static Subject admission(long id) {
		return new Subject(ADMISSION, id);
	}

	public static Subject certificate(long id) {
		return new Subject(CERTIFICATE, id);
	}

	public static Subject proposal(long id) {
		return new Subject(PROPOSAL, id);
	}

	public static Subject villageMatter(long id) {
		return new Subject(VILLAGE_MATTER, id);
	}

	public static Subject planTask(long id) {
		return new Subject(PLAN_TASK, id);
	}
}
