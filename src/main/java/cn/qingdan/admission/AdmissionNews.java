package cn.qingdan.admission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.news.NewsItem;
import cn.qingdan.shared.news.NewsProvider;

/**
 * What changed lately for each role at the gate (the last 30 days): a department hears the decisions on its
 * applications; a village and a township hear of matters newly admitted on them and of the office's answers to
 * their reports; the office hears of new reports.
 */
@Component
class AdmissionNews implements NewsProvider {

	static final Duration WINDOW = Duration.ofDays(30);

	private static final String DECIDED = "coalesce(a.revoked_at, a.decided_at)";

	private final JdbcClient jdbc;
	private final UnitDirectory units;
	private final Clock clock;

	AdmissionNews(JdbcClient jdbc, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public List<NewsItem> newsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || user.id() <= 0) {
			return List.of();
		}
		Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
		long county = user.unit().rootId();
		List<NewsItem> news = new ArrayList<>();
		if (user.has(Role.DEPARTMENT_OFFICER)) {
			jdbc.sql("select a.*, " + DECIDED + " as at from admission_application a where a.department_unit_id = ? and "
					+ DECIDED + " >= ? and a.status in ('ADMITTED', 'REFUSED', 'NOT_ADMISSIBLE', 'REJECTED', 'REVOKED', 'FILED')"
					+ " order by at desc limit 20")
				.params(user.unitId(), since)
				.query((rs, n) -> news.add(new NewsItem("准入决定", outcome(rs.getString("status"), rs.getString("title"),
						rs.getString("admission_number")), "/admission/applications/" + rs.getLong("id"), day(rs.getTimestamp("at")))))
				.list();
		}
		boolean village = user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD);
		if (village || user.has(Role.TOWNSHIP_OFFICER)) {
			admittedOn(user, county, since, news);
			jdbc.sql("""
					select id, left(text, 30) as t, responded_at from village_report where reporter_unit_path like ?
					  and responded_at >= ? order by responded_at desc limit 20""")
				.params(user.scope().likePattern(), since)
				.query((rs, n) -> news.add(new NewsItem("反映答复", "县基层减负办已答复反映：" + rs.getString("t"),
						"/admission/reports/" + rs.getLong("id"), day(rs.getTimestamp("responded_at")))))
				.list();
		}
		if (user.roles().stream().anyMatch(ApplicationSteps.OFFICE::contains)) {
			jdbc.sql("""
					select id, left(text, 30) as t, created_at from village_report where county_unit_id = ? and created_at >= ?
					order by created_at desc limit 20""")
				.params(county, since)
				.query((rs, n) -> news.add(new NewsItem("村级反映", "收到反映：" + rs.getString("t"),
						"/admission/reports/" + rs.getLong("id"), day(rs.getTimestamp("created_at")))))
				.list();
		}
		news.sort(Comparator.comparing(NewsItem::on).reversed());
		return news;
	}

	/** Matters admitted lately that apply to the actor's village, or to any village of the actor's township. */
	private void admittedOn(QingdanUser user, long county, Timestamp since, List<NewsItem> news) {
		DataScope scope = user.scope();
		Long[] villages = units.within(scope).stream().filter(u -> "VILLAGE".equals(u.type()))
			.map(UnitDirectory.UnitInfo::id).toArray(Long[]::new);
		long township = "TOWNSHIP".equals(user.unit().type()) ? user.unitId() : parentOf(user.unit().path());
		jdbc.sql("""
				select a.title, a.admission_number, a.decided_at, a.occurrences_per_year * a.hours_per_occurrence as hours
				from admission_application a where a.county_unit_id = ? and a.status = 'ADMITTED' and a.decided_at >= ?
				  and (a.scope_type = 'ALL' or exists (select 1 from admission_scope s where s.application_id = a.id
				    and ((a.scope_type = 'TOWNSHIPS' and s.unit_id = ?) or (a.scope_type = 'VILLAGES' and s.unit_id = any(?)))))
				order by a.decided_at desc limit 20""")
			.params(county, since, township, villages)
			.query((rs, n) -> news.add(new NewsItem("新准入事项", "新准入：" + rs.getString("title")
					+ (rs.getBigDecimal("hours") == null ? "" : "（每村每年约 " + rs.getBigDecimal("hours").stripTrailingZeros().toPlainString() + " 小时）"),
					UriComponentsBuilder.fromPath("/public/register/entry").queryParam("number", rs.getString("admission_number"))
						.encode().build().toUriString(), day(rs.getTimestamp("decided_at")))))
			.list();
	}

	static String outcome(String status, String title, String number) {
		return switch (status) {
			case "ADMITTED" -> "已准入：" + title + (number == null ? "" : "（" + number + "）");
			case "REFUSED" -> "不予准入：" + title;
			case "NOT_ADMISSIBLE" -> "属村民自治事项，不予交办：" + title;
			case "REJECTED" -> "审定未通过：" + title;
			case "REVOKED" -> "已撤销准入：" + title;
			default -> "已备案：" + title;
		};
	}

	/** The parent unit's id from a materialised path such as {@code /1/12/57/} (12). */
	static long parentOf(String path) {
		String[] parts = path.split("/");
		return parts.length >= 3 ? Long.parseLong(parts[parts.length - 2]) : -1;
	}

	private LocalDate day(Timestamp ts) {
		return LocalDate.ofInstant(ts.toInstant(), clock.getZone());
	}
}
