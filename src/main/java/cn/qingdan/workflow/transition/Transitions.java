package cn.qingdan.workflow.transition;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves a matter on with an optimistic lock: the row is updated only if its {@code version} column still holds the
 * version the caller read, and the version goes up by one. Tables must have {@code id}, {@code version} and (for
 * {@link #move}) {@code status} columns. When someone else changed the matter first, {@link #move} and
 * {@link #touch} throw {@link OptimisticLockingFailureException} with a Chinese message naming the matter
 * ("准入申请已被他人处理"); {@link #update} returns false for the caller to decide.
 */
@Component
public class Transitions {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private final JdbcClient jdbc;

	public Transitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets the status; {@code matter} names it for the message, e.g. 准入申请. */
	public void move(String table, long id, int expectedVersion, Enum<?> to, String matter) {
		int n = jdbc.sql("update " + table(table) + " set status = ?, version = version + 1 where id = ? and version = ?")
			.params(to.name(), id, expectedVersion)
			.update();
		if (n == 0) {
			throw new OptimisticLockingFailureException(matter + "已被他人处理");
		}
	}

	/** Only raises the version: claims the matter for a change made in other tables (its items, its comments …). */
	public void touch(String table, long id, int expectedVersion, String matter) {
		int n = jdbc.sql("update " + table(table) + " set version = version + 1 where id = ? and version = ?")
			.params(id, expectedVersion)
			.update();
		if (n == 0) {
			throw new OptimisticLockingFailureException(matter + "已被他人修改");
		}
	}

	/**
	 * Sets the given columns ({@code setClause} with named parameters, written by the caller, never from input) and
	 * raises the version; false when someone else changed the row first.
	 */
	public boolean update(String table, long id, int expectedVersion, String setClause, Map<String, ?> params) {
		var spec = jdbc.sql("update " + table(table) + " set " + setClause
				+ ", version = version + 1 where id = :id and version = :expected")
			.param("id", id)
			.param("expected", expectedVersion);
		for (var e : params.entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		return spec.update() == 1;
	}

	private static String table(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("invalid table name");
		}
		return name;
	}
}
