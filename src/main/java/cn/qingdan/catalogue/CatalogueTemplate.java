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
		Map<String, String[]> patterns = patternCells();
		return load("/catalogue/template.csv").stream()
			.map(i -> patterns.containsKey(i.code()) ? withPatterns(i, patterns.get(i.code())) : i)
			.toList();
	}

	/**
	 * The national burden patterns shipped with the template ({@code classpath:catalogue/burden-patterns.csv}: code,
	 * patterns, examples, near misses, each pattern naming its source), by prohibited item code. A county's version
	 * carries its own copy and changes it by the change procedure; screening falls back to these for an item of an
	 * older version that has none.
	 */
	public static Map<String, List<String>> nationalPatterns() {
		Map<String, List<String>> out = new java.util.LinkedHashMap<>();
		patternCells().forEach((code, cells) -> out.put(code, ItemCells.lines(cells[0])));
		return out;
	}

	private static ItemContent withPatterns(ItemContent item, String[] cells) {
		ItemContent merged = item.withPatterns(ItemCells.lines(cells[0]), ItemCells.lines(cells[1]), ItemCells.lines(cells[2]));
		List<String> problems = ItemRules.check(merged);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("/catalogue/burden-patterns.csv " + item.code() + " 有误：" + String.join("；", problems));
		}
		return merged;
	}

	private static volatile Map<String, String[]> patternCells;

	private static Map<String, String[]> patternCells() {
		Map<String, String[]> cached = patternCells;
		if (cached != null) {
			return cached;
		}
		try (InputStream in = CatalogueTemplate.class.getResourceAsStream("/catalogue/burden-patterns.csv")) {
			Map<String, String[]> out = new java.util.LinkedHashMap<>();
			if (in != null) {
				List<List<String>> rows = Csv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
				for (List<String> row : rows.subList(1, rows.size())) {
					if (row.size() >= 4 && !row.get(0).isBlank()) {
						out.put(row.get(0).strip(), new String[] { row.get(1), row.get(2), row.get(3) });
					}
				}
			}
			patternCells = Map.copyOf(out);
			return patternCells;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
