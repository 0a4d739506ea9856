package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One kind of board in the county's specification table (挂牌规格一览表), as in force from {@code effectiveFrom} until
 * {@code effectiveTo} (null: still in force). {@code absorbs} names the boards this one takes in (the merge rules);
 * {@code aliases} the other names the same board hangs under, for suggesting the spec from a board's name.
 */
record Spec(long id, long countyUnitId, int kindNo, String standardName, String issuer, Ledger.Place placement,
		String sizeMaterial, String absorbs, String aliases, LocalDate effectiveFrom, LocalDate effectiveTo,
		String changedBy) {

	public List<String> absorbedNames() {
		return split(absorbs);
	}

	public List<String> aliasNames() {
		return split(aliases);
	}

	static List<String> split(String s) {
		return s == null || s.isBlank() ? List.of()
				: Arrays.stream(s.split("[、,，;；]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
	}
}
