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
 * Matters newly admitted on a village or a township (the last 30 days), computed from the register for the actor's
 * scope. Decisions, reports and answers reach the home page's 消息 panel as messages (module notification).
 */
@Component
class AdmissionNews implements NewsProvider {

	static final Duration WINDOW = Duration.ofDays(30);

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
		if (user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD) || user.has(Role.TOWNSHIP_OFFICER)) {
			admittedOn(user, county, since, news);
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

	/** The parent unit's id from a materialised path such as {@code /1/12/57/} (12). */
	static long parentOf(String path) {
		String[] parts = path.split("/");
		return parts.length >= 3 ? Long.parseLong(parts[parts.length - 2]) : -1;
	}

	private LocalDate day(Timestamp ts) {
		return LocalDate.ofInstant(ts.toInstant(), clock.getZone());
	}
}
