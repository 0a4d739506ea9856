package cn.qingdan.shared.publicpage;

import java.util.Optional;

/**
 * Implemented by every module that shows something public about a village. Must return only what the public may
 * see (no personal data unmasked, nothing not yet in force or published).
 */
public interface VillagePublicSections {

	/**
	 * @param villageUnitId the village's unit id
	 * @param villageCode its 12-digit division code
	 * @return the section, or empty when the module has nothing to show for this village
	 */
	Optional<VillageSection> sectionFor(long villageUnitId, String villageCode);
}
