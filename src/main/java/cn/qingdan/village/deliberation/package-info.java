/**
 * The village's deliberation records as other modules use them (named interface {@code village :: deliberation}):
 * a public-interest certificate's deliberation (民主议事) IS one of the village's deliberations — the certificate desk
 * records it through {@link cn.qingdan.village.deliberation.DeliberationRecords} and shows it, with its six steps and
 * its timeline, from there. No second design and no copy of the columns on the certificate request.
 */
@org.springframework.modulith.NamedInterface("deliberation")
package cn.qingdan.village.deliberation;
