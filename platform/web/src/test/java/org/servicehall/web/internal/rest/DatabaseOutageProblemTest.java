package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.servicehall.web.internal.DatabaseOutage;

import jakarta.ws.rs.core.Response;

/** Issue 17: a request the database cannot serve because it is away is answered 503 problem+json with Retry-After, not 500. */
class DatabaseOutageProblemTest {

    @Test
    void failuresToReachTheDatabaseAreOutages() {
        // Hikari when no connection comes within its time-out, as EclipseLink wraps it
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("Exception [EclipseLink-4002]",
                new SQLTransientConnectionException("servicehall - Connection is not available, request timed out after 3000ms."))));
        // PostgreSQL's driver: connection refused (08001), connection lost (08006), server shutting down (57P01)
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001",
                new ConnectException("Connection refused")))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01")));
        // a wrapper that kept only the message
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("queue database error: servicehall - Connection is not available, "
                + "request timed out after 3001ms (total=0, active=0, idle=0, waiting=0)")));
        // the clean-up after a connection broke mid-transaction, which replaced the first failure (seen in DatabaseOutageIT)
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("queue database error: Connection is closed",
                new SQLException("Connection is closed"))));
        // EclipseLink keeps the driver's exception beside the cause chain
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new Internal(new SQLTransientConnectionException("timed out")))));
    }

    /** Shaped like EclipseLink's DatabaseException: the driver's exception only as getInternalException(). */
    public static final class Internal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Throwable internal;

        Internal(Throwable internal) {
            super("Exception [EclipseLink-4002]");
            this.internal = internal;
        }

        public Throwable getInternalException() {
            return internal;
        }
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("no clock")));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("the window is closed")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void anOutageIsAnswered503WithRetryAfterAndAnyOtherFailure500() {
        Response outage = new ProblemMappers.Unexpected().toResponse(new RuntimeException(new SQLTransientConnectionException("timed out")));
        assertEquals(503, outage.getStatus());
        assertEquals(Problem.MEDIA_TYPE.toString(), outage.getMediaType().toString());
        assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), outage.getHeaderString("Retry-After"));
        Problem p = (Problem) outage.getEntity();
        assertEquals("The service hall is offline", p.title());
        assertTrue(p.detail().contains("cannot reach its database"), p.detail());

        assertEquals(500, new ProblemMappers.Unexpected().toResponse(new IllegalStateException("a bug")).getStatus());
    }
}
