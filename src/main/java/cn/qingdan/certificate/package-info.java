/**
 * Certificates (证明开具): a village records a resident's request at the counter, the decision assistant says whether
 * the village may issue it, and issued certificates are signed, printed and verifiable by anyone.
 *
 * <h2>Model</h2>
 * <ul>
 * <li>A {@code CertificateRequest} (开具申请) belongs to one village: applicant (name, ID and phone number — sealed with
 * SM4-GCM, found by an HMAC-SM3 blind index, stored masked for display), the certificate wanted (a catalogue item or
 * free text), purpose, the requesting agency (用证单位) and the materials seen.</li>
 * <li>The {@code Decision} comes from the catalogue and the screening engine: {@code RETAINED} (依法出具证明事项 —
 * proceed with the item's guide, materials, template and time limit), {@code NOT_ISSUABLE} (不应出具 — refuse with a
 * notice citing the item, the verifying body and 告知承诺), {@code UNLISTED} (清单未列 — the agency must cite its legal
 * basis, recorded, before the village proceeds; otherwise refuse).</li>
 * <li>An issued {@code Certificate} (证明) carries an unguessable serial (100 random bits, Crockford base32), a
 * human number (田庄村证〔2026〕12号), its text from the item's template, and an SM2 signature (SM3withSM2) over its
 * canonical fields by the county's key, which lives in a key file outside the database.</li>
 * </ul>
 *
 * <h2>Flow</h2>
 * <pre>
 *   record ─RETAINED────────────────────────────────▶ IN_PROGRESS ─issue─▶ ISSUED ─revoke─▶ REVOKED
 *          ─UNLISTED──▶ AWAITING_BASIS ─basis cited─▶ (as RETAINED)      ─refuse (facts not verified)─▶ REFUSED
 *                                      ─no basis────▶ REFUSED
 *          ─NOT_ISSUABLE──────────────────────────────────────────────────────────────────────────▶ REFUSED
 *   public interest (公共利益或多数村民利益): before IN_PROGRESS ─▶ AWAITING_DELIBERATION ─recorded─▶
 *          AWAITING_APPROVAL ─head approves─▶ IN_PROGRESS   (not agreed / not approved ─▶ REFUSED)
 * </pre>
 * The time limit (当场办结 or N working days on the official calendar) runs from acceptance (受理: recording, or the
 * day the basis is cited); open requests show on the clerk's to-do list with their deadline light, approvals on the
 * head's. Every step is audited and lands on the request's timeline.
 *
 * <h2>Steps</h2>
 * Every step is a class of its own — {@code RecordRequest}, {@code AcceptRequest}, {@code CiteBasis},
 * {@code RecordDeliberation}, {@code ApproveRequest}, {@code IssueCertificate}, {@code RefuseRequest},
 * {@code RevokeCertificate}, {@code ViewInFull} — run in one transaction each by {@code CertificateDesk}. Who may take
 * which step from which status is ONE table, {@code RequestSteps} (the kit's {@code StepTable}): the steps check it, and
 * the request page shows the forms of exactly the steps it allows ({@code RequestSteps.Can}); {@code RequestStepsTest}
 * walks every status × party × step.
 * <pre>
 *   step               from                                   who
 *   CITE_BASIS         AWAITING_BASIS                         the village's clerk or head
 *   REFUSE_NO_BASIS    AWAITING_BASIS                         the village's clerk or head
 *   DELIBERATE         AWAITING_DELIBERATION                  the village's clerk or head
 *   APPROVE            AWAITING_APPROVAL                      the village's head
 *   ISSUE              IN_PROGRESS                            the village's clerk or head
 *   REFUSE             any open status                        the village's clerk or head
 *   REVOKE             ISSUED                                 the village's clerk or head
 *   PRINT_CERTIFICATE  ISSUED, REVOKED                        the village's clerk or head
 *   PRINT_NOTICE       REFUSED                                anyone whose data scope shows the request
 *   VIEW_IN_FULL       any                                    the village's clerk or head, the office administrator
 * </pre>
 *
 * <h2>Boundaries</h2>
 * No other module uses a type of this one: every class is package-private. The deliberation a public-interest
 * certificate needs is one of the village's deliberations, recorded and read through {@code shared :: deliberation}
 * ({@code DeliberationRecords}); the request keeps only its status. It reads only its own tables
 * ({@code certificate_request}, {@code certificate}); units come from org ({@code Units} for one unit, cached;
 * {@code UnitTree} for the village tree of the statistics), users from identity, items from catalogue. A request shows
 * its village's current name. A certificate stores the village's name, path and code and the county code as they were
 * on the day of issue, on purpose: the paper says what it said, reprints are byte-identical and the signature covers
 * those fields — a later renaming of the village must not change an issued certificate.
 *
 * <h2>Verification</h2>
 * {@code /public/certificates} and {@code GET /api/v1/certificates/{serial}/verification} (no login, rate-limited)
 * answer valid / revoked / not found with the issuing village, type, date and the masked holder, checking the
 * signature over the stored fields on every call.
 */
@org.springframework.modulith.ApplicationModule(displayName = "证明开具", allowedDependencies = { "shared",
		"shared :: crypto", "shared :: rollup", "shared :: dashboard", "shared :: lead", "shared :: demo", "shared :: menu", "shared :: todo", "audit",
		"identity", "org", "catalogue", "screening", "workflow :: timeline", "workflow :: numbering",
		"workflow :: transition", "workflow :: document", "workflow :: sweep", "shared :: deliberation" })
package cn.qingdan.certificate;
