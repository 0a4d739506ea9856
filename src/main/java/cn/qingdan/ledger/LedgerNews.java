package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.news.NewsItem;
import cn.qingdan.shared.news.NewsProvider;

/**
 * What changed in the ledgers lately (the last 30 days) for the home page's 消息: the village reads the township's
 * verdict on its declarations; the township and the county office read which villages (or townships) declared, and
 * how many boards each took down, merged or replaced.
 */
@Component
class LedgerNews implements NewsProvider {

	private final JdbcClient jdbc;
	private final UnitTree tree;
	private final Clock clock;

	LedgerNews(JdbcClient jdbc, UnitTree tree, Clock clock) {
		this.jdbc = jdbc;
		this.tree = tree;
		this.clock = clock;
	}

	private record Line(long unitId, LocalDate on, long count, String what) {
	}

	@Override
	public List<NewsItem> newsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || user.unit() == null || user.id() <= 0) {
			return List.of();
		}
		LocalDate since = LocalDate.now(clock).minusDays(30);
		List<NewsItem> news = new ArrayList<>();
		boolean village = user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD);
		if (village) {
			jdbc.sql("""
					select checked_on, declaration, count(*) from ledger_board
					where unit_path = ? and checked_on >= ? and declaration in ('VERIFIED', 'RETURNED')
					group by checked_on, declaration order by checked_on desc limit 10""")
				.params(user.unit().path(), since)
				.query((rs, n) -> news.add(new NewsItem("台账核实", "VERIFIED".equals(rs.getString(2))
						? "乡镇已核实本村台账 " + rs.getLong(3) + " 条" : "乡镇退回本村台账 " + rs.getLong(3) + " 条，请修改后重新申报",
						"/ledgers/boards?declaration=" + rs.getString(2), rs.getObject(1, LocalDate.class))))
				.list();
		}
		if (user.has(Role.TOWNSHIP_OFFICER) || user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER)) {
			List<Line> lines = new ArrayList<>();
			jdbc.sql("""
					select coalesce(village_unit_id, township_unit_id), declared_on, count(*) from ledger_board
					where unit_path like ? and unit_path <> ? and declared_on >= ? and declaration = 'DECLARED'
					group by 1, 2""")
				.params(user.scope().likePattern(), user.unit().path(), since)
				.query((rs, n) -> lines.add(new Line(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), "申报台账")))
				.list();
			jdbc.sql("""
					select coalesce(village_unit_id, township_unit_id), max(done_on), count(*) from ledger_board
					where unit_path like ? and done_on >= ? and status <> 'KEEP' group by 1""")
				.params(user.scope().likePattern(), since)
				.query((rs, n) -> lines.add(new Line(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), "整改完成牌子和制度")))
				.list();
			Map<Long, String> names = tree.names(lines.stream().map(Line::unitId).distinct().toList());
			lines.stream().sorted(Comparator.comparing(Line::on).reversed()).limit(10)
				.forEach(l -> news.add(new NewsItem("台账变化", names.getOrDefault(l.unitId(), "") + l.what() + " " + l.count() + " 条",
						l.what().startsWith("申报") ? "/ledgers/boards?declaration=DECLARED" : "/ledgers", l.on())));
		}
		news.sort(Comparator.comparing(NewsItem::on).reversed());
		return news;
	}
}
