/**
 * Ledgers (台账): what already lands on villages, counted and driven down — signboards and wall rules, work groups and
 * apps, report forms and their fields, and the inspections, assessments, research visits and meetings imposed on
 * villages (the 五多: 组织事务多、挂牌多、证明多、报表多、调研多).
 *
 * <h2>Model</h2>
 * <ul>
 * <li>{@code Spec} (挂牌规格): the county's own specification table — kind, standard name, issuer, outside / inside /
 * service hall, size and material, the boards it absorbs (merge rules) and other names it hangs under; every edit
 * closes the row in force and opens a new one from its effective date (history kept, audited). The demo county ships
 * 15 kinds ({@code SpecTable}), marked as the county's own choice.</li>
 * <li>{@code Board} (牌子 and 上墙制度, one table with a kind): per village (or a township's own premises), as hung — name,
 * issuer, place, size, photo (content-checked, thumbnail, EXIF time and place read and kept), the spec its name
 * suggests, its admission number — and what is to happen to it: keep / merge into another board / remove / replace, the
 * reason (标识与功能不符, 无实际业务活动, 失效, 不在规格内, 未经准入), the due date and the date done with an after-photo.
 * <pre>
 *   DRAFT ─declare (village)─▶ DECLARED ─accept (township)─▶ VERIFIED
 *                                        └send back + comment─▶ RETURNED ─declare again─▶ DECLARED
 *   any change by the village puts a board back to DRAFT; township boards are checked by the office.
 * </pre></li>
 * <li>{@code Group} (工作群、政务APP、小程序): owner, purpose, cadres required, basis or admission number, county mandate,
 * banned demands (打卡, 积分, 在线时长, 截图, 接龙), active / merged into / closed with the date; the norm of about one
 * guiding group per township is shown per township.</li>
 * <li>{@code Form} (报表) with its fields, frequency, basis or admission number, channel; the duplicate check
 * ({@code FieldIndex}: normalised names, synonyms such as 身份证号/公民身份号码, bigram fuzzy match) runs on
 * registration and gives the share already collected and the forms holding those fields; ≥ 50% is flagged. The
 * township's annual plan ({@code Plans}) lists the forms its villages fill; a form outside it without an admission
 * number is 计划外（一事一报）.</li>
 * <li>{@code Visit} (督考调研、会议) logged by the village, counted per week and month against the county's caps
 * (default 2 a week, from the 黔南 measures); over-cap and unregistered visits are flagged.</li>
 * </ul>
 *
 * <h2>Home page, rollups, counting</h2>
 * {@code LedgerTodos} (待办, deadlines in working days on the official calendar: the township verifies a declaration
 * and the village answers a return within 5 working days, boards past their due date, over-cap visits) and
 * {@code LedgerNews} (消息: verdicts for the village, declarations and removals for the township and the office).
 * Every change publishes {@link cn.qingdan.shared.rollup.FiguresChanged} ({@code LedgerChanges}) so the rollups refresh.
 * The dashboard counts distinct field names from {@code ledger_form_field}'s own county/state/date columns, kept by
 * triggers on every write (V82), with one index-only scan. Boards list: 30 a page, filtered by township, village,
 * status, declaration and compliance. Xlsx import and export of boards, wall rules, groups/apps and forms with their
 * fields ({@code LedgerImport}, {@code LedgerRegistryImport}, {@code LedgerWorkbook}), all-or-nothing.
 *
 * <h2>Linked to the gate</h2>
 * {@code GateLink}: an item citing no admission number found in the register (admission's {@code Register}), not a
 * self-governance matter and without another recorded basis (the county's spec table for a board in spec, a law or a
 * county mandate for an app, a plan or basis for a visit) is 未经准入, publishes a
 * {@link cn.qingdan.shared.lead.SupervisionLead} and is listed on the inspector's village page
 * ({@link cn.qingdan.shared.lead.VillageFacts}). Names and descriptions are read by the screening engine.
 *
 * <h2>Boundaries</h2>
 * Reads only its own tables ({@code ledger_*}); units come from org ({@code Units}, {@code UnitTree}), admission
 * numbers from admission's public {@code Register} (admission does not depend on this module). Every record carries the
 * owning unit's path, so data scope is one prefix test: a village sees itself, a township its villages, the county all;
 * the county's group and form registries are readable by every signed-in user of the county. The public sees the
 * village's public section and {@code GET /api/v1/villages/{code}/ledgers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "台账管理", allowedDependencies = { "shared",
		"shared :: dashboard", "shared :: demo", "shared :: menu", "shared :: todo", "shared :: news", "shared :: lead", "shared :: rollup",
		"shared :: publicpage", "audit", "identity", "org", "admission", "screening", "workflow :: imports",
		"workflow :: document" })
package cn.qingdan.ledger;
