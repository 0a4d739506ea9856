package cn.qingdan.village;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Village compacts: a draft (a new compact, or the next version of one), adopted by the villagers' meeting (the
 * quorum rules of {@link Quorum}), filed with the township for review (备案审查: 村民委员会组织法第二十七条), which puts it
 * in force (the previous version is superseded) or sends it back naming the clause that breaks the law.
 */
@Service
class Compacts {

	/** What a village adopts by its villagers' meeting and files with the township (村民委员会组织法第二十七条). */
	static final List<String> KINDS = List.of("村规民约", "居民公约", "村民自治章程", "居民自治章程");

	private final Matters m;
	private final Disclosures disclosures;
	private final DisclosureCatalogue catalogue;
	private final Deliberations deliberations;

	Compacts(Matters m, Disclosures disclosures, DisclosureCatalogue catalogue, Deliberations deliberations) {
		this.m = m;
		this.deliberations = deliberations;
		this.disclosures = disclosures;
		this.catalogue = catalogue;
	}

	@Transactional
	long draft(QingdanUser actor, Place v, Long compactId, String kind, String title, String text, Long deliberationId) {
		Meetings.required("text", text, 20000, "条文");
		Deliberation through = deliberationId == null ? null : draftingDeliberation(actor, v, deliberationId);
		long id;
		if (compactId == null) {
			if (!KINDS.contains(kind)) {
				throw new RuleViolation("kind", "请选择村规民约、居民公约或自治章程");
			}
			Meetings.required("title", title, 100, "名称");
			id = m.jdbc().sql("insert into village_compact (county_unit_id, village_unit_id, unit_path, kind, title) values (?, ?, ?, ?, ?) returning id")
				.params(v.countyId(), v.villageId(), v.path(), kind, title.strip()).query(Long.class).single();
		}
		else {
			Compact c = require(actor, compactId);
			if (c.villageId() != v.villageId()) {
				throw new NotFound("该村规民约");
			}
			if (versions(compactId).stream().anyMatch(x -> List.of("DRAFT", "ADOPTED", "FILED").contains(x.status()))) {
				throw new RuleViolation("已有未完成备案的版本，请先办结");
			}
			id = compactId;
		}
		int no = m.jdbc().sql("select coalesce(max(version_no), 0) + 1 from village_compact_version where compact_id = ?")
			.param(id).query(Integer.class).single();
		m.jdbc().sql("insert into village_compact_version (compact_id, version_no, text, status, drafted_on, deliberation_id) values (?, ?, ?, 'DRAFT', ?, ?)")
			.params(id, no, text.strip(), Date.valueOf(m.today()), deliberationId).update();
		if (through != null) {
			m.step(through.matterId(), actor, "起草村规民约", "《" + require(actor, id).title() + "》第 " + no + " 版草案");
		}
		m.audit("起草村规民约", "村规民约", id, "第 " + no + " 版" + (through == null ? "" : "，经议事协商：" + through.title()));
		return id;
	}

	/** The villagers' meeting adopts the draft (quorum and majority checked). */
	@Transactional(noRollbackFor = RuleViolation.class)
	void adopt(QingdanUser actor, long compactId, LocalDate on, Quorum.Vote vote) {
		Compact.Version v = current(actor, compactId, "DRAFT", "只有草案可以提交村民会议表决");
		if (on == null || on.isAfter(m.today()) || on.isBefore(v.draftedOn())) {
			throw new RuleViolation("on", "表决日期应在起草之后、今天之前");
		}
		if (vote.type() != Quorum.MeetingType.VILLAGERS) {
			throw new RuleViolation("meetingType", "《村民委员会组织法》第二十七条：村规民约由村民会议制定和修改");
		}
		boolean passed;
		try {
			passed = Quorum.check(vote);
		}
		catch (RuleViolation ex) {
			m.refused("表决村规民约", "村规民约", compactId, "不足法定人数，未予记录");
			throw ex;
		}
		if (!passed) {
			throw new RuleViolation("votesFor", "赞成票未超过到会人数的一半，草案未通过（" + Quorum.DECISION_RULE + "）");
		}
		m.jdbc().sql("update village_compact_version set status = 'ADOPTED', adopted_on = ?, present = ?, votes_for = ? where id = ?")
			.params(Date.valueOf(on), vote.present(), vote.votesFor(), v.id()).update();
		onDeliberation(actor, v, "村规民约表决通过", "村民会议 " + on + " 表决：到会 " + vote.present() + " 人，赞成 "
				+ vote.votesFor() + " 人，《" + require(actor, compactId).title() + "》第 " + v.no() + " 版通过");
		m.audit("村民会议通过村规民约", "村规民约", compactId, "第 " + v.no() + " 版，赞成 " + vote.votesFor() + "/" + vote.present());
	}

	@Transactional
	void file(QingdanUser actor, long compactId) {
		Compact.Version v = current(actor, compactId, "ADOPTED", "村民会议通过后才能报乡镇备案");
		m.jdbc().sql("update village_compact_version set status = 'FILED', filed_on = ? where id = ?")
			.params(Date.valueOf(m.today()), v.id()).update();
		m.audit("村规民约报乡镇备案", "村规民约", compactId, "第 " + v.no() + " 版");
		m.figuresChanged(require(actor, compactId).path());
	}

	/** The township's review: in force, or sent back naming the clause. */
	@Transactional
	void review(QingdanUser actor, long compactId, boolean accept, String clause, String note) {
		Compact c = require(actor, compactId);
		if (!actor.has(Role.TOWNSHIP_OFFICER)) {
			throw new RuleViolation("备案审查由乡镇（街道）办理");
		}
		Compact.Version v = versions(compactId).stream().filter(x -> "FILED".equals(x.status())).findFirst()
			.orElseThrow(() -> new RuleViolation("没有待审查的备案"));
		if (accept) {
			m.jdbc().sql("update village_compact_version set status = 'SUPERSEDED' where compact_id = ? and status = 'IN_FORCE'")
				.param(compactId).update();
			m.jdbc().sql("update village_compact_version set status = 'IN_FORCE', reviewed_on = ?, reviewed_by = ?, review_note = ? where id = ?")
				.params(Date.valueOf(m.today()), actor.displayName(), note == null || note.isBlank() ? "准予备案" : note.strip(), v.id())
				.update();
			Place place = new Place(c.villageId(), null, c.path(), null, Disclosures.countyOf(c.path()));
			DisclosureItem item = catalogue.byCode(place.countyId(), "ZW-04").orElseThrow();
			String period = m.today().toString();
			disclosures.insert(place, null, item, period, m.today(), m.today(), c.title() + "（第 " + v.no() + " 版）",
					cn.qingdan.shared.Inputs.fit(v.text(), 4000), null, null, actor.displayName());
		}
		else {
			Meetings.required("clause", clause, 200, "退回的条款");
			Meetings.required("note", note, 1000, "退回理由（与哪项法律法规相抵触）");
			m.jdbc().sql("update village_compact_version set status = 'RETURNED', reviewed_on = ?, reviewed_by = ?, returned_clause = ?, review_note = ? where id = ?")
				.params(Date.valueOf(m.today()), actor.displayName(), clause.strip(), note.strip(), v.id()).update();
		}
		onDeliberation(actor, v, accept ? "村规民约备案生效" : "村规民约退回修改", "《" + c.title() + "》第 " + v.no() + " 版"
				+ (accept ? "经乡镇备案审查，生效并公开" : "被乡镇退回：" + clause.strip()));
		m.audit(accept ? "村规民约准予备案" : "村规民约退回修改", "村规民约", compactId, "第 " + v.no() + " 版");
	}

	/** A deliberation of the village that may draft a compact: not a certificate's, not voted down. */
	private Deliberation draftingDeliberation(QingdanUser actor, Place v, long id) {
		Deliberation d = deliberations.require(actor, id);
		if (d.villageId() != v.villageId() || d.certificateRequestId() != null || "REJECTED".equals(d.status())) {
			throw new RuleViolation("deliberationId", "请选择本村起草村规民约的议事事项");
		}
		return d;
	}

	private void onDeliberation(QingdanUser actor, Compact.Version v, String action, String note) {
		if (v.deliberationId() != null) {
			m.step(deliberations.require(actor, v.deliberationId()).matterId(), actor, action, note);
		}
	}

	/** This village's deliberations a draft can name (the latest 50, open or decided, not a certificate's). */
	List<Deliberation> drafting(long villageId) {
		return m.jdbc().sql("""
				select * from village_deliberation where village_unit_id = ? and certificate_request_id is null
				  and status <> 'REJECTED' order by created_at desc, id desc limit 50""")
			.param(villageId).query(Deliberation::map).list();
	}

	/** The compacts (title and version) a deliberation drafted. */
	List<java.util.Map.Entry<Compact, Compact.Version>> draftedThrough(long deliberationId) {
		return m.jdbc().sql("select compact_id, version_no from village_compact_version where deliberation_id = ? order by id")
			.param(deliberationId).query((rs, n) -> java.util.Map.entry(find(rs.getLong(1)).orElseThrow(),
					versions(rs.getLong(1)).get(rs.getInt(2) - 1)))
			.list();
	}

	private Compact.Version current(QingdanUser actor, long compactId, String status, String message) {
		Compact c = require(actor, compactId);
		if (!VillageAccess.writer(actor) || c.villageId() != actor.unitId()) {
			throw new RuleViolation("只有本村经办人或负责人可以办理");
		}
		return versions(compactId).stream().filter(x -> status.equals(x.status())).findFirst()
			.orElseThrow(() -> new RuleViolation(message));
	}

	Compact require(QingdanUser actor, long id) {
		Compact c = find(id).orElseThrow(() -> new NotFound("该村规民约"));
		VillageAccess.covers(actor, c.path(), "该村规民约");
		return c;
	}

	Optional<Compact> find(long id) {
		return m.jdbc().sql("select * from village_compact where id = ?").param(id).query(Compact::map).optional();
	}

	List<Compact.Version> versions(long compactId) {
		return m.jdbc().sql("select * from village_compact_version where compact_id = ? order by version_no")
			.param(compactId).query(Compact.Version::map).list();
	}

	List<Compact> within(QingdanUser actor) {
		return m.jdbc().sql("select * from village_compact where unit_path like ? order by id limit 500")
			.param(actor.scope().likePattern()).query(Compact::map).list();
	}

	List<Compact> ofVillage(long villageId) {
		return m.jdbc().sql("select * from village_compact where village_unit_id = ? order by id").param(villageId)
			.query(Compact::map).list();
	}

	/** Filings waiting for the township's review, within the actor's scope. */
	List<Compact> awaitingReview(QingdanUser actor) {
		return m.jdbc().sql("""
				select c.* from village_compact c where c.unit_path like ? and exists (select 1 from village_compact_version v
				  where v.compact_id = c.id and v.status = 'FILED') order by c.id limit 200""")
			.param(actor.scope().likePattern()).query(Compact::map).list();
	}
}
