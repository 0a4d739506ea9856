package cn.qingdan.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.FormFieldCheck;

/** The duplicate-field check offered to admission for applications of kind 报表 (see {@code shared.FormFieldCheck}). */
@Component
class LedgerFieldCheck implements FormFieldCheck {

	private final Forms forms;

	LedgerFieldCheck(Forms forms) {
		this.forms = forms;
	}

	/** The field names a text lists: after 字段：/栏目： when present, names of 2–20 characters between separators. */
	static List<String> fieldsOf(String text) {
		if (text == null) {
			return List.of();
		}
		String t = text;
		for (String marker : List.of("字段：", "字段:", "栏目：", "栏目:", "包括：", "包括:")) {
			int at = t.indexOf(marker);
			if (at >= 0) {
				t = t.substring(at + marker.length());
				break;
			}
		}
		return Arrays.stream(t.split("[、，,；;。\\n\\r]+")).map(String::strip)
			.filter(s -> s.length() >= 2 && s.length() <= 20).distinct().limit(Forms.MAX_FIELDS).toList();
	}

	@Override
	public Optional<FieldOverlap> overlap(long countyUnitId, String text) {
		List<String> fields = fieldsOf(text);
		if (fields.size() < 2) {
			return Optional.empty();
		}
		FieldIndex.Result r = forms.check(countyUnitId, fields, -1);
		List<Long> ids = new ArrayList<>(r.formsByShared().keySet()).subList(0, Math.min(5, r.formsByShared().size()));
		Map<Long, String> names = forms.names(ids);
		return Optional.of(new FieldOverlap(r.fields(), r.duplicated(), r.share(), r.flagged(),
				ids.stream().map(names::get).toList()));
	}
}
