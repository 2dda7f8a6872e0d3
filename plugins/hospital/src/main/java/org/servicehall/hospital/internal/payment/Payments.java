package org.servicehall.hospital.internal.payment;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.HospitalTexts;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/**
 * The payment window (H2): the patient's itemised fee list (from the information system or entered)
 * and the cashier's steps of 唱收唱付, each recorded with the amount announced, in order; a payment
 * finishes only with all four. Every change is one transaction with its audit entry.
 */
@Component(service = Payments.class)
public final class Payments {
    private final PaymentStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public Payments(@Reference HospitalTables tables, @Reference SiteService sites, @Reference AuditLog audit, @Reference DomainEvents events,
            @Reference Clock clock) {
        this.store = new PaymentStore(tables.dataSource());
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The fee list arrives or is entered. @throws org.servicehall.common.ValidationException naming each bad field; nothing is stored */
    public Payment open(Actor actor, PaymentDraft d) {
        actor.require(Role.STAFF, "take payments");
        PaymentRules.check(d);
        Site site = sites.site(d.siteId());
        String externalId = HospitalTexts.clean(d.externalId());
        List<FeeItem> items = new ArrayList<>();
        int no = 1;
        for (PaymentDraft.Item it : d.items()) {
            items.add(new FeeItem(no++, HospitalTexts.clean(it.code()), it.name().strip(), it.quantity(), it.unitPrice().setScale(2),
                    PaymentRules.amount(it)));
        }
        PaymentStore.Row row = new PaymentStore.Row(0, site.id(), externalId, HospitalTexts.clean(d.ticketNumber()), d.patientName().strip(),
                PaymentRules.total(d), null, null, PaymentStatus.OPEN, actor.username(), now(), null, null);
        try {
            return store.inTransaction(c -> {
                if (externalId != null && store.externalUsed(c, site.id(), externalId)) {
                    throw new Conflict(message("error.payment.duplicate", externalId));
                }
                long id = store.insert(c, row, items);
                audit.record(c, actor, "open", "payment", id, null, row.total().toPlainString() + " / " + items.size() + " item(s)");
                return store.byId(c, id, false).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new Conflict(message("error.payment.duplicate", externalId));
            }
            throw e;
        }
    }

    /**
     * One step of 唱收唱付 announced and recorded.
     *
     * @param received the cash given, for {@link PaymentStep#RECEIVED_ANNOUNCED}; otherwise ignored
     */
    public Payment record(Actor actor, long paymentId, PaymentStep step, BigDecimal received) {
        actor.require(Role.STAFF, "take payments");
        if (step == null) {
            throw ValidationException.of("step", message("error.field.required"));
        }
        Payment p = store.inTransaction(c -> {
            Payment before = byId(c, paymentId);
            BigDecimal amount = PaymentRules.mayRecord(before, step, received);
            store.step(c, new StepRecord(paymentId, step, amount, actor.username(), now()));
            audit.record(c, actor, "payment-step", "payment", paymentId, before.done(), step + (amount == null ? "" : " " + amount));
            return store.byId(c, paymentId, false).orElseThrow();
        });
        publish(HospitalEvents.PAYMENT_STEP, p, step);
        return p;
    }

    /** Finishes the payment: refused naming every step of 唱收唱付 not yet recorded. */
    public Payment finish(Actor actor, long paymentId) {
        actor.require(Role.STAFF, "take payments");
        Payment p = store.inTransaction(c -> {
            Payment before = byId(c, paymentId);
            PaymentRules.mayFinish(before);
            store.finished(c, paymentId, actor.username(), now());
            audit.record(c, actor, "finish", "payment", paymentId, before.status(), PaymentStatus.FINISHED);
            return store.byId(c, paymentId, false).orElseThrow();
        });
        publish(HospitalEvents.PAYMENT_FINISHED, p, null);
        return p;
    }

    private Payment byId(Connection c, long id) throws SQLException {
        return store.byId(c, id, true).orElseThrow(() -> new NotFound(message("error.payment.notFound", id)));
    }

    public Payment payment(long id) {
        return store.read(c -> store.byId(c, id, false)).orElseThrow(() -> new NotFound(message("error.payment.notFound", id)));
    }

    /** Open payments and today's finished ones, oldest first. */
    public List<Payment> open(long siteId) {
        Instant since = sites.today(siteId).atStartOfDay(sites.site(siteId).zone()).toInstant();
        return store.read(c -> store.open(c, siteId, since));
    }

    private void publish(String topic, Payment p, PaymentStep step) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(HospitalEvents.SITE_ID, p.siteId());
        props.put(HospitalEvents.PAYMENT_ID, p.id());
        props.put(HospitalEvents.STATUS, p.status().name());
        props.put(HospitalEvents.STEP, step == null ? null : step.name());
        props.put(HospitalEvents.TICKET_NUMBER, p.ticketNumber());
        events.publish(new DomainEvent(topic, props));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
