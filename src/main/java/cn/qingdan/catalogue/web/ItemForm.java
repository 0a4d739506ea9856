package cn.qingdan.catalogue.web;

import java.util.EnumMap;
import java.util.Map;

import cn.qingdan.catalogue.ItemCells;
import cn.qingdan.catalogue.ItemColumn;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;

/**
 * The item form: one text field per {@link ItemColumn}, parsed by the same rules as an Excel row, so a form and a
 * sheet can never disagree. Field names are the column names in lower camel case (code, list, name, …).
 */
public class ItemForm {

	private final Map<ItemColumn, String> values = new EnumMap<>(ItemColumn.class);

	public Map<ItemColumn, String> getValues() {
		return values;
	}

	public String get(ItemColumn column) {
		return values.getOrDefault(column, "");
	}

	static ItemForm of(ItemContent item) {
		ItemForm form = new ItemForm();
		if (item != null) {
			for (ItemColumn c : ItemColumn.values()) {
				String v = ItemCells.cell(item, c);
				form.values.put(c, v == null ? "" : v);
			}
		}
		return form;
	}

	static ItemForm of(Map<String, String> params) {
		ItemForm form = new ItemForm();
		for (ItemColumn c : ItemColumn.values()) {
			String v = params.get("f_" + c.name());
			form.values.put(c, v == null ? "" : v);
		}
		return form;
	}

	/** The list chosen in the form, or null. */
	ListType list() {
		return ListType.parse(get(ItemColumn.LIST));
	}

	/**
	 * Parses the form; cells of columns that do not belong to the chosen list are left out (a field the form no longer
	 * shows cannot make an item invalid).
	 */
	ItemCells.Parsed parse() {
		ListType list = list();
		if (list != null) {
			Map<ItemColumn, String> relevant = new EnumMap<>(ItemColumn.class);
			ItemColumn.forList(list).forEach(c -> relevant.put(c, get(c)));
			return ItemCells.parse(0, relevant);
		}
		return ItemCells.parse(0, values);
	}
}
