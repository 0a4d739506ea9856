package cn.qingdan.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import tools.jackson.databind.json.JsonMapper;

/** Catalogues, their published versions and items: reading, searching, comparing and publishing. */
@Service
public class Catalogues {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Catalogues(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Catalogue> forCounty(long countyUnitId) {
		return jdbc.sql("select id, county_unit_id, name from catalogue where county_unit_id = ?")
			.param(countyUnitId)
			.query((rs, n) -> new Catalogue(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	public Optional<Catalogue> find(long id) {
		return jdbc.sql("select id, county_unit_id, name from catalogue where id = ?")
			.param(id)
			.query((rs, n) -> new Catalogue(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	public List<Catalogue> all() {
		return jdbc.sql("select id, county_unit_id, name from catalogue order by id")
			.query((rs, n) -> new Catalogue(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	public List<CatalogueVersion> versions(long catalogueId) {
		return jdbc.sql("select * from catalogue_version where catalogue_id = ? order by number desc")
			.param(catalogueId)
			.query(Catalogues::version)
			.list();
	}

	public Optional<CatalogueVersion> current(long catalogueId) {
		return jdbc.sql("select * from catalogue_version where catalogue_id = ? order by number desc limit 1")
			.param(catalogueId)
			.query(Catalogues::version)
			.optional();
	}

	public Optional<CatalogueVersion> version(long catalogueId, int number) {
		return jdbc.sql("select * from catalogue_version where catalogue_id = ? and number = ?")
			.params(catalogueId, number)
			.query(Catalogues::version)
			.optional();
	}

	public CatalogueVersion requireVersion(long catalogueId, int number) {
		return version(catalogueId, number).orElseThrow(() -> new NotFound("第 " + number + " 版清单"));
	}

	/** All items of a version, by list then code. */
	public List<ItemContent> items(long versionId) {
		return jdbc.sql("select content from catalogue_entry where version_id = ? order by list_order(list), code")
			.param(versionId)
			.query((rs, n) -> read(rs.getString(1)))
			.list();
	}

	public Optional<ItemContent> item(long versionId, String code) {
		return jdbc.sql("select content from catalogue_entry where version_id = ? and code = ?")
			.params(versionId, code == null ? "" : code.strip().toUpperCase())
			.query((rs, n) -> read(rs.getString(1)))
			.optional();
	}

	/**
	 * Items of a version whose name, code, aliases, keywords, category or description contain every word of the query
	 * (words split on blanks); optionally one list only. "低保" finds 最低生活保障 items through their aliases.
	 */
	public List<ItemContent> search(long versionId, String query, ListType list) {
		List<String> words = query == null ? List.of()
				: List.of(query.strip().toLowerCase().split("[\\s，,；;]+")).stream().filter(w -> !w.isBlank()).toList();
		StringBuilder sql = new StringBuilder("select content from catalogue_entry where version_id = :v");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("v", versionId);
		if (list != null) {
			sql.append(" and list = :list");
			params.put("list", list.name());
		}
		for (int i = 0; i < words.size() && i < 8; i++) {
			sql.append(" and strpos(search_text, :w").append(i).append(") > 0");
			params.put("w" + i, words.get(i));
		}
		sql.append(" order by list_order(list), code");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> read(rs.getString(1))).list();
	}

	/** Counts per list of a version. */
	public Map<ListType, Long> countsByList(long versionId) {
		Map<ListType, Long> counts = new java.util.EnumMap<>(ListType.class);
		for (ListType t : ListType.values()) {
			counts.put(t, 0L);
		}
		jdbc.sql("select list, count(*) from catalogue_entry where version_id = ? group by list")
			.param(versionId)
			.query((rs, n) -> counts.put(ListType.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Whether a code was ever used in the catalogue (codes are never reused). */
	public boolean codeUsed(long catalogueId, String code) {
		return jdbc.sql("select count(*) from catalogue_code where catalogue_id = ? and code = ?")
			.params(catalogueId, code)
			.query(Long.class)
			.single() > 0;
	}

	/** The next free code of a list, e.g. XZ-41. */
	public String nextCode(long catalogueId, ListType list) {
		int max = jdbc.sql("select coalesce(max(cast(substring(code from 4) as int)), 0) from catalogue_code where catalogue_id = ? and code like ?")
			.params(catalogueId, list.prefix() + "-%")
			.query(Integer.class)
			.single();
		return list.prefix() + "-" + String.format("%02d", max + 1);
	}

	public CatalogueDiff diff(long catalogueId, int from, int to) {
		CatalogueVersion a = requireVersion(catalogueId, from);
		CatalogueVersion b = requireVersion(catalogueId, to);
		return compare(from, items(a.id()), to, items(b.id()));
	}

	static CatalogueDiff compare(int from, List<ItemContent> before, int to, List<ItemContent> after) {
		Map<String, ItemContent> old = before.stream().collect(Collectors.toMap(ItemContent::code, i -> i, (x, y) -> x, LinkedHashMap::new));
		Map<String, ItemContent> now = after.stream().collect(Collectors.toMap(ItemContent::code, i -> i, (x, y) -> x, LinkedHashMap::new));
		List<ItemContent> added = after.stream().filter(i -> !old.containsKey(i.code())).toList();
		List<ItemContent> removed = before.stream().filter(i -> !now.containsKey(i.code())).toList();
		List<CatalogueDiff.ChangedItem> changed = new ArrayList<>();
		for (ItemContent n : after) {
			ItemContent o = old.get(n.code());
			if (o == null || o.equals(n)) {
				continue;
			}
			List<CatalogueDiff.FieldChange> fields = new ArrayList<>();
			for (ItemColumn c : ItemColumn.values()) {
				String x = nz(ItemCells.cell(o, c));
				String y = nz(ItemCells.cell(n, c));
				if (!x.equals(y)) {
					fields.add(new CatalogueDiff.FieldChange(c.header(), x, y));
				}
			}
			if (!fields.isEmpty()) {
				changed.add(new CatalogueDiff.ChangedItem(n.code(), n.name(), fields));
			}
		}
		return new CatalogueDiff(from, to, added, removed, changed);
	}

	/** Creates a county's catalogue (without versions). */
	@Transactional
	public Catalogue create(long countyUnitId, String name) {
		if (forCounty(countyUnitId).isPresent()) {
			throw new RuleViolation("该县已建立清单目录");
		}
		long id = jdbc.sql("insert into catalogue (county_unit_id, name) values (?, ?) returning id")
			.params(countyUnitId, name)
			.query(Long.class)
			.single();
		events.publishEvent(AuditEvent.success("建立清单目录", "清单目录", id, name));
		return new Catalogue(id, countyUnitId, name);
	}

	/**
	 * Publishes the next version with exactly the given items. Every item must pass {@link ItemRules}; codes must be
	 * unique; a code retired earlier may not come back.
	 */
	@Transactional
	public CatalogueVersion publish(long catalogueId, List<ItemContent> items, String publishedBy, Long proposalId,
			String summary) {
		Catalogue catalogue = find(catalogueId).orElseThrow(() -> new NotFound("清单目录"));
		jdbc.sql("select id from catalogue where id = ? for update").param(catalogueId).query(Long.class).single();
		Set<String> seen = new HashSet<>();
		Set<String> previous = current(catalogueId).map(v -> items(v.id()).stream().map(ItemContent::code)
			.collect(Collectors.toSet())).orElse(Set.of());
		for (ItemContent item : items) {
			List<String> errors = ItemRules.check(item);
			if (!errors.isEmpty()) {
				throw new RuleViolation(item.code() + "：" + String.join("；", errors));
			}
			if (!seen.add(item.code())) {
				throw new RuleViolation("编码 " + item.code() + " 重复");
			}
			if (!previous.contains(item.code()) && codeUsed(catalogueId, item.code())) {
				throw new RuleViolation("编码 " + item.code() + " 曾被已删除的事项使用，不得复用");
			}
		}
		int number = current(catalogueId).map(v -> v.number() + 1).orElse(1);
		long versionId = jdbc.sql("""
				insert into catalogue_version (catalogue_id, number, published_at, published_by, proposal_id, summary, item_count)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(catalogueId, number, Timestamp.from(clock.instant()), publishedBy, proposalId, summary, items.size())
			.query(Long.class)
			.single();
		List<ItemContent> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(ItemContent::code));
		for (ItemContent item : sorted) {
			jdbc.sql("""
					insert into catalogue_entry (version_id, code, list, name, category, search_text, content)
					values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
				.params(versionId, item.code(), item.list().name(), item.name(), item.category(), searchText(item),
						json.writeValueAsString(item))
				.update();
			jdbc.sql("insert into catalogue_code (catalogue_id, code, first_version) values (?, ?, ?) on conflict do nothing")
				.params(catalogueId, item.code(), number)
				.update();
		}
		CatalogueVersion version = version(catalogueId, number).orElseThrow();
		events.publishEvent(AuditEvent.success("发布清单版本", "清单目录", catalogueId,
				catalogue.name() + " 第 " + number + " 版，共 " + items.size() + " 项"));
		events.publishEvent(new CatalogueVersionPublished(catalogueId, catalogue.countyUnitId(), number, versionId));
		return version;
	}

	static String searchText(ItemContent item) {
		return String.join(" ", item.code(), item.name(), nz(item.category()), String.join(" ", item.aliases()),
				String.join(" ", item.keywords()), nz(item.description()), String.join(" ", item.departments()),
				item.list().label())
			.toLowerCase();
	}

	ItemContent read(String text) {
		return json.readValue(text, ItemContent.class);
	}

	String write(ItemContent item) {
		return json.writeValueAsString(item);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static CatalogueVersion version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long proposal = rs.getLong("proposal_id");
		return new CatalogueVersion(rs.getLong("id"), rs.getLong("catalogue_id"), rs.getInt("number"),
				rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.wasNull() ? null : proposal,
				rs.getString("summary"), rs.getInt("item_count"));
	}
}
