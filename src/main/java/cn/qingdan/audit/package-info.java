/**
 * Audit (审计): an append-only, SM3 hash-chained record of every login and every state change.
 *
 * <p>Other modules publish an {@link cn.qingdan.audit.AuditEvent} (synchronously, inside their transaction, so the
 * record exists exactly when the change does); Spring Security's authentication events are recorded directly. Each
 * record carries time, user, unit, action, object, result and client address, and the SM3 hash of its canonical form
 * chained to its predecessor's hash. A verification (page and command) walks the chain and reports the first broken
 * link. The office browses and filters the log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计", allowedDependencies = {
		"shared", "shared :: crypto", "shared :: menu" })
package cn.qingdan.audit;
