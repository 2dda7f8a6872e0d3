package org.servicehall.web.internal.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The site a REST operation acts on, as its path names it (S1, issue 16): the {@code {site}} path
 * parameter, or the {@code {code}} one of {@code v1/sites/{code}/…}. An API token is scoped to one
 * site; an operation whose path names another site is refused, and an account's role must be held
 * on that site (S1). Operations whose path names no site (a window's or a case's number alone) are
 * checked by the role held on some site, and by their service against the object's site. Plain Java.
 */
final class TokenScope {
    private TokenScope() {
    }

    /** The site code the path names, or null when it names none. */
    static String siteOf(String path, MultivaluedMap<String, String> pathParameters) {
        String site = first(pathParameters.get("site"));
        if (site == null) {
            String p = path.startsWith("/") ? path.substring(1) : path;
            if (p.startsWith("v1/sites/") || p.contains("/sites/")) {
                site = first(pathParameters.get("code"));
            }
        }
        // site codes are capitals; a resource that accepts 'demo' for DEMO is checked as DEMO
        return site == null ? null : site.strip().toUpperCase(Locale.ROOT);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
