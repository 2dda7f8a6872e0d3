package org.servicehall.hospital.internal.guide;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.HospitalTexts;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/**
 * The guide desk (导医, H1): special-needs requests recorded, assigned to a helper and completed; a
 * green channel issues a priority ticket for its target service through the queue; and the desk
 * issues a ticket for the right service on a patient's behalf.
 */
@Component(service = GuideDesk.class)
public final class GuideDesk {
    private static final RowMapper<SpecialNeed> NEEDS = RowMapper.of(SpecialNeed.class);
    private final DataSource dataSource;
    private final SiteService sites;
    private final TicketLifecycle tickets;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public GuideDesk(@Reference HospitalTables tables, @Reference SiteService sites, @Reference TicketLifecycle tickets,
            @Reference AuditLog audit, @Reference DomainEvents events, @Reference Clock clock) {
        this.dataSource = tables.dataSource();
        this.sites = sites;
        this.tickets = tickets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Routing (H1): a ticket for the service the patient needs, issued at the guide desk. */
    public TicketReceipt route(Actor actor, long siteId, String serviceCode, PriorityClass priority) {
        actor.require(Role.STAFF, "issue tickets at the guide desk");
        Site site = sites.site(siteId);
        return tickets.issue(new IssueRequest(site.code(), serviceCode, priority, Channel.DESK));
    }

    /**
     * A request recorded; a green channel's priority ticket is issued first (a refusal of the queue,
     * a service closed say, records nothing).
     */
    public SpecialNeed request(Actor actor, long siteId, SpecialNeedKind kind, String patientName, String note, String targetService,
            PriorityClass priority) {
        actor.require(Role.STAFF, "record special-needs requests");
        GuideRules.check(kind, patientName, note, targetService, priority);
        Site site = sites.site(siteId);
        Ticket ticket = kind == SpecialNeedKind.GREEN_CHANNEL
                ? tickets.issue(new IssueRequest(site.code(), targetService, priority, Channel.DESK)).ticket() : null;
        SpecialNeed draft = new SpecialNeed(0, site.id(), kind, patientName.strip(), HospitalTexts.clean(note),
                kind == SpecialNeedKind.GREEN_CHANNEL ? targetService : null, kind == SpecialNeedKind.GREEN_CHANNEL ? priority : null,
                SpecialNeedStatus.OPEN, actor.username(), now(), null, null, null, null, ticket == null ? null : ticket.id(),
                ticket == null ? null : ticket.number());
        SpecialNeed n = inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(NEEDS.insert("sh_hospital_special_need", "id"), new String[] { "id" })) {
                NEEDS.bind(ps, draft, "id");
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
            }
            audit.record(c, actor, "request", "special-need", id, null, kind + (ticket == null ? "" : " ticket " + ticket.number()));
            return one(c, id);
        });
        publish(n);
        return n;
    }

    /** Assigned to a helper (or handed to another). */
    public SpecialNeed assign(Actor actor, long id, String helper) {
        actor.require(Role.STAFF, "assign special-needs requests");
        SpecialNeed n = inTransaction(c -> {
            SpecialNeed before = one(c, id);
            GuideRules.mayAssign(before, helper);
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_special_need SET status = 'ASSIGNED', helper = ?, assigned_at = ?"
                    + " WHERE id = ?")) {
                ps.setString(1, helper.strip());
                ps.setTimestamp(2, Jdbc.timestamp(now()));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            audit.record(c, actor, "assign", "special-need", id, before.helper(), helper.strip());
            return one(c, id);
        });
        publish(n);
        return n;
    }

    public SpecialNeed complete(Actor actor, long id) {
        actor.require(Role.STAFF, "complete special-needs requests");
        SpecialNeed n = inTransaction(c -> {
            SpecialNeed before = one(c, id);
            GuideRules.mayComplete(before);
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_special_need SET status = 'DONE', completed_by = ?,"
                    + " completed_at = ? WHERE id = ? AND status = 'ASSIGNED'")) {
                ps.setString(1, actor.username());
                ps.setTimestamp(2, Jdbc.timestamp(now()));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            audit.record(c, actor, "complete", "special-need", id, before.status(), SpecialNeedStatus.DONE);
            return one(c, id);
        });
        publish(n);
        return n;
    }

    /** Requests not done, and today's done ones, oldest first. */
    public List<SpecialNeed> requests(long siteId) {
        Instant since = sites.today(siteId).atStartOfDay(sites.site(siteId).zone()).toInstant();
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + NEEDS.columnList() + " FROM sh_hospital_special_need WHERE site_id = ?"
                    + " AND (status <> 'DONE' OR completed_at >= ?) ORDER BY id")) {
                ps.setLong(1, siteId);
                ps.setTimestamp(2, Jdbc.timestamp(since));
                return NEEDS.list(ps);
            }
        }, Jdbc.failure("guide desk"));
    }

    private SpecialNeed one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + NEEDS.columnList() + " FROM sh_hospital_special_need WHERE id = ?")) {
            ps.setLong(1, id);
            List<SpecialNeed> l = NEEDS.list(ps);
            if (l.isEmpty()) {
                throw new NotFound(message("error.guide.notFound", id));
            }
            return l.get(0);
        }
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("guide desk"));
    }

    private void publish(SpecialNeed n) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(HospitalEvents.SITE_ID, n.siteId());
        p.put(HospitalEvents.REQUEST_ID, n.id());
        p.put(HospitalEvents.STATUS, n.status().name());
        p.put(HospitalEvents.TICKET_NUMBER, n.ticketNumber());
        events.publish(new DomainEvent(HospitalEvents.SPECIAL_NEED, p));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
