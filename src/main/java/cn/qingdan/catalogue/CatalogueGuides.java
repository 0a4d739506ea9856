package cn.qingdan.catalogue;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * 指导目录: a province's or city's burden-reduction office publishes items it recommends for the four lists; a county's
 * office adopts one through the change procedure — a draft change proposal adding the item, its source noted, which
 * is consulted, assessed and approved like any other. Only region offices publish (to the counties below them), only
 * county offices adopt (what their region published); the region sees which counties adopted what and where each
 * proposal stands. Published items never change.
 */
@Service
public class CatalogueGuides {

	/** A published guiding item; {@code adoption} is the viewing county's latest adoption of it, if any. */
	public record GuideItem(long id, String region, int number, ItemContent content, String publishedAt, Adoption adoption) {
	}

	/** A county's adoption: the proposal it opened, the code the item got, where the procedure stands. */
	public record Adoption(long guideItemId, String county, long proposalId, String code, ChangeProposal.Status status) {

		public boolean open() {
			return status != ChangeProposal.Status.REJECTED && status != ChangeProposal.Status.DECLINED
					&& status != ChangeProposal.Status.WITHDRAWN;
		}
	}

	private final ProposalStore store;
	private final Catalogues catalogues;
	private final CreateProposal create;
	private final EditChanges edit;
	private final Units units;

	CatalogueGuides(ProposalStore store, Catalogues catalogues, CreateProposal create, EditChanges edit, Units units) {
		this.store = store;
		this.catalogues = catalogues;
		this.create = create;
		this.edit = edit;
		this.units = units;
	}

	/** The region office's unit and its division prefix (61, 6104), if the actor is a region office. */
	public Optional<Unit> regionOffice(QingdanUser actor) {
		return units.unit(actor.unitId())
			.filter(u -> actor.has(Role.REGION_OFFICE) && u.type() == Unit.Type.REGION_OFFICE && u.regionCode() != null);
	}

	/** The county (6-digit code) whose office the actor works in, if any. */
	public Optional<Unit> countyOffice(QingdanUser actor) {
		if (!actor.roles().stream().anyMatch(ChangeProposal.OFFICE::contains)) {
			return Optional.empty();
		}
		return units.unit(actor.unit().rootId()).filter(u -> u.type() == Unit.Type.COUNTY && u.regionCode() != null);
	}

	static String prefix(String regionCode) {
		if (regionCode.substring(2, 6).equals("0000")) {
			return regionCode.substring(0, 2);
		}
		return regionCode.substring(0, 4);
	}

	/** What the actor may read: a region office its own items, a county office what its city and province published. */
	public List<GuideItem> items(QingdanUser actor) {
		Optional<Unit> region = regionOffice(actor);
		if (region.isPresent()) {
			return query("where g.region_unit_id = ?", region.get().id(), null);
		}
		Unit county = countyOffice(actor).orElseThrow(() -> new NotFound("指导目录"));
		String code = county.regionCode().substring(0, 6);
		return query("where ? like g.region_prefix || '%'", code, code);
	}

	private List<GuideItem> query(String where, Object param, String county) {
		return store.jdbc().sql("select g.id, g.region_unit_id, g.number, g.content::text, to_char(g.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')"
				+ " from catalogue_guide_item g " + where + " order by g.region_prefix, g.number")
			.param(param)
			.query((rs, n) -> new GuideItem(rs.getLong(1), name(rs.getLong(2)), rs.getInt(3), catalogues.read(rs.getString(4)),
					rs.getString(5), county == null ? null : adoptions(rs.getLong(1), county).stream().findFirst().orElse(null)))
			.list();
	}

	/** Adoptions of one item (by one county when given), latest first. */
	public List<Adoption> adoptions(long guideItemId, String county) {
		return store.jdbc().sql("""
				select a.guide_item_id, a.county_unit_id, a.proposal_id, a.code, p.status from catalogue_guide_adoption a
				join change_proposal p on p.id = a.proposal_id
				where a.guide_item_id = ? and (cast(? as varchar) is null or a.county_code = ?) order by a.county_code, a.adopted_at desc""")
			.params(guideItemId, county, county)
			.query((rs, n) -> new Adoption(rs.getLong(1), name(rs.getLong(2)), rs.getLong(3), rs.getString(4),
					ChangeProposal.Status.valueOf(rs.getString(5))))
			.list();
	}

	private String name(long unitId) {
		return units.unit(unitId).map(Unit::name).orElse("");
	}

	/** The region office publishes an item (validated as any catalogue item); returns its number. */
	@Transactional
	public int publish(QingdanUser actor, ItemContent content) {
		Unit region = regionOffice(actor).orElseThrow(() -> new RuleViolation("只有省、市基层减负办可以发布指导目录"));
		if (content == null) {
			throw new RuleViolation("请填写事项内容");
		}
		int number = store.jdbc().sql("select coalesce(max(number), 0) + 1 from catalogue_guide_item where region_unit_id = ?")
			.param(region.id()).query(Integer.class).single();
		store.jdbc().sql("""
				insert into catalogue_guide_item (region_unit_id, region_prefix, number, list, name, content, published_by, published_at)
				values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
			.params(region.id(), prefix(region.regionCode()), number, content.list().name(), content.name(),
					catalogues.write(content), actor.username(), Timestamp.from(store.now()))
			.update();
		store.publish(AuditEvent.success("发布指导目录事项", "指导目录", region.regionCode() + "-" + number,
				content.list().label() + "：" + content.name()));
		return number;
	}

	/**
	 * A county office adopts an item: a draft change proposal of its catalogue adding the item (the next free code of
	 * its list), the guiding list named as its reason and source; returns the proposal's id.
	 */
	@Transactional
	public long adopt(QingdanUser actor, long guideItemId) {
		Unit county = countyOffice(actor).orElseThrow(() -> new RuleViolation("只有县基层减负办可以采纳指导目录事项"));
		String code = county.regionCode().substring(0, 6);
		GuideItem item = items(actor).stream().filter(g -> g.id() == guideItemId).findFirst()
			.orElseThrow(() -> new NotFound("指导目录事项"));
		if (item.adoption() != null && item.adoption().open()) {
			throw new RuleViolation("本县已采纳该事项（调整申请 " + item.adoption().proposalId() + "，" + item.adoption().status().label() + "）");
		}
		Catalogue catalogue = catalogues.forCounty(county.id()).orElseThrow(() -> new RuleViolation("本县尚未建立四张清单目录"));
		String source = item.region() + "指导目录第 " + item.number() + " 项";
		ChangeProposal p = create.create(actor, catalogue.id(), "采纳" + source + "：" + item.content().name(),
				"采纳" + source + "“" + item.content().name() + "”，纳入本县" + item.content().list().label() + "。");
		String itemCode = edit.addChange(actor, p.id(), p.version(), ProposalChange.Operation.ADD, null,
				"采纳" + source, item.content().basisDocument(), item.content().withCode(null));
		store.jdbc().sql("""
				insert into catalogue_guide_adoption (guide_item_id, county_code, county_unit_id, proposal_id, code, adopted_by, adopted_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(guideItemId, code, county.id(), p.id(), itemCode, actor.username(), Timestamp.from(store.now()))
			.update();
		store.audit("采纳指导目录事项", p.id(), source + "：" + item.content().name() + " → " + itemCode);
		return p.id();
	}
}
