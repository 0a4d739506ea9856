/**
 * Time that moves by itself (到期与提醒): clock-driven sweeps, safe when two application nodes run them.
 *
 * <ul>
 * <li>{@link cn.qingdan.workflow.sweep.SweepLock#runExclusively} runs a sweep inside one transaction holding a
 * PostgreSQL transaction-level advisory lock ({@code pg_try_advisory_xact_lock}); a second node finds the lock taken
 * and skips that round.</li>
 * <li>{@link cn.qingdan.workflow.sweep.SweepMarks#firstTime} remembers that a rule already acted on an item for a
 * deadline (table {@code sweep_mark}), so running a sweep twice never acts twice.</li>
 * <li>Modules with deadlines implement {@link cn.qingdan.workflow.sweep.DeadlineSource}; {@code ReminderSweep}
 * announces {@link cn.qingdan.workflow.events.DeadlineApproaching} a configurable number of working days before each
 * deadline ({@code qingdan.reminders.working-days-before}, default 2) and {@code OverdueSweep} announces
 * {@link cn.qingdan.workflow.events.DeadlinePassed} the day after it passed.</li>
 * </ul>
 * Sweeps read the injected {@code Clock}; scheduling is switched off with {@code qingdan.sweeps.enabled=false}
 * (the tests do, and call the sweeps themselves with a fixed clock).
 */
@org.springframework.modulith.NamedInterface("sweep")
package cn.qingdan.workflow.sweep;
