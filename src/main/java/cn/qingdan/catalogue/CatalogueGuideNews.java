package cn.qingdan.catalogue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.news.NewsItem;
import cn.qingdan.shared.news.NewsProvider;

/**
 * 指导目录 news of the last 30 days: a city's or province's office reads which counties adopted its items (and where
 * each adoption's change proposal stands); a county's office reads what its city and province newly published.
 */
@Component
class CatalogueGuideNews implements NewsProvider {

	static final Duration WINDOW = Duration.ofDays(30);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final CatalogueGuides guides;
	private final ProposalStore store;
	private final Units units;

	CatalogueGuideNews(CatalogueGuides guides, ProposalStore store, Units units) {
		this.guides = guides;
		this.store = store;
		this.units = units;
	}

	@Override
	public List<NewsItem> newsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || user.id() <= 0) {
			return List.of();
		}
		Timestamp since = Timestamp.from(store.now().minus(WINDOW));
		List<NewsItem> news = new ArrayList<>();
		guides.regionOffice(user).ifPresent(region -> adoptions(region, since, news));
		guides.countyOffice(user).ifPresent(county -> published(county, since, news));
		news.sort(Comparator.comparing(NewsItem::on).reversed());
		return news;
	}

	private void adoptions(Unit region, Timestamp since, List<NewsItem> news) {
		store.jdbc().sql("""
				select a.county_unit_id, g.number, g.name, p.status, a.adopted_at from catalogue_guide_adoption a
				join catalogue_guide_item g on g.id = a.guide_item_id
				join change_proposal p on p.id = a.proposal_id
				where g.region_unit_id = ? and a.adopted_at >= ? order by a.adopted_at desc limit 30""")
			.params(region.id(), since)
			.query((rs, n) -> news.add(new NewsItem("指导目录", name(rs.getLong("county_unit_id")) + "采纳本办指导目录第 " + rs.getInt("number")
					+ " 项“" + rs.getString("name") + "”（调整申请" + ChangeProposal.Status.valueOf(rs.getString("status")).label() + "）",
					"/catalogue/guide", day(rs.getTimestamp("adopted_at")))))
			.list();
	}

	private void published(Unit county, Timestamp since, List<NewsItem> news) {
		store.jdbc().sql("""
				select g.region_unit_id, g.number, g.name, g.published_at from catalogue_guide_item g
				where ? like g.region_prefix || '%' and g.published_at >= ? order by g.published_at desc limit 30""")
			.params(county.regionCode().substring(0, 6), since)
			.query((rs, n) -> news.add(new NewsItem("指导目录", name(rs.getLong("region_unit_id")) + "发布指导目录第 " + rs.getInt("number")
					+ " 项“" + rs.getString("name") + "”，可研究采纳", "/catalogue/guide", day(rs.getTimestamp("published_at")))))
			.list();
	}

	private String name(long unitId) {
		return units.unit(unitId).map(Unit::name).orElse("");
	}

	private static LocalDate day(Timestamp at) {
		return at.toInstant().atZone(ZONE).toLocalDate();
	}
}
