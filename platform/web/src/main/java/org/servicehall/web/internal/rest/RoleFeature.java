package org.servicehall.web.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.ApiToken;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLocked;
import org.servicehall.security.SignInService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.RequiresRole;
import org.servicehall.web.internal.SecurityHeaders;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * S1 for the API: operations marked {@link RequiresRole} need either HTTP Basic credentials of an
 * account with that role, signed in through the throttled {@link SignInService} (a locked account
 * or address answers 429 with the lock's message and {@code Retry-After}), or an API token
 * ({@code Authorization: Bearer}) with that role whose site is the site the operation names in its
 * path (issue 16). Roles are held per site (S1): on an operation whose path names a site, the role
 * must be held on that site, and the resource sees the actor {@linkplain Actor#at at that site};
 * refusals answer 403 naming the role and the site, and are audited.
 */
final class RoleFeature implements DynamicFeature {
    static final Texts TEXTS = Texts.of(RoleFeature.class, "web");
    /** The roles' names people read, from the security bundle. */
    private static final Texts ROLES = Texts.of(Role.class, "security");
    private final AccountService accounts;
    private final SignInService signIn;
    private final ApiTokenService tokens;
    private final AuditLog audit;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoleFeature.class);
    /**
     * Successful HTTP Basic logins for a minute: a counter system sending a request per queue step
     * must not pay the slow password hash (~0.1 s) each time. Keyed by a SHA-256 of the header, so
     * no password is kept; a changed or disabled account is seen within a minute.
     */
    private final Map<String, Cached> logins = new ConcurrentHashMap<>();
    private static final long LOGIN_TTL_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int MAX_CACHED = 10_000;

    private record Cached(Actor actor, long expires) {
    }

    /**
     * @param signIn the throttled sign-in, or null to check passwords with {@code accounts} alone (tests)
     * @param tokens the API tokens, or null to accept none (tests)
     * @param audit where refusals are recorded, or null for nowhere (tests)
     */
    RoleFeature(AccountService accounts, SignInService signIn, ApiTokenService tokens, AuditLog audit) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.tokens = tokens;
        this.audit = audit;
    }

    /**
     * Writes a refusal to the audit log (S1, S2): who asked for what, on which site, lacking which role.
     * A failure to write it is logged and the request still refused.
     */
    void refused(Actor actor, ContainerRequestContext request, Role role, String site) {
        if (audit == null) {
            return;
        }
        String operation = request.getMethod() + " /api/" + request.getUriInfo().getPath();
        try {
            audit.record(actor, "refuse", "api", operation, null, "role " + role.name() + (site == null ? "" : " at site " + site)
                    + " needed");
        } catch (RuntimeException e) {
            LOG.warn("Could not audit the refusal of {} to {}", actor.username(), operation, e);
        }
    }

    Optional<Actor> authenticate(String header, Supplier<Optional<Actor>> check) {
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
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        RequiresRole onMethod = info.getResourceMethod().getAnnotation(RequiresRole.class);
        RequiresRole onClass = info.getResourceClass().getAnnotation(RequiresRole.class);
        RequiresRole required = onMethod != null ? onMethod : onClass;
        if (required != null) {
            context.register(new RoleFilter(required.value(), this));
        }
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class RoleFilter implements ContainerRequestFilter {
        private final Role role;
        private final RoleFeature feature;

        RoleFilter(Role role, RoleFeature feature) {
            this.role = role;
            this.feature = feature;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Locale reader = reader(request);
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            Optional<Actor> actor;
            String scheme;
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                scheme = "Bearer";
                Optional<ApiToken> token = feature.tokens == null ? Optional.empty() : feature.tokens.authenticate(header.substring(7).trim());
                if (token.isPresent()) {
                    String tokenSite = TokenScope.siteOf(request.getUriInfo().getPath(), request.getUriInfo().getPathParameters());
                    if (tokenSite != null && !tokenSite.equals(token.get().siteCode())) {
                        feature.refused(token.get().asActor(), request, role, tokenSite);
                        request.abortWith(Problem.response(403, "Forbidden", TEXTS.message("web.api.tokenSite", token.get().client(),
                                token.get().siteCode(), tokenSite).in(reader), null));
                        return;
                    }
                }
                actor = token.map(ApiToken::asActor);
            } else {
                scheme = SecurityContext.BASIC_AUTH;
                try {
                    actor = basic(header, request);
                } catch (SignInLocked locked) {
                    long seconds = Math.max(1, locked.retryAfter().toSeconds());
                    request.abortWith(Response.fromResponse(Problem.response(429, "Too Many Requests", locked.message(reader), null))
                            .header(HttpHeaders.RETRY_AFTER, seconds).build());
                    return;
                }
            }
            if (actor.isEmpty()) {
                request.abortWith(Response.fromResponse(Problem.response(401, "Unauthorized",
                        TEXTS.message("web.api.signInNeeded", roleName(role, reader)).in(reader), null))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ServiceHall\", charset=\"UTF-8\"")
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ServiceHall\"").build());
                return;
            }
            String site = TokenScope.siteOf(request.getUriInfo().getPath(), request.getUriInfo().getPathParameters());
            Actor acting = actor.get();
            if (site != null ? !acting.hasAt(role, site) : !acting.has(role)) {
                Message reason = site == null ? TEXTS.message("web.api.roleNeeded", acting.username(), roleName(role, reader))
                        : TEXTS.message("web.api.roleNeededAtSite", acting.username(), roleName(role, reader), site);
                feature.refused(acting, request, role, site);
                request.abortWith(Problem.response(403, "Forbidden", reason.in(reader), null));
                return;
            }
            // S1: on an operation that names its site, the services see only what the actor may do there
            Actor effective = site == null ? acting : acting.at(site);
            boolean secure = request.getSecurityContext().isSecure();
            ActorPrincipal principal = new ActorPrincipal(effective);
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
                    return scheme;
                }
            });
        }

        private static String roleName(Role role, Locale reader) {
            return ROLES.message("security.role." + role.name()).in(reader);
        }

        private static Locale reader(ContainerRequestContext request) {
            try {
                return request.getAcceptableLanguages().stream().filter(l -> !"*".equals(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
            } catch (RuntimeException e) {
                return Locale.ENGLISH;
            }
        }

        private Optional<Actor> basic(String header, ContainerRequestContext request) {
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
            String username = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            Object address = request.getProperty(SecurityHeaders.CLIENT_ADDRESS);
            return feature.authenticate(header, () -> feature.signIn == null ? feature.accounts.authenticate(username, password)
                    : feature.signIn.signIn(username, password, address == null ? null : address.toString()));
        }
    }
}
