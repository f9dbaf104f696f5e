package io.servicedesk.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the
 * network gone, no connection to be had in time) from every other one: the first is
 * answered with 503 and a time to try again, the others are faults.
 */
public final class DatabaseOutage {

	/**
	 * What the connection pool says of a connection it closed because the database broke
	 * it off: a rollback on it then fails with this and hides the first failure.
	 */
	private static final String CLOSED_BY_THE_POOL = "Connection is closed";

	private DatabaseOutage() {
	}

	/** Connection exceptions (08) and the server shutting down or starting (57P). */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof ConnectException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (isConnectionState(sql.getSQLState()) || CLOSED_BY_THE_POOL.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}

}
