package cn.qingdan.village;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.shared.rollup.Figure;
import cn.qingdan.shared.rollup.FigureSource;
import cn.qingdan.shared.rollup.Metric;

/**
 * Self-governance figures for the rollups, per village and for the county, for the year up to its end (today for the
 * current year): periodic disclosures due under the county's catalogue, those disclosed on time and late; opinions
 * received, answered by their deadline and found unsatisfying (reopened at least once); deliberations held, of them
 * major matters under 四议两公开; compact versions filed with the township. Every record changing them publishes
 * {@code FiguresChanged} ({@link Matters#figuresChanged}).
 */
@Component
class VillageFigures implements FigureSource {

	static final String DUE = "village.disclosures-due";
	static final String ON_TIME = "village.disclosures-on-time";
	static final String LATE = "village.disclosures-late";
	static final String OPINIONS = "village.opinions";
	static final String ANSWERED = "village.opinions-answered-in-time";
	static final String UNSATISFIED = "village.opinions-unsatisfied";
	static final String DELIBERATIONS = "village.deliberations";
	static final String MAJOR = "village.major-matters";
	static final String COMPACTS = "village.compacts-filed";

	private static final String[] COUNTED = { ON_TIME, LATE, OPINIONS, ANSWERED, UNSATISFIED, DELIBERATIONS, MAJOR, COMPACTS };

	private final Matters m;
	private final UnitTree tree;
	private final DisclosureCatalogue catalogue;
	private final WorkingDays workingDays;

	VillageFigures(Matters m, UnitTree tree, DisclosureCatalogue catalogue, WorkingDays workingDays) {
		this.m = m;
		this.tree = tree;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric(DUE, "村务应公开（项）", 400, false), new Metric(ON_TIME, "村务按时公开（项）", 410, false),
				new Metric(LATE, "村务逾期公开（项）", 420, true), new Metric(OPINIONS, "收到群众意见（件）", 430, false),
				new Metric(ANSWERED, "按期答复群众意见（件）", 440, false), new Metric(UNSATISFIED, "群众不满意的答复（件）", 450, true),
				new Metric(DELIBERATIONS, "议事协商（件）", 460, false), new Metric(MAJOR, "四议两公开重大事项（件）", 470, false),
				new Metric(COMPACTS, "村规民约报乡镇备案（件）", 480, false));
	}

	@Override
	public List<Figure> figures(long countyUnitId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31).isAfter(m.today()) ? m.today() : LocalDate.of(year, 12, 31);
		if (end.isBefore(from)) {
			return List.of();
		}
		Date f = Date.valueOf(from);
		Date e = Date.valueOf(end);
		Timestamp fs = Timestamp.valueOf(from.atStartOfDay());
		Timestamp es = Timestamp.valueOf(end.plusDays(1).atStartOfDay());
		Map<Long, long[]> byVillage = new HashMap<>();
		count(byVillage, 0, 1, """
				select village_unit_id, count(*) filter (where disclosed_on <= due_on), count(*) filter (where disclosed_on > due_on)
				from village_disclosure where county_unit_id = ? and due_on between ? and ? and disclosed_on <= ? group by 1""",
				countyUnitId, f, e, e);
		count(byVillage, 2, 4, """
				select village_unit_id, count(*), count(*) filter (where replied_on is not null and replied_on <= due_on),
				  count(*) filter (where reopened > 0 or satisfaction = 'UNSATISFIED')
				from village_opinion where county_unit_id = ? and created_at >= ? and created_at < ? group by 1""",
				countyUnitId, fs, es);
		count(byVillage, 5, 6, """
				select village_unit_id, count(*), count(*) filter (where kind = 'MAJOR')
				from village_deliberation where county_unit_id = ? and created_at >= ? and created_at < ? group by 1""",
				countyUnitId, fs, es);
		count(byVillage, 7, 7, """
				select c.village_unit_id, count(*) from village_compact_version v join village_compact c on c.id = v.compact_id
				where c.county_unit_id = ? and v.filed_on between ? and ? group by 1""", countyUnitId, f, e);
		int due = expected(countyUnitId, from, end.minusDays(1));
		List<Figure> out = new ArrayList<>();
		long[] county = new long[COUNTED.length + 1];
		for (Unit v : tree.ofType(countyUnitId, Unit.Type.VILLAGE, true)) {
			out.add(figure(v.id(), DUE, due));
			county[COUNTED.length] += due;
			long[] c = byVillage.remove(v.id());
			for (int i = 0; c != null && i < COUNTED.length; i++) {
				if (c[i] > 0) {
					out.add(figure(v.id(), COUNTED[i], c[i]));
				}
				county[i] += c[i];
			}
		}
		out.add(figure(countyUnitId, DUE, county[COUNTED.length]));
		for (int i = 0; i < COUNTED.length; i++) {
			out.add(figure(countyUnitId, COUNTED[i], county[i]));
		}
		return out;
	}

	private int expected(long countyId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return 0;
		}
		return catalogue.of(countyId).stream().filter(DisclosureItem::periodic)
			.mapToInt(i -> DisclosureTiming.periodsDue(i.timing(), i.graceDays(), from, to, workingDays).size()).sum();
	}

	private void count(Map<Long, long[]> into, int first, int last, String sql, Object... params) {
		m.jdbc().sql(sql).params(params).query(rs -> {
			long[] c = into.computeIfAbsent(rs.getLong(1), k -> new long[COUNTED.length]);
			for (int i = first; i <= last; i++) {
				c[i] = rs.getLong(i - first + 2);
			}
		});
	}

	private static Figure figure(long unit, String metric, long value) {
		return new Figure(unit, metric, BigDecimal.valueOf(value));
	}
}
