package org.servicehall.site;

import java.util.Locale;
import java.util.Objects;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S1 (issue 16) for operations addressed by an object's id (a ticket, a window, a complaint, a staff
 * member, an attendance or conduct record): the role must be held on the site the object belongs to,
 * not merely on some site. A central administrator (the role on every site, as {@link Actor#SYSTEM}
 * and {@link Actor#KARAF_CONSOLE}) passes everywhere. A refusal is an {@link AccessDenied} whose
 * message names who, the operation, the site and the role needed there (the security bundle's
 * {@code security.deniedAtSite}, in Chinese and English), and is written to the audit log in a
 * transaction of its own, as the REST layer records the refusals it makes itself.
 *
 * <p>One per service, on its {@link AuditLog}; the screens, REST resources and shell commands that
 * call the service are all checked by it.
 *
 * @since 1.5
 */
public final class SiteAccess {
    private static final Texts SECURITY = Texts.of(Actor.class, "security");
    private static final Logger LOG = LoggerFactory.getLogger(SiteAccess.class);
    private final AuditLog audit;

    /** @param audit where refusals are recorded, or null for nowhere (tests without an audit log) */
    public SiteAccess(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Refuses unless {@code actor} holds {@code role} on {@code site}.
     *
     * @param operation what is tried, for the message: a {@link Message} in the reader's language or a plain text
     * @param entityType the kind of object, for the audit entry ({@code ticket}, {@code window}, …)
     * @param entityId the object's id, for the audit entry
     * @throws AccessDenied naming the operation, the site and the role
     */
    public void require(Actor actor, Role role, Site site, Object operation, String entityType, Object entityId) {
        require(actor, role, Objects.requireNonNull(site, "site").code(), operation, entityType, entityId);
    }

    /** The same for the site of that code. */
    public void require(Actor actor, Role role, String siteCode, Object operation, String entityType, Object entityId) {
        Objects.requireNonNull(actor, "actor");
        if (actor.hasAt(role, siteCode)) {
            return;
        }
        Message reason = SECURITY.message("security.deniedAtSite", actor.username(), operation, role.name(),
                SECURITY.message("security.role." + role.name()), siteCode);
        refused(actor, operation, entityType, entityId, "role " + role.name() + " at site " + siteCode + " needed");
        throw new AccessDenied(reason);
    }

    /**
     * Refuses unless {@code actor} holds {@code role} on every site (a central administrator): for what
     * reaches beyond one site, such as changing a site's code, which moves every account's grants there.
     *
     * @throws AccessDenied naming the operation and the role needed on every site
     */
    public void requireEverywhere(Actor actor, Role role, Object operation, String entityType, Object entityId) {
        Objects.requireNonNull(actor, "actor");
        if (actor.hasEverywhere(role)) {
            return;
        }
        Message reason = SECURITY.message("security.deniedEverywhere", actor.username(), operation, role.name(),
                SECURITY.message("security.role." + role.name()));
        refused(actor, operation, entityType, entityId, "role " + role.name() + " on every site needed");
        throw new AccessDenied(reason);
    }

    private void refused(Actor actor, Object operation, String entityType, Object entityId, String needed) {
        if (audit == null) {
            return;
        }
        String what = operation instanceof Message m ? m.in(Locale.ENGLISH) : String.valueOf(operation);
        try {
            audit.record(actor, "refuse", entityType, entityId, null, what + ": " + needed);
        } catch (RuntimeException e) {
            LOG.warn("Could not audit the refusal of {} to {}", actor.username(), what, e);
        }
    }

    /** Whether {@code actor} holds {@code role} on {@code site}: for screens that hide what would be refused. */
    public static boolean allowed(Actor actor, Role role, Site site) {
        return actor != null && site != null && actor.hasAt(role, site.code());
    }
}
