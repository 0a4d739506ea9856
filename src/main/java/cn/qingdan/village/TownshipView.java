package cn.qingdan.village;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.WorkingDays;

/**
 * The township's (and the county's) view of self-governance this year, village by village: meetings held
 * (民情恳谈, deliberations), disclosures on time, late and missing, opinions answered, overdue and escalated.
 */
@Service
class TownshipView {

	record Line(long villageId, String village, String township, int meetings, int deliberations, int disclosedOnTime,
			int disclosedLate, int missing, int opinions, int openOverdue, int escalated, int satisfied) {

		public boolean lit() {
			return disclosedLate + missing + openOverdue + escalated > 0;
		}
	}

	private final Matters m;
	private final UnitTree tree;
	private final DisclosureCatalogue catalogue;
	private final WorkingDays workingDays;

	TownshipView(Matters m, UnitTree tree, DisclosureCatalogue catalogue, WorkingDays workingDays) {
		this.m = m;
		this.tree = tree;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
	}

	List<Line> lines(QingdanUser actor) {
		LocalDate today = m.today();
		LocalDate from = LocalDate.of(today.getYear(), 1, 1);
		String scope = actor.scope().likePattern();
		Map<Long, int[]> counts = new HashMap<>();
		count(counts, 0, "select village_unit_id, count(*) from village_meeting where unit_path like ? and held_on >= ? group by 1", scope, from);
		count(counts, 1, "select village_unit_id, count(*) from village_deliberation where unit_path like ? and created_at >= ? group by 1", scope, from);
		count(counts, 2, "select village_unit_id, count(*) from village_disclosure where unit_path like ? and due_on >= ? and disclosed_on <= due_on group by 1", scope, from);
		count(counts, 3, "select village_unit_id, count(*) from village_disclosure where unit_path like ? and due_on >= ? and disclosed_on > due_on group by 1", scope, from);
		count(counts, 4, "select village_unit_id, count(*) from village_opinion where unit_path like ? and created_at >= ? group by 1", scope, from);
		count(counts, 5, "select village_unit_id, count(*) from village_opinion where unit_path like ? and status in ('OPEN', 'REOPENED') and due_on < ? group by 1", scope, today);
		count(counts, 6, "select village_unit_id, count(*) from village_opinion where unit_path like ? and status = 'ESCALATED' and due_on <= ? group by 1", scope, today);
		count(counts, 7, "select village_unit_id, count(*) from village_opinion where unit_path like ? and satisfaction in ('SATISFIED', 'BASIC') and created_at >= ? group by 1", scope, from);
		Map<Long, Integer> recordedDue = new HashMap<>();
		m.jdbc().sql("""
				select d.village_unit_id, count(*) from village_disclosure d join village_disclosure_item i on i.id = d.item_id
				where d.unit_path like ? and i.timing <> 'EVENT' and d.due_on >= ? and d.due_on < ? group by 1""")
			.params(scope, Date.valueOf(from), Date.valueOf(today))
			.query((rs, n) -> recordedDue.put(rs.getLong(1), rs.getInt(2))).list();
		List<Line> lines = new ArrayList<>();
		Map<Long, Integer> expectedByCounty = new HashMap<>();
		for (UnitTree.VillageInTree v : tree.villagesInTreeOrder(scope, "%", List.of())) {
			int[] c = counts.getOrDefault(v.id(), new int[8]);
			long county = countyOf(actor);
			int expected = expectedByCounty.computeIfAbsent(county, k -> expected(k, from, today.minusDays(1)));
			int missing = Math.max(0, expected - recordedDue.getOrDefault(v.id(), 0));
			lines.add(new Line(v.id(), Place.label(v.name()), v.township(), c[0], c[1], c[2], c[3], missing, c[4], c[5], c[6], c[7]));
		}
		return lines;
	}

	private long countyOf(QingdanUser actor) {
		return Long.parseLong(actor.unit().path().substring(1, actor.unit().path().indexOf('/', 1)));
	}

	/** How many periodic disclosures fell due in [from, to] for each village of the county. */
	private int expected(long countyId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return 0;
		}
		return catalogue.of(countyId).stream().filter(DisclosureItem::periodic)
			.mapToInt(i -> DisclosureTiming.periodsDue(i.timing(), i.graceDays(), from, to, workingDays).size()).sum();
	}

	private void count(Map<Long, int[]> counts, int index, String sql, String scope, LocalDate day) {
		Object param = sql.contains("created_at") ? java.sql.Timestamp.valueOf(day.atStartOfDay()) : Date.valueOf(day);
		m.jdbc().sql(sql).params(scope, param)
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new int[8])[index] = rs.getInt(2)).list();
	}
}
