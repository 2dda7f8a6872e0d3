package org.servicehall.web.internal;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached (issue 17: PostgreSQL stopped, the network
 * to it cut), rather than a fault of the request or the code: the pool found no connection in time,
 * the driver could not connect or lost its connection, or the server is shutting down. Such a failure
 * is answered 503 (try again), not 500.
 */
public final class DatabaseOutage {
    /** Seconds a client should wait before trying again while the database is away. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SocketException && t.getMessage() != null && t.getMessage().toLowerCase().contains("connection")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a connection that failed or went away: class 08 (connection exception), 57P01-57P03
     * (PostgreSQL: administrator shut down, crash shut down, cannot connect now), 90067 and 90098 (H2:
     * connection broken, database closed).
     */
    static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("90067") || state.equals("90098"));
    }
}
