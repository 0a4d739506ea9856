package cn.qingdan.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.qingdan.catalogue.CatalogueTemplate;
import cn.qingdan.catalogue.ItemContent;

/** Labelled requests (dev-cases.csv format) and the shipped demo catalogue, for measurement and tests. */
final class LabelledCases {

	record Case(String id, String text, Outcome expected, String item) {
	}

	private LabelledCases() {
	}

	/** The demo county's catalogue: the shipped template with 武功县's local additions. */
	static List<ItemContent> demoCatalogue() {
		CatalogueTemplate template = new CatalogueTemplate();
		List<ItemContent> items = new ArrayList<>(template.template());
		items.addAll(template.localAdditions("610431"));
		return items;
	}

	/**
	 * Where the dev sets are (they are not in the repository): {@code -Dscreening.dev-dir}, else the first of ../shared/data/screening and ../../shared/data/screening
	 * (the project's sibling {@code shared}, as in CI and the main checkout, or a worktree's one level up).
	 */
	static Optional<Path> devDirectory() {
		String property = System.getProperty("screening.dev-dir");
		if (property != null && !property.isBlank()) {
			return Optional.of(Path.of(property));
		}
		Path project = Path.of("").toAbsolutePath();
		for (Path up = project.getParent(); up != null && project.getNameCount() - up.getNameCount() <= 2; up = up.getParent()) {
			Path candidate = up.resolve("shared/data/screening");
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	static List<Case> read(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Outcome outcome(String label) {
		return switch (label.strip()) {
			case "NEGATIVE" -> Outcome.PROHIBITED;
			case "ASSIST" -> Outcome.ASSISTANCE;
			case "SELF_GOVERNANCE" -> Outcome.SELF_GOVERNANCE;
			case "CERT_RETAINED" -> Outcome.CERTIFICATE_RETAINED;
			case "CERT_PROHIBITED" -> Outcome.CERTIFICATE_NOT_ISSUABLE;
			case "NONE" -> Outcome.NONE;
			default -> throw new IllegalArgumentException("未知标签 " + label);
		};
	}

	static List<Case> parse(String csv) {
		List<List<String>> rows = rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
		List<String> header = rows.get(0);
		int id = header.indexOf("case_id"), text = header.indexOf("text"), list = header.indexOf("expected_list"),
				item = header.indexOf("expected_item");
		List<Case> cases = new ArrayList<>();
		for (List<String> r : rows.subList(1, rows.size())) {
			if (r.size() > list && !r.get(id).isBlank()) {
				cases.add(new Case(r.get(id), r.get(text), outcome(r.get(list)), item >= 0 ? r.get(item) : ""));
			}
		}
		return cases;
	}

	/** RFC 4180 rows. */
	private static List<List<String>> rows(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
