package org.servicehall.web.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.RequiresRole;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/** S1 for the API: operations marked {@link RequiresRole} need HTTP Basic credentials of an account with that role. */
final class RoleFeature implements DynamicFeature {
    private final AccountService accounts;
    /**
     * Successful HTTP Basic logins for a minute: a counter system sending a request per queue step
     * must not pay the slow password hash (~0.1 s) each time. Keyed by a SHA-256 of the header, so
     * no password is kept; a changed or disabled account is seen within a minute.
     */
    private final java.util.Map<String, Cached> logins = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long LOGIN_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    private static final int MAX_CACHED = 10_000;

    private record Cached(Actor actor, long expires) {
    }

    RoleFeature(AccountService accounts) {
        this.accounts = accounts;
    }

    Optional<Actor> authenticate(String header, java.util.function.Supplier<Optional<Actor>> check) {
        String key = sha256(header);
        Cached c = logins.get(key);
        long now = System.nanoTime();
        if (c != null && now - c.expires() < 0) {
            return Optional.of(c.actor());
        }
        Optional<Actor> actor = check.get();
        if (actor.isPresent()) {
            if (logins.size() >= MAX_CACHED) {
                logins.clear();
            }
            logins.put(key, new Cached(actor.get(), now + LOGIN_TTL_NANOS));
        } else {
            logins.remove(key);
        }
        return actor;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        RequiresRole onMethod = info.getResourceMethod().getAnnotation(RequiresRole.class);
        RequiresRole onClass = info.getResourceClass().getAnnotation(RequiresRole.class);
        RequiresRole required = onMethod != null ? onMethod : onClass;
        if (required != null) {
            context.register(new RoleFilter(required.value(), accounts, this));
        }
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class RoleFilter implements ContainerRequestFilter {
        private final Role role;
        private final AccountService accounts;
        private final RoleFeature cache;

        RoleFilter(Role role, AccountService accounts, RoleFeature cache) {
            this.role = role;
            this.accounts = accounts;
            this.cache = cache;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<Actor> actor = basic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            if (actor.isEmpty()) {
                request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.response(401, "Unauthorized",
                        "this operation needs a login (HTTP Basic) with the role " + role, null))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ServiceHall\", charset=\"UTF-8\"").build());
                return;
            }
            if (!actor.get().has(role)) {
                request.abortWith(Problem.response(403, "Forbidden",
                        actor.get().username() + " lacks the role " + role + " this operation needs", null));
                return;
            }
            boolean secure = request.getSecurityContext().isSecure();
            ActorPrincipal principal = new ActorPrincipal(actor.get());
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return principal;
                }

                @Override
                public boolean isUserInRole(String r) {
                    try {
                        return principal.actor().has(Role.valueOf(r));
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                }

                @Override
                public boolean isSecure() {
                    return secure;
                }

                @Override
                public String getAuthenticationScheme() {
                    return BASIC_AUTH;
                }
            });
        }

        private Optional<Actor> basic(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return cache.authenticate(header, () -> accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
    }
}
