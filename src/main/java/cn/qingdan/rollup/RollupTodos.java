package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * A city's or province's office acts by 督导: its to-dos are the counties whose figures this year call for it — the
 * villages' burden grew against the baseline year, 工作提示函 past their rectification deadline, admitted matters
 * without their funds (费随事转未落实), visits beyond the yearly cap. One line per county, leading to its figures.
 */
@Component
class RollupTodos implements TodoProvider {

	/** The signals, in the order they are named: metric key, wording before the figure, unit after it. */
	private static final List<String[]> SIGNALS = List.of(
			new String[] { "supervision.letters-late", "逾期未整改提示函 ", " 件" },
			new String[] { "services.unfunded", "费随事转未落实事项 ", " 件" },
			new String[] { "ledger.over-cap", "超过上限的督查调研 ", " 次" });

	private final Rollups rollups;
	private final RollupReader reader;
	private final RegionScope scope;

	RollupTodos(Rollups rollups, RollupReader reader, RegionScope scope) {
		this.rollups = rollups;
		this.reader = reader;
		this.scope = scope;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || !user.has(Role.REGION_OFFICE)) {
			return List.of();
		}
		return scope.prefix(user).filter(p -> p.length() == 2 || p.length() == 4)
			.flatMap(p -> reader.region(p, rollups.currentYear(), rollups.firstYear()))
			.map(view -> view.rows().stream().map(row -> todo(row, view.baselineYear())).filter(t -> t != null).toList())
			.orElse(List.of());
	}

	/** The county's to-do, or null when nothing in its figures calls for 督导. */
	static TodoItem todo(RollupReader.Row row, int baselineYear) {
		Map<String, BigDecimal> f = row.figures();
		List<String> reasons = new ArrayList<>();
		BigDecimal reduction = f.get(RollupReader.REDUCTION);
		if (reduction != null && reduction.signum() < 0) {
			reasons.add("村级负担较" + baselineYear + "年上升 " + reduction.negate().stripTrailingZeros().toPlainString() + "%");
		}
		for (String[] s : SIGNALS) {
			BigDecimal v = f.get(s[0]);
			if (v != null && v.signum() > 0) {
				reasons.add(s[1] + v.stripTrailingZeros().toPlainString() + s[2]);
			}
		}
		if (reasons.isEmpty()) {
			return null;
		}
		return new TodoItem("督导", "督导" + row.name() + "：" + String.join("，", reasons), "/rollups/" + row.code(), null);
	}
}
