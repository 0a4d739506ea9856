package cn.qingdan.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, in recovery, pool exhausted for longer than its timeout)
 * from every other failure, by walking an exception's causes: the former is 系统维护中 (503), never a user's fault.
 */
public final class DatabaseFaults {

	private DatabaseFaults() {
	}

	/** Whether the database could not be reached or was lost while answering. */
	public static boolean isUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true; // connection exception; admin shutdown, crash shutdown, cannot connect now
			}
		}
		return false;
	}

	/** Whether the database failed in any way (for answers that must not blame the user, such as a login). */
	public static boolean isDatabaseFault(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessException || t instanceof SQLException || isUnavailable(t)) {
				return true;
			}
		}
		return false;
	}
}
