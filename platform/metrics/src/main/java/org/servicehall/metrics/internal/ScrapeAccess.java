package org.servicehall.metrics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import org.servicehall.common.Texts;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.SignInLocked;
import org.servicehall.security.SignInNeeded;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * Who may read the metrics: a scraper with the configured token ({@code Authorization: Bearer
 * <token>}, Prometheus' {@code authorization.credentials}), or an administrator's HTTP Basic
 * login. The figures carry no personal data, but they tell how a hall runs, so they are not public.
 * The login goes through the throttled sign-in ({@link org.servicehall.security.SignInService}, S2,
 * issue 16) like every other: failures count against the account and the client's address, and a
 * locked account or address is refused with the lock's message, also for the right password.
 * A token shorter than 16 characters is refused at configuration and counts as none.
 */
final class ScrapeAccess {
    static final int MIN_TOKEN = 16;
    private static final Texts TEXTS = Texts.of(ScrapeAccess.class, "metrics");

    private final byte[] token;
    private final SignIn logins;

    /** A sign-in with the client's address: {@link org.servicehall.security.SignInService#signIn}. */
    @FunctionalInterface
    interface SignIn {
        /** @throws SignInLocked while the account or the address is locked */
        Optional<Actor> signIn(String username, String password, String clientAddress);
    }

    ScrapeAccess(String token, SignIn logins) {
        String t = token == null ? "" : token.trim();
        this.token = t.length() >= MIN_TOKEN ? t.getBytes(StandardCharsets.UTF_8) : null;
        this.logins = logins;
    }

    boolean hasToken() {
        return token != null;
    }

    /** The same from an unknown address (tests). */
    void check(String authorization) {
        check(authorization, null);
    }

    /**
     * @param clientAddress the address the request came from, for the sign-in's throttling per address
     * @throws SignInLocked while the login's account or the address is locked
     * @throws AccessDenied naming what the request must send
     */
    void check(String authorization, String clientAddress) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
            if (token != null && MessageDigest.isEqual(token, given)) {
                return;
            }
            throw new AccessDenied(TEXTS.message(token == null ? "metrics.no-token" : "metrics.wrong-token"));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<Actor> actor = basic(authorization.substring(6).trim(), clientAddress);
            if (actor.isPresent() && actor.get().hasEverywhere(Role.ADMIN)) { // every site's figures: a central administrator (S1)
                return;
            }
            throw new AccessDenied(TEXTS.message(actor.isPresent() ? "metrics.not-admin" : "metrics.wrong-login"));
        }
        throw new SignInNeeded(TEXTS.message("metrics.credentials")); // 401: nothing was sent
    }

    private Optional<Actor> basic(String encoded, String clientAddress) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : logins.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress);
    }
}
