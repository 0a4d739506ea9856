package cn.qingdan.catalogue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;

/**
 * Shared steps for integration tests on the demo county. Tests share one database, so codes are fresh for every use
 * and version numbers are always read, never assumed.
 */
final class CatalogueFixtures {

	private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private final Catalogues catalogues;
	private final ChangeProposals proposals;
	private final Units units;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	CatalogueFixtures(Catalogues catalogues, ChangeProposals proposals, Units units, UserDetailsService users,
			JdbcClient jdbc) {
		this.catalogues = catalogues;
		this.proposals = proposals;
		this.units = units;
		this.users = users;
		this.jdbc = jdbc;
	}

	QingdanUser user(String username) {
		return (QingdanUser) users.loadUserByUsername(username);
	}

	long catalogueId() {
		return catalogues.forCounty(units.byRegion("610431").orElseThrow().id()).orElseThrow().id();
	}

	CatalogueVersion current() {
		return catalogues.current(catalogueId()).orElseThrow();
	}

	long unitOf(String username) {
		return jdbc.sql("select unit_id from app_user where username = ?").param(username).query(Long.class).single();
	}

	/** A code of the list never used in the catalogue nor handed out to another test in this JVM. */
	String freshCode(ListType list) {
		while (true) {
			String code = list.prefix() + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
			if (!catalogues.codeUsed(catalogueId(), code) && HANDED_OUT.add(code)) {
				return code;
			}
		}
	}

	int version(long proposalId) {
		return proposals.require(proposalId, user("jfb_admin")).version();
	}

	ChangeProposal proposal(long proposalId) {
		return proposals.require(proposalId, user("jfb_admin"));
	}

	/** A draft by the office. */
	ChangeProposal draft(String title) {
		return proposals.create(user("jfb_admin"), catalogueId(), title, "测试理由");
	}

	/** A draft with one ADD of a fresh assistance item; returns the proposal id. */
	long draftAdding(ItemContent item) {
		ChangeProposal p = draft("新增 " + item.code());
		proposals.addChange(user("jfb_admin"), p.id(), p.version(), ProposalChange.Operation.ADD, item.code(), "测试新增",
				"《测试依据》", item);
		return p.id();
	}

	/** From DRAFT through consultation (苏坊镇 agrees) to AWAITING_DECISION. */
	void toAwaitingDecision(long id) {
		QingdanUser office = user("jfb_admin");
		proposals.consult(office, id, version(id), List.of(units.byRegion("610431101").orElseThrow().id()), 5);
		proposals.comment(user("sufang"), id, "同意", null);
		proposals.closeConsultation(office, id, version(id));
		proposals.assess(office, id, version(id), "经评估，符合减负要求", Recommendation.APPROVE);
	}

	/** From DRAFT to a published version. */
	CatalogueVersion publish(long id) {
		toAwaitingDecision(id);
		return proposals.approve(user("approver"), id, version(id), "同意");
	}

	static ItemContent assistance(String code, String name) {
		return TestItems.assistance(code, name).with(t -> {
			t.category = "测试";
			t.departments = List.of("县农业农村局");
			t.keywords = List.of("集成测试");
		}).build();
	}
}
