/**
 * Audit (审计): an append-only, SM3 hash-chained record of every login and every state change.
 *
 * <p>Other modules publish an {@link cn.qingdan.audit.AuditEvent} (synchronously, inside their transaction, so the
 * record exists exactly when the change does); Spring Security's authentication events are recorded directly. Each
 * record carries time, user, unit, action, object, result and client address, and the SM3 hash of its canonical form
 * chained to its predecessor's hash. A verification (page and command) walks the chain and reports the first broken
 * link. The office browses and filters the log.
 *
 * <p>Partitions (V91, {@link cn.qingdan.audit.AuditPartitions}): the table is range-partitioned on {@code seq} (the
 * primary key stays {@code seq}); each partition is a contiguous stretch of the chain, created ahead by a
 * security-definer function once the newest is half used, with a default partition so that no write is ever refused.
 * The append-only triggers are on the parent and on every partition; the application's role owns none of them. A
 * full partition's range and last hash are anchored in the checkpoint file, so that a detached (archived) partition
 * is verified on its own and the log's verification starts after it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计", allowedDependencies = {
		"shared", "shared :: crypto", "shared :: menu" })
package cn.qingdan.audit;
