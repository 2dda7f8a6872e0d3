package org.servicehall.conduct.internal.discipline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.internal.ConductDatabase;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteAccess;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;

/**
 * What the discipline services (C4-C8) share: the {@link DisciplineStore}, the site's windows and
 * staff, the audit log that joins each change's transaction, the clock, where events go once a
 * change committed, and which rule codes the site's conduct catalogue knows (when it runs; otherwise
 * any well-formed code is accepted).
 */
@Component(service = DisciplineContext.class)
public final class DisciplineContext {
    /** A change's work in its transaction, with the outbox for its events. */
    @FunctionalInterface
    interface Change<T> {
        T run(Connection c, Outbox out) throws SQLException;
    }

    private final DisciplineStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final Consumer<DomainEvent> publisher;
    private final BiPredicate<Long, String> knownRule;
    /** S1: an operation on a site's discipline records needs the role on that site. */
    private final SiteAccess access;

    /** When present, rule codes must name an enabled rule of the site's catalogue (C1). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConductCatalogue catalogue;

    @Activate
    public DisciplineContext(@Reference ConductDatabase database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock, @Reference DomainEvents events) {
        this.store = new DisciplineStore(database.dataSource(), database.kind());
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.publisher = events::publish;
        this.knownRule = this::inCatalogue;
        this.access = new SiteAccess(audit);
    }

    /**
     * For tests and tools outside OSGi.
     *
     * @param publisher receives each event after its transaction committed
     * @param knownRule whether a rule code is in the site's conduct catalogue
     */
    DisciplineContext(DisciplineStore store, SiteService sites, AuditLog audit, Clock clock,
            Consumer<DomainEvent> publisher, BiPredicate<Long, String> knownRule) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
        this.knownRule = knownRule;
        this.access = new SiteAccess(audit);
    }

    private boolean inCatalogue(long siteId, String code) {
        ConductCatalogue c = catalogue;
        return c == null || c.rule(siteId, code).filter(ConductRule::enabled).isPresent();
    }

    DisciplineStore store() {
        return store;
    }

    SiteService sites() {
        return sites;
    }

    AuditLog audit() {
        return audit;
    }

    Clock clock() {
        return clock;
    }

    /** The installation's clock in the site's zone (issue 12): the one way to read a site's day. */
    Clock clock(long siteId) {
        return sites.clock(siteId);
    }

    /** Runs the change in one transaction and publishes the events it gathered once that committed. */
    <T> T change(Change<T> work) {
        Outbox out = new Outbox(publisher);
        T saved = store.inTransaction(c -> work.run(c, out));
        out.publish();
        return saved;
    }

    boolean knownRule(long siteId, String code) {
        return knownRule.test(siteId, code);
    }

    /** The site's ladder as it set it, or the defaults. */
    DisciplineThresholds thresholds(Connection c, long siteId) throws SQLException {
        return store.thresholds(c, siteId).orElse(DisciplineThresholds.DEFAULTS);
    }

    /**
     * S1 (issue 16): refuses unless {@code actor} holds {@code role} on the site {@code siteId} (a
     * central administrator everywhere), naming the operation ({@code discipline.operation.<key>})
     * and the site; the refusal is audited.
     */
    void requireAt(Actor actor, Role role, long siteId, String operation, String entityType, Object entityId) {
        access.require(actor, role, sites.site(siteId), DisciplineRules.TEXTS.message("discipline.operation." + operation), entityType,
                entityId);
    }

    /** The actor with the roles it holds on that site alone (S1): for the rules that ask which role it holds. */
    Actor at(Actor actor, long siteId) {
        return actor.at(sites.site(siteId).code());
    }

    // ---- the site's windows and staff

    Site site(long siteId) {
        return sites.site(siteId);
    }

    Staff staff(long siteId, String staffNumber) {
        String n = staffNumber == null ? "" : staffNumber.trim();
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.staff"), String.valueOf(n))));
    }

    Window window(long siteId, int number) {
        return sites.windows(siteId).stream().filter(w -> w.number() == number).findFirst()
                .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.window"), String.valueOf(number))));
    }

    /** The actor's staff number at the site, when the account belongs to a staff member there. */
    Optional<String> staffNumberOf(Actor actor, long siteId) {
        return sites.staff(siteId).stream().filter(s -> s.username() != null && s.username().equalsIgnoreCase(actor.username()))
                .map(Staff::staffNumber).findFirst();
    }

    /** A note as it is stored: trimmed, null when blank. */
    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
