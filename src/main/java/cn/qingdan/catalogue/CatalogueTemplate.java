package cn.qingdan.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The shipped template ({@code classpath:catalogue/template.csv}, built from the published lists, see SOURCES.md)
 * and a county's local additions ({@code classpath:catalogue/local-<county code>.csv}).
 */
@Component
public class CatalogueTemplate {

	public List<ItemContent> template() {
		return load("/catalogue/template.csv");
	}

	/** The local additions shipped for a county (6-digit code), or none. */
	public List<ItemContent> localAdditions(String countyCode) {
		return CatalogueTemplate.class.getResource("/catalogue/local-" + countyCode + ".csv") != null
				? load("/catalogue/local-" + countyCode + ".csv") : List.of();
	}

	/** The words the template uses for the adopting county's own catalogue as a basis (本县的清单本身). */
	public static final String OWN_CATALOGUE = "本县村级组织工作事项清单";

	/**
	 * What a county adopts: the template plus its local additions, with "本县村级组织工作事项清单" in a basis replaced by
	 * the name of the county's catalogue (the approved catalogue is the basis where no law or national document is).
	 */
	public List<ItemContent> forCounty(String countyCode, String catalogueName) {
		List<ItemContent> items = new ArrayList<>(template());
		items.addAll(localAdditions(countyCode));
		return items.stream().map(i -> i.basisDocument() == null || !i.basisDocument().contains(OWN_CATALOGUE) ? i
				: ItemContent.withBasis(i, i.basisDocument().replace(OWN_CATALOGUE, catalogueName))).toList();
	}

	static List<ItemContent> load(String resource) {
		try (InputStream in = CatalogueTemplate.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("缺少清单模板文件 " + resource);
			}
			List<List<String>> rows = Csv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			List<ItemContent> items = new ArrayList<>();
			List<String> errors = new ArrayList<>();
			Map<ItemColumn, Integer> index = headerIndex(rows.get(0), resource);
			for (int r = 1; r < rows.size(); r++) {
				List<String> row = rows.get(r);
				if (row.stream().allMatch(String::isBlank)) {
					continue;
				}
				Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
				index.forEach((col, i) -> cells.put(col, i < row.size() ? row.get(i) : ""));
				ItemCells.Parsed parsed = ItemCells.parse(r + 1, cells);
				if (parsed.ok()) {
					items.add(parsed.item());
				}
				else {
					errors.add("第 " + (r + 1) + " 行：" + String.join("；", parsed.errors()));
				}
			}
			if (!errors.isEmpty()) {
				throw new IllegalStateException(resource + " 有误：" + String.join("\n", errors));
			}
			return items;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<ItemColumn, Integer> headerIndex(List<String> header, String where) {
		Map<ItemColumn, Integer> index = new EnumMap<>(ItemColumn.class);
		for (int i = 0; i < header.size(); i++) {
			String h = header.get(i).strip();
			for (ItemColumn c : ItemColumn.values()) {
				if (c.matches(h)) {
					index.put(c, i);
				}
			}
		}
		for (ItemColumn c : ItemColumn.values()) {
			if (c.required() && !index.containsKey(c)) {
				throw new IllegalStateException(where + " 缺少“" + c.header() + "”列");
			}
		}
		return index;
	}
}
