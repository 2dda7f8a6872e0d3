package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: the content security policy keeps everything on this origin and forbids plugins, other
 * sites' frames and foreign form targets; what it allows beyond that is what Vaadin 24 with push needs.
 * The headers on real answers are checked on the distribution (SecurityIT, ConsoleBrowserIT).
 */
class SecurityHeadersTest {
    private static List<String> directives() {
        return Arrays.stream(SecurityHeaders.CONTENT_SECURITY_POLICY.split(";")).map(String::strip).toList();
    }

    @Test
    void thePolicyAllowsThisOriginOnly() {
        List<String> d = directives();
        assertTrue(d.contains("default-src 'self'"), d.toString());
        assertTrue(d.contains("connect-src 'self'"), "push and the REST calls go to this origin only");
        assertTrue(d.contains("object-src 'none'"));
        assertTrue(d.contains("frame-ancestors 'self'"));
        assertTrue(d.contains("form-action 'self'"));
        assertTrue(d.contains("base-uri 'self'"));
        assertFalse(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("*"), "no wildcard source");
        assertFalse(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("http:"), "no other scheme's sources");
    }
}
