package org.servicehall.metrics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BiFunction;

import org.servicehall.common.Texts;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.SignInNeeded;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * Who may read the metrics: a scraper with the configured token ({@code Authorization: Bearer
 * <token>}, Prometheus' {@code authorization.credentials}), or an administrator's HTTP Basic
 * login. The figures carry no personal data, but they tell how a hall runs, so they are not public.
 * A token shorter than 16 characters is refused at configuration and counts as none.
 */
final class ScrapeAccess {
    static final int MIN_TOKEN = 16;
    private static final Texts TEXTS = Texts.of(ScrapeAccess.class, "metrics");

    private final byte[] token;
    private final BiFunction<String, String, Optional<Actor>> logins;

    ScrapeAccess(String token, BiFunction<String, String, Optional<Actor>> logins) {
        String t = token == null ? "" : token.trim();
        this.token = t.length() >= MIN_TOKEN ? t.getBytes(StandardCharsets.UTF_8) : null;
        this.logins = logins;
    }

    boolean hasToken() {
        return token != null;
    }

    /** @throws AccessDenied naming what the request must send */
    void check(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
            if (token != null && MessageDigest.isEqual(token, given)) {
                return;
            }
            throw new AccessDenied(TEXTS.message(token == null ? "metrics.no-token" : "metrics.wrong-token"));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<Actor> actor = basic(authorization.substring(6).trim());
            if (actor.isPresent() && actor.get().hasEverywhere(Role.ADMIN)) { // every site's figures: a central administrator (S1)
                return;
            }
            throw new AccessDenied(TEXTS.message(actor.isPresent() ? "metrics.not-admin" : "metrics.wrong-login"));
        }
        throw new SignInNeeded(TEXTS.message("metrics.credentials")); // 401: nothing was sent
    }

    private Optional<Actor> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : logins.apply(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
