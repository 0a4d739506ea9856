package cn.qingdan.audit;

/**
 * A state change (or a refused attempt) to be written to the audit log. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that makes the change; the audit module adds time, user,
 * unit and client address and chains the record.
 *
 * @param action what was done, in Chinese (e.g. 新建用户)
 * @param objectType the kind of object (e.g. 用户)
 * @param objectId the object's identifier (never personal data)
 * @param result success or failure
 * @param detail a short Chinese remark, never personal data
 */
public record AuditEvent(String action, String objectType, String objectId, Result result, String detail) {

	public enum Result {
		SUCCESS, FAILURE
	}

	public static AuditEvent success(String action, String objectType, Object objectId, String detail) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Result.SUCCESS, detail);
	}

	public static AuditEvent failure(String action, String objectType, Object objectId, String detail) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), Result.FAILURE, detail);
	}
}
