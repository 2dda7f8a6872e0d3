package org.servicehall.hospital.internal.lab;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.HallException;
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
 * The laboratory (H4): specimens ordered with their barcode number, sampled only after 三对,
 * reported; each specimen's turnaround limit from its class, the warning and the breach raised once
 * at their moments ({@link #fire}, driven by {@link TatWatch}), the day's P50/P90 per class, and the
 * patient's slip telling when and where to collect the report.
 */
@Component(service = Laboratory.class)
public final class Laboratory {
    private static final SecureRandom TOKENS = new SecureRandom();
    private final LabStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public Laboratory(@Reference HospitalTables tables, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference DomainEvents events, @Reference Clock clock) {
        this.store = new LabStore(tables.dataSource());
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        List<LabTest> shipped = ShippedTests.TABLE.load(Laboratory.class.getClassLoader());
        store.inTransaction(c -> {
            store.addMissing(c, TatClass.DECLARED, shipped);
            return null;
        });
    }

    public Map<String, TatClass> classes() {
        return store.read(store::classes);
    }

    public Map<String, LabTest> tests() {
        return store.read(store::tests);
    }

    /**
     * The lab changes a class's limit (minutes, for a class counted in minutes) and its warning
     * point (per cent of the time allowed, 50 to 99). Specimens sampled before keep their limits.
     */
    public TatClass setClass(Actor actor, String code, Integer limitMinutes, int warnPercent) {
        actor.require(Role.SUPERVISOR, "change turnaround limits");
        return store.inTransaction(c -> {
            TatClass before = store.classes(c).get(code);
            if (before == null) {
                throw ValidationException.of("tatClass", message("error.lab.unknownClass", code));
            }
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (before.kind() == TatKind.MINUTES && (limitMinutes == null || limitMinutes < 1 || limitMinutes > 30 * 24 * 60)) {
                errors.add(ValidationException.FieldError.of("limitMinutes", message("error.field.range", 1, 30 * 24 * 60)));
            }
            if (warnPercent < 50 || warnPercent > 99) {
                errors.add(ValidationException.FieldError.of("warnPercent", message("error.field.range", 50, 99)));
            }
            HospitalTexts.throwIf(errors);
            TatClass after = new TatClass(code, before.kind(), before.kind() == TatKind.MINUTES ? limitMinutes : null, warnPercent,
                    before.aroundClock(), before.sortOrder());
            store.updateClass(c, after, actor.username(), now());
            audit.record(c, actor, "tat-class", "hospital-tat-class", code, before, after);
            return after;
        });
    }

    /**
     * A specimen ordered, its barcode number printed on the tube.
     *
     * @throws ValidationException naming every bad field; {@link Conflict} when the number was used; nothing is stored
     */
    public Specimen order(Actor actor, SpecimenOrder o) {
        actor.require(Role.STAFF, "order specimens");
        Map<String, LabTest> tests = tests();
        Map<String, TatClass> classes = classes();
        Instant now = now();
        SamplingRules.check(o, tests, classes, now);
        Site site = sites.site(o.siteId());
        LabTest test = tests.get(o.testCode().strip());
        String number = o.specimenNumber().strip();
        Specimen draft = new Specimen(0, site.id(), number, HospitalTexts.clean(o.ticketNumber()), o.patientName().strip(), test.code(),
                test.tatClass(), SpecimenStatus.ORDERED, now, classes.get(test.tatClass()).kind() == TatKind.APPOINTMENT
                        ? o.appointmentAt().truncatedTo(ChronoUnit.MICROS) : null, null, null, null, null, null, null, null, null, token());
        Specimen s;
        try {
            s = store.inTransaction(c -> {
                if (store.numberUsed(c, number)) {
                    throw new Conflict(message("error.lab.numberUsed", number));
                }
                long id = store.insert(c, draft);
                audit.record(c, actor, "order", "specimen", id, null, number + " " + test.code());
                return store.one(c, "id", id, false).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new Conflict(message("error.lab.numberUsed", number));
            }
            throw e;
        }
        publish(HospitalEvents.SPECIMEN_ORDERED, s);
        return s;
    }

    /** The specimen ordered under this barcode number (the sampling station scans it first). */
    public Specimen byNumber(String number) {
        if (number == null || number.isBlank()) {
            throw ValidationException.of("specimenNumber", message("error.field.required"));
        }
        return store.read(c -> store.one(c, "specimen_number", number.strip(), false))
                .orElseThrow(() -> new NotFound(message("error.lab.notFound", number.strip())));
    }

    /**
     * Sampling after 三对: the name, test item and number read back at the station must match the
     * order, else it is refused naming each mismatch and nothing changes. Fixes the limit and the
     * warning point from the specimen's class.
     */
    public Specimen sample(Actor actor, long specimenId, String name, String testCode, String number) {
        actor.require(Role.STAFF, "take specimens");
        Map<String, TatClass> classes = classes();
        Map<String, LabTest> tests = tests();
        Specimen s = store.inTransaction(c -> {
            Specimen before = store.one(c, "id", specimenId, true).orElseThrow(() -> new NotFound(message("error.lab.notFound", specimenId)));
            if (before.status() != SpecimenStatus.ORDERED) {
                throw new HallException(message("error.lab.sampled", before.specimenNumber()));
            }
            SamplingRules.threeChecks(before, tests.get(before.testCode()), name, testCode, number);
            Instant at = now();
            ZoneId zone = sites.site(before.siteId()).zone();
            TatClass tc = classes.get(before.tatClass());
            Instant due;
            try {
                due = TatRules.dueAt(tc, at, zone, before.appointmentAt());
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("appointmentAt", message("error.lab.appointment"));
            }
            store.sampled(c, specimenId, actor.username(), at, TatRules.warnAt(tc, at, due), due);
            audit.record(c, actor, "sample", "specimen", specimenId, before.status(), "due " + due);
            return store.one(c, "id", specimenId, false).orElseThrow();
        });
        publish(HospitalEvents.SPECIMEN_SAMPLED, s);
        return s;
    }

    /** The report is out: the patient's page says so, the turnaround is measured. */
    public Specimen report(Actor actor, long specimenId) {
        actor.require(Role.STAFF, "report specimens");
        Specimen s = store.inTransaction(c -> {
            Specimen before = store.one(c, "id", specimenId, true).orElseThrow(() -> new NotFound(message("error.lab.notFound", specimenId)));
            if (before.status() != SpecimenStatus.SAMPLED) {
                throw new HallException(message("error.lab.notSampled", before.specimenNumber()));
            }
            store.reported(c, specimenId, actor.username(), now());
            audit.record(c, actor, "report", "specimen", specimenId, before.status(), SpecimenStatus.REPORTED);
            return store.one(c, "id", specimenId, false).orElseThrow();
        });
        publish(HospitalEvents.REPORT_READY, s);
        return s;
    }

    /** The TAT board's specimens: those not reported and today's reported, oldest first. */
    public List<Specimen> board(long siteId) {
        Site site = sites.site(siteId);
        Instant since = sites.today(siteId).atStartOfDay(site.zone()).toInstant();
        return store.read(c -> store.open(c, siteId, since));
    }

    /** P50/P90 per class of the specimens sampled on {@code day} (site's zone) and reported. */
    public List<TatFigures> figures(long siteId, LocalDate day) {
        ZoneId zone = sites.site(siteId).zone();
        List<Specimen> reported = store.read(c -> store.reported(c, siteId, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, List<Specimen>> byClass = new LinkedHashMap<>();
        classes().keySet().forEach(k -> byClass.put(k, new ArrayList<>()));
        reported.forEach(s -> byClass.computeIfAbsent(s.tatClass(), k -> new ArrayList<>()).add(s));
        List<TatFigures> out = new ArrayList<>();
        byClass.forEach((k, list) -> {
            List<Duration> times = list.stream().map(s -> Duration.between(s.sampledAt(), s.reportedAt())).toList();
            int late = (int) list.stream().filter(s -> s.reportedAt().isAfter(s.dueAt())).count();
            out.add(new TatFigures(k, list.size(), TatRules.percentile(times, 50), TatRules.percentile(times, 90), late));
        });
        return out;
    }

    /** The patient's slip by its token (the phone page). */
    public Slip slip(String token, Locale reader) {
        return slip(bySlip(token), reader);
    }

    /** The hall where the slip's specimen was taken (its public page names the hall and tells its time). */
    public Site siteOfSlip(String token) {
        return sites.site(bySlip(token).siteId());
    }

    private Specimen bySlip(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new NotFound(message("error.lab.noSlip"));
        }
        return store.read(c -> store.one(c, "slip_token", token, false)).orElseThrow(() -> new NotFound(message("error.lab.noSlip")));
    }

    public Slip slip(Specimen s, Locale reader) {
        LabTest test = tests().get(s.testCode());
        Instant from = s.dueAt() != null ? s.dueAt() : s.appointmentAt();
        String ticketPage = s.ticketNumber() == null ? null
                : "/api/v1/queue/follow/" + sites.site(s.siteId()).code() + "/" + s.ticketNumber(); // the ticket's phone page (Q1)
        return new Slip(s.specimenNumber(), test == null ? s.testCode() : test.name(), s.sampledAt(), from,
                message("lab.collect.place").in(reader), s.status() == SpecimenStatus.REPORTED, ticketPage);
    }

    /**
     * Raises every warning and breach whose moment has come, each once (also with several nodes):
     * events {@link HospitalEvents#TAT_WARNING} and {@link HospitalEvents#TAT_BREACH}.
     *
     * @return how many were raised now
     */
    public int fire(Instant now) {
        List<DomainEvent> out = new ArrayList<>();
        for (boolean breach : new boolean[] { false, true }) {
            List<Specimen> due = store.read(c -> store.due(c, breach, now, 5000));
            if (due.isEmpty()) {
                continue;
            }
            for (Specimen s : store.inTransaction(c -> store.mark(c, due, breach, now))) {
                out.add(event(breach ? HospitalEvents.TAT_BREACH : HospitalEvents.TAT_WARNING, s));
            }
        }
        events.publishAll(out);
        return out.size();
    }

    private void publish(String topic, Specimen s) {
        events.publish(event(topic, s));
    }

    private static DomainEvent event(String topic, Specimen s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(HospitalEvents.SITE_ID, s.siteId());
        p.put(HospitalEvents.SPECIMEN_ID, s.id());
        p.put(HospitalEvents.SPECIMEN_NUMBER, s.specimenNumber());
        p.put(HospitalEvents.TAT_CLASS, s.tatClass());
        p.put(HospitalEvents.STATUS, s.status().name());
        p.put(HospitalEvents.TICKET_NUMBER, s.ticketNumber());
        p.put(HospitalEvents.DUE_AT, s.dueAt() == null ? null : s.dueAt().toString());
        return new DomainEvent(topic, p);
    }

    private static String token() {
        byte[] b = new byte[16];
        TOKENS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
