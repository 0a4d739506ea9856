/**
 * Supervision (督查问效): one queue of leads, inspection plans, the auditable random draw, the inspector's visit on a
 * phone, findings, work reminder letters (工作提示函) with rectification, notices (通报), accountability (问责) and the
 * Party-building assessment deduction, villages' appraisal of townships and departments, and the quarterly 红黑榜.
 *
 * <h2>Model and flows</h2>
 * <pre>
 *   SupervisionLead (event from admission, ledgers, services …) ─▶ supervision_lead (one row per source + sourceRef)
 *        OPEN ─take (finding recorded from it)─▶ TAKEN        OPEN ─dismiss─▶ DISMISSED
 *   InspectionPlan (unit, kind, period, villages)  — cap per unit and year; plans of different units that share villages
 *        in overlapping periods are shown as overlaps and can be merged into one joint visit (joint_visit_id)
 *   Draw: COMMITTED (SM3(seed) published) ─draw─▶ DRAWN (inputs frozen, SM3 of inputs published, result office-only)
 *        ─reveal (after the visit)─▶ REVEALED (seed, inputs, result public; anyone recomputes them: {@code DrawAlgorithm})
 *   Finding (type, responsible unit, village, evidence link / lead / draw, photos)
 *   ReminderLetter 〔2026〕第N号 from findings of one unit, deadline in working days:
 *        ISSUED ─answer (measures, evidence)─▶ ANSWERED ─accept─▶ ACCEPTED
 *                                              └send back─▶ ISSUED
 *        ISSUED ─deadline passed (sweep)─▶ OVERDUE ─notice 通报─▶ NOTIFIED ─accountability 问责 (deduction)─▶ ACCOUNTED
 *        follow-up visits 上门会商 recorded against the letter in any state
 *   Appraisal: a village scores its township and departments per quarter (anonymous to the appraised unit)
 *   红黑榜: per quarter, the published formula (versioned, a new version only from a later period) over measured inputs;
 *        a snapshot per period holds every input and score, so the JSON alone recomputes it ({@code RedBlackFormula})
 * </pre>
 * Steps of a letter are one table ({@code LetterSteps}, the workflow kit's StepTable). Every change is audited.
 *
 * <h2>Scope</h2>
 * The office and inspectors see the county; a township or department sees only letters, findings and scores about
 * itself (and never a draw before it is revealed); a village fills its appraisal; the public sees the 红黑榜, public
 * notices and the draw verification page.
 *
 * <h2>Boundaries</h2>
 * Reads only its own tables. Leads come as {@code shared.lead.SupervisionLead} events; what the platform knows about a
 * village comes from every {@code shared.lead.VillageFacts} bean; units from {@code org} (UnitTree, Units).
 */
@org.springframework.modulith.ApplicationModule(displayName = "督查问效", allowedDependencies = { "shared",
		"shared :: crypto", "shared :: lead", "shared :: rollup", "shared :: menu", "shared :: todo", "shared :: demo", "audit", "identity",
		"org", "notification", "workflow :: numbering", "workflow :: document", "workflow :: sweep",
		"workflow :: events", "workflow :: transition", "workflow :: timeline" })
package cn.qingdan.supervision;
