/**
 * The four lists (四张清单): a versioned, county-owned catalogue and its change procedure.
 *
 * <h2>Model</h2>
 * <ul>
 * <li>A {@link cn.qingdan.catalogue.Catalogue} belongs to one county unit. It is published in numbered
 * {@link cn.qingdan.catalogue.CatalogueVersion versions}; a published version never changes (database triggers refuse
 * updates and deletes of its entries).</li>
 * <li>Each version holds one {@link cn.qingdan.catalogue.ItemContent} per item. An item's identity is its code
 * (ZZ-01, XZ-12, FM-03, ZM-05, BZ-17): kept across versions, never reused once retired.</li>
 * <li>Any two versions compare into a {@link cn.qingdan.catalogue.CatalogueDiff}: added, removed, changed fields.</li>
 * </ul>
 *
 * <h2>Change procedure (动态管理)</h2>
 * A {@code ChangeProposal} (add / modify / remove items, each with reason and basis) goes
 * <pre>
 *   PROPOSED (by a department or township) ─take up─▶ DRAFT (office) ─consult─▶ CONSULTING ─close─▶ ASSESSING
 *   ─assess─▶ AWAITING_DECISION ─approve─▶ APPROVED (publishes version n+1)   ─reject─▶ REJECTED
 *   PROPOSED ─decline─▶ DECLINED;  DRAFT, CONSULTING ─withdraw─▶ WITHDRAWN (with a reason once units were consulted)
 * </pre>
 * Consultation deadlines are working days on the official calendar; consulted units see the request in their to-do
 * list. Which step a party may take from which state is one table ({@code ChangeProposal.STEPS}, the kit's
 * {@code StepTable}; decision-table tested); the page's {@code can…} flags come from it. Each step is one small class
 * — {@code CreateProposal}, {@code EditChanges}, {@code ReceiveProposal} (受理 / 不予受理), {@code StartConsultation},
 * {@code AnswerConsultation} (反馈 / 结束征求意见), {@code OfflineFeedback} (代为登记书面意见), {@code AssessProposal},
 * {@code DecideProposal} (批准发布 / 不予批准), {@code WithdrawProposal} — sharing {@code ProposalStore} (load within
 * the actor's scope, optimistic-lock move, timeline entry, audit record); {@link cn.qingdan.catalogue.ChangeProposals}
 * is the one entry point the pages and the API call.
 *
 * <h2>Guiding list (指导目录)</h2>
 * A province's or city's burden-reduction office publishes items it recommends ({@code CatalogueGuides.publish},
 * validated as any item, source = its guiding list; never changed once published). A county's office adopts one:
 * {@code CatalogueGuides.adopt} opens a DRAFT proposal of its catalogue with one ADD change (the county's next free
 * code) — from there the procedure above, nothing bypassed. The region sees each county's adoption and its proposal's
 * state. Only region offices publish, only county offices adopt; both audited.
 *
 * <h2>Tables and boundaries</h2>
 * Owns {@code catalogue}, {@code catalogue_version}, {@code catalogue_entry}, {@code catalogue_code},
 * {@code change_proposal}, {@code proposal_change}, {@code proposal_attachment}, {@code catalogue_guide_item} and
 * {@code catalogue_guide_adoption}, and reads no other module's
 * table: units through org's {@code Units}, accounts through identity, consultations and the timeline through the
 * workflow kit. A proposal keeps its origin unit's id only (units are never deleted); a published version keeps the
 * publisher's login id, named on pages by identity's {@code PersonNames}.
 *
 * <h2>Content and exchange</h2>
 * The shipped template ({@code classpath:catalogue/template.csv}) is built from the published lists, each item naming
 * its source; the demo county adopts it as version 1 with local additions. Catalogues and proposals import from and
 * export to .xlsx with the columns of {@link cn.qingdan.catalogue.ItemColumn}; nothing is saved unless every row is
 * valid. Public pages and {@code GET /api/v1/catalogue} show the current version, any version, diffs and search.
 * Publishing a version announces {@link cn.qingdan.catalogue.CatalogueVersionPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "四张清单", allowedDependencies = {
		"audit", "identity", "org", "region", "shared", "shared :: demo", "shared :: menu", "shared :: news", "shared :: todo",
		"workflow :: consultation", "workflow :: events", "workflow :: imports", "workflow :: sweep", "workflow :: timeline",
		"workflow :: transition" })
package cn.qingdan.catalogue;
