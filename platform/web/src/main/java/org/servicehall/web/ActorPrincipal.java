package org.servicehall.web;

import java.security.Principal;

import org.servicehall.common.Texts;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;

import jakarta.ws.rs.core.SecurityContext;

/**
 * The principal of an authenticated REST request. In a resource method protected by
 * {@link RequiresRole}, take {@code @Context SecurityContext} and call {@link #actorOf}.
 */
public record ActorPrincipal(Actor actor) implements Principal {
    @Override
    public String getName() {
        return actor.username();
    }

    public static Actor actorOf(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw new AccessDenied(Texts.of(ActorPrincipal.class, "web").message("web.signInNeeded"));
    }
}
