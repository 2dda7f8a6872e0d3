package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** S1 (issue 16): the site an operation names in its path, which an API token's site must be. */
class TokenScopeTest {
    private static MultivaluedMap<String, String> params(String... pairs) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.add(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void theSiteParameterNamesTheSite_S1() {
        assertEquals("CITY-B", TokenScope.siteOf("v1/attendance/CITY-B/posts", params("site", "CITY-B")));
        assertEquals("DEMO", TokenScope.siteOf("/v1/queue/sites/DEMO/tickets", params("site", "DEMO")));
    }

    @Test
    void aCodeNamesTheSiteOnlyUnderSites_S1() {
        assertEquals("DEMO", TokenScope.siteOf("v1/sites/DEMO/windows", params("code", "DEMO")));
        assertEquals("DEMO", TokenScope.siteOf("v1/conduct/sites/DEMO/rules", params("code", "DEMO")));
        assertNull(TokenScope.siteOf("v1/queue/bookings/B-123", params("code", "B-123")), "a booking's code is no site");
    }

    @Test
    void aPathWithoutASiteNamesNone_S1() {
        assertNull(TokenScope.siteOf("v1/queue/windows/12/call", params("window", "12")));
    }

    @Test
    void aSiteCodeIsReadInCapitals_S1() {
        assertEquals("DEMO", TokenScope.siteOf("v1/attendance/demo/posts", params("site", "demo")),
                "a lower-case code is checked as the site it names");
    }
}
