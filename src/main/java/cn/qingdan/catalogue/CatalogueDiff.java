package cn.qingdan.catalogue;

import java.util.List;

/**
 * What changed between two versions of a catalogue.
 *
 * @param from the older version number
 * @param to the newer version number
 * @param added items in {@code to} only
 * @param removed items in {@code from} only
 * @param changed items in both whose content differs, with the differing fields
 */
public record CatalogueDiff(int from, int to, List<ItemContent> added, List<ItemContent> removed,
		List<ChangedItem> changed) {

	public record FieldChange(String field, String before, String after) {
	}

	public record ChangedItem(String code, String name, List<FieldChange> fields) {
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

	public int size() {
		return added.size() + removed.size() + changed.size();
	}
}
