package cn.qingdan.workflow;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.workflow.transition.Transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optimistic-lock transition on PostgreSQL: a move at a stale version is refused with a Chinese message. */
class TransitionsIT extends IntegrationTest {

	enum State {
		DRAFT, SENT
	}

	@Autowired
	Transitions transitions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void table() {
		jdbc.sql("create table if not exists k2_transition_test (id bigint primary key, status varchar(20), note text, version int not null)")
			.update();
		jdbc.sql("insert into k2_transition_test values (1, 'DRAFT', null, 0)").update();
	}

	@AfterEach
	void drop() {
		jdbc.sql("drop table k2_transition_test").update();
	}

	private Map<String, Object> row() {
		return jdbc.sql("select status, note, version from k2_transition_test where id = 1").query().singleRow();
	}

	@Test
	void movesAtTheVersionReadAndRefusesAStaleOne() {
		transitions.move("k2_transition_test", 1, 0, State.SENT, "测试函件");
		assertThat(row()).containsEntry("status", "SENT").containsEntry("version", 1);
		assertThatThrownBy(() -> transitions.move("k2_transition_test", 1, 0, State.DRAFT, "测试函件"))
			.isInstanceOf(OptimisticLockingFailureException.class).hasMessage("测试函件已被他人处理");
		assertThat(row()).containsEntry("status", "SENT").containsEntry("version", 1);
	}

	@Test
	void touchOnlyRaisesTheVersion() {
		transitions.touch("k2_transition_test", 1, 0, "测试函件");
		assertThat(row()).containsEntry("status", "DRAFT").containsEntry("version", 1);
		assertThatThrownBy(() -> transitions.touch("k2_transition_test", 1, 0, "测试函件"))
			.isInstanceOf(OptimisticLockingFailureException.class).hasMessage("测试函件已被他人修改");
	}

	@Test
	void updateSetsColumnsAndSaysWhetherItWon() {
		assertThat(transitions.update("k2_transition_test", 1, 0, "note = :note", Map.of("note", "已核"))).isTrue();
		assertThat(transitions.update("k2_transition_test", 1, 0, "note = :note", Map.of("note", "迟到"))).isFalse();
		assertThat(row()).containsEntry("note", "已核").containsEntry("version", 1);
	}

	@Test
	void refusesATableNameThatIsNotAPlainIdentifier() {
		assertThatThrownBy(() -> transitions.touch("k2_transition_test; drop table unit", 1, 0, "测试"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
