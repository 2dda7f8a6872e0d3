package org.servicehall.web.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Staff screens sign out after a time without use (issue 16). Vaadin's heartbeat keeps a page's
 * session alive while the page is open, which a kiosk or a display board needs all day; so a
 * signed-in session is ended here instead, when no request but heartbeats came for the timeout.
 * The sign-in marks the session with {@value #LAST_USE} (milliseconds); the page then finds its
 * session gone at its next request or heartbeat and shows the sign-in page. Public pages carry no
 * mark and are left alone.
 */
public final class StaffSessions implements Filter {
    /** The session attribute holding when a signed-in person last used the console, in epoch milliseconds. */
    public static final String LAST_USE = "org.servicehall.web.staffLastUse";

    /** What a request does to a signed-in session. */
    enum Decision {
        /** nobody signed in: nothing to do */
        PUBLIC,
        /** a use: the time of last use moves */
        USED,
        /** a heartbeat: the session lives on, the time of last use stays */
        KEPT,
        /** too long without use: the session ends */
        EXPIRED
    }

    private final long timeoutMillis;

    public StaffSessions(Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    /** Plain rule: a request at {@code now} to a session last used at {@code lastUse} (null when nobody signed in). */
    Decision decide(Long lastUse, boolean heartbeat, long now) {
        if (lastUse == null) {
            return Decision.PUBLIC;
        }
        if (now - lastUse >= timeoutMillis) {
            return Decision.EXPIRED;
        }
        return heartbeat ? Decision.KEPT : Decision.USED;
    }

    /** Vaadin's heartbeat: {@code v-r=heartbeat} in the query (never the body read: an upload's stays untouched). */
    static boolean isHeartbeat(String query) {
        if (query == null) {
            return false;
        }
        for (String part : query.split("&")) {
            if (part.equals("v-r=heartbeat")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        if (session != null) {
            try {
                Object mark = session.getAttribute(LAST_USE);
                long now = System.currentTimeMillis();
                switch (decide(mark instanceof Long l ? l : null, isHeartbeat(http.getQueryString()), now)) {
                case USED -> session.setAttribute(LAST_USE, now);
                case EXPIRED -> session.invalidate();
                default -> {
                }
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile: the request goes on without it
            }
        }
        chain.doFilter(request, response);
    }
}
