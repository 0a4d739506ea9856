/**
 * The shared workflow kit (办理流程公共组件): the parts every matter a county office handles needs, written once for
 * the admission gate, certificates and catalogue change proposals, and ready for the next workflows (ledgers,
 * supervision, self-governance, plans, purchase of services). Each piece is a sub-package exposed as a named
 * interface; a workflow module keeps its own states, rules and tables and calls the kit for the common parts.
 *
 * <h2>Design sketch</h2>
 * <pre>
 *   workflow module (admission, certificate, catalogue, …)
 *     │  Subject("admission", id)          one matter = a kind and the matter's id; the kit stores no foreign key
 *     ├─▶ timeline.Timeline                 record(subject, actor, unit, action, note) / of(subject)
 *     │      table timeline_entry           what happened, when, by whom (name and unit, never a login id);
 *     │                                     partitioned by year of {@code at} (V86), primary key (id, at)
 *     │      templates/fragments/timeline   the one 办理过程 list every matter page shows
 *     ├─▶ consultation.Consultations        open(subject, units, deadline) / comment(…) / recordOffline(…) / of(subject)
 *     │      table consultation             one row per consulted unit; one set of checks (ConsultationRules):
 *     │                                     consulted unit only, once, within the deadline, an opinion, a comment
 *     │                                     when not agreeing, at most 2,000 characters
 *     ├─▶ numbering.Numbering               next(series, unit, year): 准字/备字, 证, 证告 … gap-free in the caller's
 *     │      table number_sequence          transaction (the row lock is held until commit; a rollback gives it back)
 *     ├─▶ transition.StepTable              which steps a party may take from a state (the pages' can… flags)
 *     │   transition.Transitions            optimistic-lock move: a stale version is refused in Chinese
 *     ├─▶ imports.XlsxGuard / XlsxRows      hostile-file guards (size, entries, zip-bomb ratio), row-level errors,
 *     │                                     all-or-nothing ImportResult
 *     ├─▶ document.A4Html / A4Pdf / QrCode  A4 pages: title, number, seal line, footer, embedded CJK font,
 *     │                                     byte-identical reprints
 *     ├─▶ sweep.SweepLock / SweepMarks      clock-driven sweeps: one node at a time (pg_try_advisory_xact_lock), once
 *     │   sweep.DeadlineSource (SPI)        per rule, item and deadline (table sweep_mark); modules report their open
 *     │                                     deadlines; ReminderSweep / OverdueSweep announce them
 *     └─▶ events                            ConsultationRequested, DeadlineApproaching, DeadlinePassed
 * </pre>
 * The calling module decides whether the step is allowed (state and role), writes its own audit record and its
 * timeline entry; the kit checks what is common to every consultation and stores it. Everything runs in the
 * caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "办理流程公共组件", allowedDependencies = {
		"org", "shared" })
package cn.qingdan.workflow;
