package org.servicehall.web.internal.rest;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The site a REST operation acts on, as its path names it (S1, issue 16): the {@code {site}} path
 * parameter, or the {@code {code}} one of {@code v1/sites/{code}/…}. An API token is scoped to one
 * site; an operation whose path names another site is refused. Operations whose path names no site
 * (a window's or a case's number alone) are checked by their role only until roles are granted per
 * site. Plain Java.
 */
final class TokenScope {
    private TokenScope() {
    }

    /** The site code the path names, or null when it names none. */
    static String siteOf(String path, MultivaluedMap<String, String> pathParameters) {
        String site = first(pathParameters.get("site"));
        if (site != null) {
            return site;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith("v1/sites/") || p.contains("/sites/")) {
            return first(pathParameters.get("code"));
        }
        return null;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
