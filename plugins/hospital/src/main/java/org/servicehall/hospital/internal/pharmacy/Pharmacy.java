package org.servicehall.hospital.internal.pharmacy;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.HospitalTexts;
import org.servicehall.persistence.Jdbc;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/**
 * The hospital pharmacy (H3): prescriptions received from the information system or entered at
 * the window and linked to the patient's ticket; preparation (调配) and check (核对) by two different
 * pharmacists; the skin-test result; dispensing (发药) with the ten checks of 四查十对. Every step is
 * one transaction with its audit entry and, after the commit, an event on
 * {@code org/servicehall/hospital/...}. The patient's ticket is called for pick-up only once the
 * prescription is checked ({@link PickUpOrder}).
 */
@Component(service = { Pharmacy.class, PickUpHolds.class })
public final class Pharmacy implements PickUpHolds {
    private final PharmacyStore store;
    private final SiteService sites;
    private final QueueReadModel queue;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public Pharmacy(@Reference HospitalTables tables, @Reference SiteService sites, @Reference QueueReadModel queue,
            @Reference AuditLog audit, @Reference DomainEvents events, @Reference Clock clock) {
        this.store = new PharmacyStore(tables.dataSource());
        this.sites = sites;
        this.queue = queue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        List<Drug> shipped = ShippedDrugs.TABLE.load(Pharmacy.class.getClassLoader());
        store.inTransaction(c -> store.addMissing(c, shipped));
    }

    // ---- formulary and skin-test list

    /** The formulary by code, with the skin-test flags the pharmacy set. */
    public Map<String, Drug> drugs() {
        return store.read(store::drugs);
    }

    /** The pharmacy changes whether a drug needs a skin test (a supervisor: the list is the pharmacy's rule). */
    public Drug setSkinTest(Actor actor, String drugCode, boolean skinTest) {
        actor.require(Role.SUPERVISOR, "change the skin-test list");
        return store.inTransaction(c -> {
            Drug before = store.drugs(c).get(drugCode);
            if (before == null) {
                throw ValidationException.of("drugCode", message("error.pharmacy.unknownDrug", drugCode));
            }
            store.setSkinTest(c, drugCode, skinTest, actor.username(), now());
            audit.record(c, actor, "skin-test-list", "hospital-drug", drugCode, before.skinTest(), skinTest);
            return store.drugs(c).get(drugCode);
        });
    }

    // ---- prescriptions

    /**
     * A prescription arrives (H3). The same information-system id at the same site again is refused
     * ({@link Conflict}); the ticket number, when given, must be one of the site's tickets today.
     *
     * @throws ValidationException naming every bad field; nothing is stored
     */
    public Prescription receive(Actor actor, PrescriptionDraft draft) {
        actor.require(Role.STAFF, "receive prescriptions");
        Map<String, Drug> formulary = drugs();
        PharmacyRules.check(draft, formulary);
        Site site = sites.site(draft.siteId());
        Ticket ticket = ticket(site, HospitalTexts.clean(draft.ticketNumber()));
        String externalId = HospitalTexts.clean(draft.externalId());
        PharmacyStore.Row row = new PharmacyStore.Row(0, site.id(), externalId, draft.source(), ticket == null ? null : ticket.id(),
                ticket == null ? null : ticket.number(), draft.patientName().strip(), draft.patientAge(), draft.department().strip(),
                draft.diagnosis().strip(), draft.prescriber().strip(), PrescriptionStatus.RECEIVED, now(), null, null, null, null, null, null,
                null, null, null, null);
        Prescription p;
        try {
            p = store.inTransaction(c -> {
                if (externalId != null && store.byExternalId(c, site.id(), externalId).isPresent()) {
                    throw new Conflict(message("error.pharmacy.duplicate", externalId));
                }
                long id = store.insert(c, row, draft.lines());
                audit.record(c, actor, "receive", "prescription", id, null, row.patientName() + " / " + draft.lines().size() + " drug(s)"
                        + (ticket == null ? "" : " / ticket " + ticket.number()));
                return store.byId(c, id, false).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new Conflict(message("error.pharmacy.duplicate", externalId));
            }
            throw e;
        }
        publish(HospitalEvents.PRESCRIPTION_RECEIVED, p);
        return p;
    }

    private Ticket ticket(Site site, String number) {
        if (number == null) {
            return null;
        }
        TicketPosition position;
        try {
            position = queue.position(site.code(), number);
        } catch (NotFound e) {
            position = null;
        }
        if (position == null || position.ticket() == null) {
            throw ValidationException.of("ticketNumber", message("error.pharmacy.unknownTicket", number));
        }
        return position.ticket();
    }

    /** 调配: the first pharmacist's signature. */
    public Prescription prepare(Actor actor, long id) {
        actor.require(Role.STAFF, "prepare prescriptions");
        return step(actor, id, "prepare", HospitalEvents.PRESCRIPTION_PREPARED, (c, p, at) -> {
            PharmacyRules.mayPrepare(p);
            store.prepared(c, id, actor.username(), at);
        });
    }

    /** 核对: the second pharmacist's signature, never the one who prepared it; the prescription is then ready. */
    public Prescription check(Actor actor, long id) {
        actor.require(Role.STAFF, "check prescriptions");
        return step(actor, id, "check", HospitalEvents.PRESCRIPTION_READY, (c, p, at) -> {
            PharmacyRules.mayCheck(p, actor.username());
            store.checked(c, id, actor.username(), at);
        });
    }

    /** The skin-test result (皮试结果) of a prescription with a skin-test drug, recorded once. */
    public Prescription recordSkinTest(Actor actor, long id, SkinTestResult result) {
        actor.require(Role.STAFF, "record skin tests");
        if (result == null) {
            throw ValidationException.of("result", message("error.field.required"));
        }
        return step(actor, id, "skin-test", HospitalEvents.SKIN_TEST_RECORDED, (c, p, at) -> {
            PharmacyRules.mayRecordSkinTest(p);
            store.skinTest(c, id, result, actor.username(), at);
        });
    }

    /** 发药: only with all ten checks of 四查十对 ticked and a negative skin test where a drug needs one. */
    public Prescription dispense(Actor actor, long id, Set<DispenseCheck> checks) {
        actor.require(Role.STAFF, "dispense");
        try {
            return step(actor, id, "dispense", HospitalEvents.PRESCRIPTION_DISPENSED, (c, p, at) -> {
                PharmacyRules.mayDispense(p, checks);
                store.dispensed(c, id, checks, actor.username(), at);
            });
        } catch (PharmacyRefused e) {
            // the prescription stays as it was; the refusal is recorded for the day's reports (HospitalReports)
            Set<DispenseCheck> missing = PharmacyRules.missing(checks == null ? Set.of() : checks);
            String reason = e.text().map(Message::key).orElse("error.pharmacy");
            String names = reason.startsWith("error.pharmacy.check") ? missing.stream().map(Enum::name).collect(Collectors.joining(",")) : null;
            store.inTransaction(c -> {
                store.refused(c, id, reason, names, actor.username(), now());
                return null;
            });
            throw e;
        }
    }

    private interface Step {
        void apply(Connection c, Prescription before, Instant at) throws SQLException;
    }

    private Prescription step(Actor actor, long id, String action, String topic, Step step) {
        Prescription p = store.inTransaction(c -> {
            Prescription before = store.byId(c, id, true).orElseThrow(() -> new NotFound(message("error.pharmacy.notFound", id)));
            step.apply(c, before, now());
            Prescription after = store.byId(c, id, false).orElseThrow();
            audit.record(c, actor, action, "prescription", id, before.status(), after.status());
            return after;
        });
        publish(topic, p);
        return p;
    }

    public Prescription prescription(long id) {
        return store.read(c -> store.byId(c, id, false)).orElseThrow(() -> new NotFound(message("error.pharmacy.notFound", id)));
    }

    /** Prescriptions not yet dispensed, and today's dispensed ones, oldest first. */
    public List<Prescription> open(long siteId) {
        Instant since = sites.today(siteId).atStartOfDay(sites.site(siteId).zone()).toInstant();
        return store.read(c -> store.open(c, siteId, since));
    }

    /** The prescriptions ready for pick-up (checked, not dispensed): the ready board's numbers. */
    public List<Prescription> ready(long siteId) {
        return open(siteId).stream().filter(p -> p.status().isReady()).toList();
    }

    /**
     * Of the given tickets, those that must not be called for pick-up yet: a linked prescription is
     * not checked. Tickets without a prescription are not held.
     */
    public Set<Long> held(Set<Long> ticketIds) {
        Map<Long, Boolean> ready = new LinkedHashMap<>();
        for (PharmacyStore.Row r : store.read(c -> store.ofTickets(c, ticketIds))) {
            boolean thisReady = r.status() == PrescriptionStatus.CHECKED || r.status() == PrescriptionStatus.DISPENSED;
            ready.merge(r.ticketId(), thisReady, Boolean::logicalAnd);
        }
        return ready.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** One ticket's pick-up call waits (a linked prescription is not yet checked): one query. */
    @Override
    public boolean isHeld(long ticketId) {
        return held(Set.of(ticketId)).contains(ticketId);
    }

    /** Tickets (of any site) whose pick-up call waits: a linked prescription is not yet checked. */
    @Override
    public Set<Long> heldTickets() {
        return store.read(store::heldTickets);
    }

    private void publish(String topic, Prescription p) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(HospitalEvents.SITE_ID, p.siteId());
        props.put(HospitalEvents.PRESCRIPTION_ID, p.id());
        props.put(HospitalEvents.STATUS, p.status().name());
        props.put(HospitalEvents.TICKET_ID, p.ticketId());
        props.put(HospitalEvents.TICKET_NUMBER, p.ticketNumber());
        List<DomainEvent> out = new ArrayList<>();
        out.add(new DomainEvent(topic, props));
        events.publishAll(out);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
