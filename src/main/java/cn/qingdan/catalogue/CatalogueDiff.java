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

	/** The diff as the public may see it: without the office's remarks (备注), which are internal. */
	public CatalogueDiff withoutNotes() {
		List<ChangedItem> kept = changed.stream()
			.map(c -> new ChangedItem(c.code(), c.name(),
					c.fields().stream().filter(f -> !f.field().equals(ItemColumn.NOTE.header())).toList()))
			.filter(c -> !c.fields().isEmpty())
			.toList();
		return new CatalogueDiff(from, to, added, removed, kept);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

	public int size() {
		return added.size() + removed.size() + changed.size();
	}
}
