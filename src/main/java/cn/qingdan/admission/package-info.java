/**
 * The admission gate (事务准入): applications, screening on entry, routing by outcome, review on a clock, admission
 * numbers and the public register (准入目录), emergency filing (备案), village check and report (反映), and burden
 * counted in hours.
 *
 * <h2>Model</h2>
 * An {@link cn.qingdan.admission.Application} belongs to a department (unit) of a county. Its content is screened
 * against the county's current catalogue on every save; the verdict is stored with its evidence.
 * <pre>
 *   DRAFT ─submit─▶ ┬ REFUSED            (PROHIBITED or a not-issuable certificate: refusal notice citing the item)
 *                   ├ NOT_ADMISSIBLE     (SELF_GOVERNANCE: the village's own matter)
 *                   ├ CONSULTING ─▶ ASSESSING   (ASSISTANCE, fast track: submission blocked until funding, scope,
 *                   │                            period and delegation are complete; decision within 10 working days)
 *                   └ CONSULTING ─▶ ASSESSING   (NONE: full review, decision within 15 working days)
 *   In both, the affected townships comment within N working days (default 5).
 *   ASSESSING ─assess─▶ AWAITING_DECISION ─approve─▶ ADMITTED (number, expiry, register) ─revoke─▶ REVOKED
 *                                          └reject─▶ REJECTED
 *   REFUSED / NOT_ADMISSIBLE ─contest─▶ CONTESTED ─confirm─▶ (back)  ─override─▶ routed by the overriding list
 *   DRAFT / open review ─withdraw─▶ WITHDRAWN;   ADMITTED ─expires─▶ (status shown as 已到期)
 *   Emergency (突发性/群体性): EMERGENCY (implemented) ─file within 3 working days─▶ FILED (备案, in the register)
 * </pre>
 * The decision deadline counts working days on the official calendar from submission (default 15); lights: green,
 * yellow (≤ 3 working days left), red (overdue). Every step is audited, lands on the application's timeline and is
 * guarded by optimistic locking so two reviewers can never decide the same application twice.
 *
 * <h2>Burden (Standard Cost Model)</h2>
 * An admitted matter costs occurrences per year × hours per occurrence × villages in scope. Totals per village,
 * township, department and county; a baseline year against the current year gives 减负 X%.
 */
@org.springframework.modulith.ApplicationModule(displayName = "事务准入")
package cn.qingdan.admission;
