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
 * Who may take which step from which status is ONE table, {@code ApplicationSteps} (on the workflow kit's
 * {@code StepTable}), decision-table tested; each step is one small class ({@code DraftApplication},
 * {@code SubmitApplication}, {@code WithdrawApplication}, {@code ContestScreening}, {@code ConfirmScreening},
 * {@code OverrideScreening}, {@code CommentOnApplication}, {@code CloseConsultation}, {@code AssessApplication},
 * {@code ApproveApplication}, {@code RejectApplication}, {@code RevokeAdmission}, {@code RenewAdmission},
 * {@code FileEmergency}) sharing a {@code StepContext}; {@link cn.qingdan.admission.AdmissionGate} runs each in one
 * transaction and gives the application page its {@code can.…} flags from the same table.
 * What other modules hear is in {@code admission.events} (a named interface): {@code ApplicationDecided} (submission
 * refused or not admissible, contest confirmed or overridden, approved, rejected), {@code AdmissionGranted},
 * {@code AdmissionRevoked} (also when a matter is replaced within the budget), {@code AdmissionExpired} (the expiry
 * sweep), {@code VillageReportFiled} and {@code VillageReportAnswered}, each published by the step that changed it.
 * Supervision hears of every village report and every overdue filing or decision as a {@code shared.lead.SupervisionLead}
 * ({@code AdmissionLeads}); the visit page learns a village's open reports from {@code AdmissionFacts}.
 * The decision deadline counts working days on the official calendar from submission (default 15); lights: green,
 * yellow (≤ 3 working days left), red (overdue). Every step is audited, lands on the application's timeline and is
 * guarded by optimistic locking so two reviewers can never decide the same application twice.
 *
 * <h2>Register and village check at province scale (issue 19)</h2>
 * Admission numbers are unique per county ({@code unique (county_unit_id, admission_number)}; the numbering kit's
 * counters are per county and year); a number is looked up within a county ({@code Register.byNumber(county, n)}).
 * The register page reads {@code (county, year desc, number desc)}; a text search and the village check read a GIN
 * index of each matter's character bigrams keyed by the county ({@code county:gram}, V89: the posting lists are one
 * county's) ({@code RegisterGrams}: the search narrows by "contains all of the fragment's bigrams" and the old
 * {@code like} decides; the check scores only matters sharing one of the pasted text's bigrams rarest in the county
 * ({@code admission_gram}: matters per county and gram, kept by a trigger), which provably contains every matter
 * above the threshold).
 *
 * <h2>Burden (Standard Cost Model)</h2>
 * An admitted matter costs occurrences per year × hours per occurrence × villages in scope. Totals per village,
 * township, department and county; a baseline year against the current year gives 减负 X%.
 *
 * <h2>Boundaries</h2>
 * Admission reads only its own tables ({@code admission_application}, {@code admission_scope},
 * {@code admission_attachment}, {@code burden_budget}, {@code village_report}). What it needs to know about units —
 * a county's villages and townships, names, parents, the first county — it asks the org module
 * ({@link cn.qingdan.org.Units}, {@link cn.qingdan.org.UnitTree}); burden totals pass the county's villages into the
 * query as arrays instead of joining org's {@code unit} table. Two copies are kept on purpose: an application's
 * {@code department_path} (the department's place in the tree when it applied, so data scope is one prefix test)
 * and a report's reporter unit path; units are never moved (see org), so the copies cannot go stale. Its scope rows
 * reference units by id (a foreign key, not a read). Other modules use two of admission's types: {@code Register}
 * (a number's register entry) and {@code AssistanceFunding} (the matters in force in a year with their funding per
 * village, read by the services module's 费随事转 reconciliation); the other public types of this package are public
 * for its own web layer ({@code admission.web}) only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "事务准入", allowedDependencies = { "shared", "shared :: crypto", "shared :: rollup",
		"shared :: dashboard", "shared :: demo", "shared :: lead", "shared :: menu", "shared :: news", "shared :: todo", "audit", "identity",
		"org", "screening", "workflow :: consultation", "workflow :: events", "workflow :: numbering", "workflow :: sweep",
		"workflow :: timeline", "workflow :: transition" })
package cn.qingdan.admission;
