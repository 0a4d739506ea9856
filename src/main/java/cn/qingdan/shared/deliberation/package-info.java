/**
 * The contract of the village's deliberation records (named interface {@code shared :: deliberation}, implemented by
 * the self-governance module): a public-interest certificate's deliberation (民主议事) IS one of the village's
 * deliberations — the certificate desk records it through {@link cn.qingdan.shared.deliberation.DeliberationRecords}
 * and shows it, with its six steps and its timeline, from there. No second design and no copy of the columns on the
 * certificate request. The contract lives here, not in the village module, because the village sends messages
 * (notification) and notification listens to the certificate desk: certificate → village would close a cycle.
 */
@org.springframework.modulith.NamedInterface("deliberation")
package cn.qingdan.shared.deliberation;
