package cn.qingdan.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, a leading BOM ignored. */
final class Csv {

	private Csv() {
	}

	static List<List<String>> read(Reader in) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean first = true;
		int c;
		while ((c = in.read()) != -1) {
			if (first) {
				first = false;
				if (c == '\uFEFF') {
					continue;
				}
			}
			if (quoted) {
				if (c == '"') {
					in.mark(1);
					int next = in.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next == -1) {
							break;
						}
						in.reset();
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append((char) c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
