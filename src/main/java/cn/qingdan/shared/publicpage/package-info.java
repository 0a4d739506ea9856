/**
 * The village's public page contract ({@code GET /public/villages/{12-digit code}}, no login): the web shell owns the
 * route and the frame (village name, township, QR code of the page); every module that has something public about a
 * village — the ledgers' boards, groups and forms in force, the self-governance disclosures, compacts and opinions —
 * contributes one {@link cn.qingdan.shared.publicpage.VillageSection} through a
 * {@link cn.qingdan.shared.publicpage.VillagePublicSections} bean. No module reads another's tables for it.
 */
@org.springframework.modulith.NamedInterface("publicpage")
package cn.qingdan.shared.publicpage;
