package cn.qingdan.catalogue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.shared.todo.TodoItem;

import static org.assertj.core.api.Assertions.assertThat;

/** One county's change proposals never reach another county's to-do lists or pages. */
class CatalogueTodosIT extends IntegrationTest {

	@Autowired
	CatalogueTodos todos;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Catalogues catalogues;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProposalOfAnotherCountyIsNotOnThisCountysToDoList() {
		// a second county (武功县's neighbour 兴平市, 610481) with its own office, catalogue and a draft proposal
		long county = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
		long office = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
		jdbc.sql("insert into unit (id, name, type, region_code, parent_id, path) values (?, '兴平市', 'COUNTY', '610481000000', null, ?)")
			.params(county, "/" + county + "/").update();
		jdbc.sql("insert into unit (id, name, type, parent_id, path) values (?, '兴平市基层减负办', 'OFFICE', ?, ?)")
			.params(office, county, "/" + county + "/" + office + "/").update();
		QingdanUser otherOffice = new QingdanUser(0, "xp_admin", "周明", new UnitDirectory.UnitInfo(office, "兴平市基层减负办", "OFFICE",
				"/" + county + "/" + office + "/", true), Set.of(Role.OFFICE_ADMIN), "-", true, false, false);
		Catalogue catalogue = catalogues.create(county, "兴平市村级组织工作事项清单");
		ChangeProposal theirs = proposals.create(otherOffice, catalogue.id(), "兴平市清单首次调整", null);

		QingdanUser ours = (QingdanUser) userDetails.loadUserByUsername("jfb_admin");
		assertThat(todos.todosFor(ours)).extracting(TodoItem::title).noneMatch(t -> t.contains("兴平市清单首次调整"));
		assertThat(todos.todosFor(otherOffice)).extracting(TodoItem::title).anyMatch(t -> t.contains("兴平市清单首次调整"))
			.allMatch(t -> t.contains("兴平市"));
		// nor can this county's office open it
		assertThat(proposals.find(theirs.id(), ours)).isEmpty();
		assertThat(proposals.find(theirs.id(), otherOffice)).isPresent();
	}
}
