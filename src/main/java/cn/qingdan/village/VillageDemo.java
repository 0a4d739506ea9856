package cn.qingdan.village;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.shared.demo.DemoDataset;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * Self-governance demo for every village of the county: this year's disclosures against the catalogue (about one in
 * eight late, a few missing), 民情恳谈 meetings with opinions in every state, deliberations (a 说事会 from an opinion,
 * a 四议两公开 with full vote counts, resolution and result published), last year's 述职述廉 round, compacts with two
 * versions; and 田庄村's supervision committee member. Written in batches so that a start stays quick.
 */
@Component
class VillageDemo implements DemoDataset {

	static final String SUPERVISOR = "tianzhuang_jd";

	private final JdbcTemplate jdbc;
	private final Units units;
	private final UnitTree tree;
	private final UserAccounts accounts;
	private final DisclosureCatalogue catalogue;
	private final Timeline timeline;
	private final WorkingDays workingDays;
	private final Clock clock;
	private final OpinionMessages messages;

	VillageDemo(JdbcTemplate jdbc, Units units, UnitTree tree, UserAccounts accounts, DisclosureCatalogue catalogue,
			Timeline timeline, WorkingDays workingDays, Clock clock, OpinionMessages messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.units = units;
		this.tree = tree;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.timeline = timeline;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String description() {
		return "村民自治记录";
	}

	@Override
	public boolean present(String countyCode) {
		return units.byRegion(countyCode).map(c -> jdbc.queryForObject(
				"select count(*) from village_meeting where county_unit_id = ?", Integer.class, c.id()) > 0).orElse(true);
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		List<Place> villages = new ArrayList<>();
		for (Unit u : tree.ofType(county.id(), Unit.Type.VILLAGE, true)) {
			villages.add(Place.of(u));
		}
		if (villages.isEmpty()) {
			return 0;
		}
		units.byRegion(countyCode + "101200").ifPresent(t -> accounts.ensureDemoUser(SUPERVISOR, "田秀英", t.id(),
				EnumSet.of(Role.VILLAGE_SUPERVISOR), "13891041299", "Qingdan@2026demo"));
		LocalDate today = LocalDate.now(clock);
		DemoBatch b = new DemoBatch(jdbc, countyCode.hashCode());
		List<DisclosureItem> items = catalogue.of(county.id());
		String tianzhuang = countyCode + "101200";
		int n = new DemoDisclosures(b, items, workingDays, today).write(villages, tianzhuang);
		n += new DemoMatters(b, items, workingDays, today).write(villages);
		n += new DemoCompacts(b, items, today).write(villages, tianzhuang);
		n += new DemoGroups(b, today).write(villages, tianzhuang, tree.ofType(county.id(), Unit.Type.TOWNSHIP, true));
		n += new DemoBodies(b, today).write(villages);
		timeline.recordAll(b.timeline);
		// the escalated opinions reached their townships as messages (督办), as the sweep sends them
		jdbc.query("select " + Opinion.COLUMNS + " from village_opinion where county_unit_id = ? and status = 'ESCALATED' order by id",
				Opinion::map, county.id()).forEach(messages::escalated);
		return n;
	}
}
