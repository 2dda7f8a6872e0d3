package org.servicehall.web.internal;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a failure means the database cannot be reached (issue 17: PostgreSQL stopped, the network
 * to it cut), rather than a fault of the request or the code: the pool found no connection in time,
 * the driver could not connect or lost its connection, or the server is shutting down. Such a failure
 * is answered 503 (try again), not 500.
 */
public final class DatabaseOutage {
    /** Seconds a client should wait before trying again while the database is away. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /**
     * The pool's and the drivers' words when no connection can be had or it broke: also when a wrapper
     * dropped the exception's type, or a clean-up on the broken connection replaced the first failure
     * (Hikari's "Connection is closed" from {@code setAutoCommit} after a lost connection, no SQL state).
     */
    private static final Pattern POOL_TIMED_OUT = Pattern.compile(
            "Connection is not available, request timed out|^Connection is closed$|This connection has been closed|Connection to \\S+ refused|An I/O error occurred while sending");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            Throwable internal = internalException(t);
            if (internal != null && causedBy(internal, seen)) {
                return true;
            }
            if (t.getMessage() != null && POOL_TIMED_OUT.matcher(t.getMessage()).find()) {
                return true;
            }
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
            if (t instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException(), seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What JPA providers keep beside the cause chain: EclipseLink's {@code DatabaseException} holds the
     * driver's exception as its {@code getInternalException()}.
     */
    private static Throwable internalException(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getInternalException");
            return m.getReturnType() == Throwable.class ? (Throwable) m.invoke(t) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
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
