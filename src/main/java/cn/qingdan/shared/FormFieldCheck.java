package cn.qingdan.shared;

import java.util.List;
import java.util.Optional;

/**
 * Compares the fields a text names with every field of every report form in force in a county. Implemented by the
 * ledger module (which keeps the forms); the admission module asks it, when present, about an application of kind 报表,
 * so admission does not depend on the ledgers (which look admission numbers up in admission's register).
 */
public interface FormFieldCheck {

	/**
	 * @param countyUnitId the county
	 * @param text an application's content: the fields are read from it (names separated by 、，；; or new lines, after
	 *        “字段：” or “栏目：” when present)
	 * @return the overlap, or empty when the text names fewer than two fields
	 */
	Optional<FieldOverlap> overlap(long countyUnitId, String text);

	/**
	 * @param fields how many distinct fields the text names
	 * @param duplicated how many are already collected by forms in force
	 * @param share duplicated ÷ fields in percent, one decimal
	 * @param flagged whether the form mostly duplicates existing ones (≥ 50 %)
	 * @param holders the forms holding most of them (issuer and name), most shared first, at most five
	 */
	record FieldOverlap(int fields, int duplicated, double share, boolean flagged, List<String> holders) {
	}
}
