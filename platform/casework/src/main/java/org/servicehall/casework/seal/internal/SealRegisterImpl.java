package org.servicehall.casework.seal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.seal.SealEntry;
import org.servicehall.casework.seal.SealEntryKind;
import org.servicehall.casework.seal.SealRefused;
import org.servicehall.casework.seal.SealRegister;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealRequestDraft;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/** T6 on the shared database: every step one appended entry with its audit entry, in one transaction. */
@Component(service = SealRegister.class)
public final class SealRegisterImpl implements SealRegister {
    private static final int STAGE_REQUEST = 1;
    private static final int STAGE_DECISION = 2;
    private static final int STAGE_USE = 3;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final SealStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseLifecycle cases;
    private final IdentityChecks identity;
    /** S4: the kind of the identity checks of a seal use without a case. */
    static final String CHECK_KIND = "seal-use";
    /** S4: the operation an identity refusal names, in the reader's language. */
    static final Message USE = SealRules.TEXTS.message("seal.operation.use");

    @Activate
    public SealRegisterImpl(@Reference Database database, @Reference SiteService sites, @Reference AuditLog audit, @Reference Clock clock,
            @Reference CaseLifecycle cases, @Reference IdentityChecks identity) {
        this(migrated(database), sites, audit, clock, cases, identity);
    }

    SealRegisterImpl(DataSource dataSource, SiteService sites, AuditLog audit, Clock clock, CaseLifecycle cases, IdentityChecks identity) {
        this.store = new SealStore(dataSource);
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.cases = cases;
        this.identity = identity;
    }

    private static DataSource migrated(Database database) {
        database.migrate("casework", SealRegisterImpl.class.getClassLoader());
        return database.dataSource();
    }

    @Override
    public SealRequest request(Actor actor, SealRequestDraft draft) {
        actor.require(Role.STAFF, "ask to use a seal");
        SealRules.check(draft);
        Site site = sites.site(draft.siteId());
        SealEntry e = new SealEntry(0, site.id(), 0, SealEntryKind.REQUESTED, draft.caseId(), draft.document().strip(),
                draft.seal().strip(), draft.purpose().strip(), draft.impressions(), actor.username(), actor.displayName(), now(), null);
        return store.inTransaction(c -> {
            long id = store.append(c, e, STAGE_REQUEST);
            audit.record(c, actor, "request", "seal-request", id, null, e.seal() + " / " + e.document() + " x" + e.impressions());
            return SealRules.fold(store.ofRequest(c, id));
        });
    }

    @Override
    public SealRequest approve(Actor actor, long requestId, String note) {
        return decide(actor, requestId, SealEntryKind.APPROVED, note);
    }

    @Override
    public SealRequest refuse(Actor actor, long requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", SealRules.TEXTS.message("error.field.required"));
        }
        return decide(actor, requestId, SealEntryKind.REFUSED, reason);
    }

    private SealRequest decide(Actor actor, long requestId, SealEntryKind kind, String note) {
        actor.require(Role.SUPERVISOR, "decide on a seal request");
        checkNote(note);
        return append(requestId, r -> SealRules.mayDecide(r, actor.username()), (r, at) -> new SealEntry(0, r.siteId(), r.id(), kind,
                r.caseId(), r.document(), r.seal(), r.purpose(), r.impressions(), actor.username(), actor.displayName(), at,
                note == null || note.isBlank() ? null : note.strip()), STAGE_DECISION, actor, kind.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public SealRequest recordUse(Actor actor, long requestId, int impressions) {
        actor.require(Role.STAFF, "record the use of a seal");
        return append(requestId, r -> {
            SealRules.mayUse(r, impressions);
            // S4: the citizen's identity checked (for the request's case, or the request itself), the staff member's password fresh
            identity.required(actor, r.caseId() == null ? CHECK_KIND : "case", String.valueOf(r.caseId() == null ? r.id() : r.caseId()), USE);
            identity.requireFreshSignIn(actor, USE);
        }, (r, at) -> new SealEntry(0, r.siteId(), r.id(), SealEntryKind.USED,
                r.caseId(), r.document(), r.seal(), r.purpose(), impressions, actor.username(), actor.displayName(), at, null), STAGE_USE,
                actor, "use");
    }

    @Override
    public IdentityCheck checkIdentity(Actor actor, long requestId, IdentityDocument document, String number) {
        actor.require(Role.STAFF, "check a citizen's identity for a seal");
        SealRequest r = requestById(requestId);
        if (r.caseId() != null) {
            return cases.checkApplicant(actor, r.caseId(), document, number);
        }
        return identity.record(actor, new IdentityCheckRequest(sites.site(r.siteId()).code(), CHECK_KIND, String.valueOf(r.id()), document,
                number, null));
    }

    private interface Check {
        void check(SealRequest r);
    }

    private interface Entry {
        SealEntry of(SealRequest r, Instant at);
    }

    private SealRequest append(long requestId, Check check, Entry entry, int stage, Actor actor, String action) {
        try {
            return store.inTransaction(c -> {
                List<SealEntry> entries = store.ofRequest(c, requestId);
                if (entries.isEmpty() || entries.get(0).kind() != SealEntryKind.REQUESTED) {
                    throw new NotFound(SealRules.TEXTS.message("error.seal.notFound", requestId));
                }
                SealRequest before = SealRules.fold(entries);
                check.check(before);
                SealEntry e = entry.of(before, now());
                long id = store.append(c, e, stage);
                audit.record(c, actor, action, "seal-request", requestId, before.status(), e.kind() + " entry " + id);
                return SealRules.fold(store.ofRequest(c, requestId));
            });
        } catch (RuntimeException e) {
            if (Jdbc.isUniqueViolation(e)) {
                // another node took the same step at the same moment: the register keeps the first
                SealRequest now = requestById(requestId);
                throw new SealRefused(SealRules.TEXTS.message("error.seal.decided", requestId, SealRules.status(now.status())));
            }
            throw e;
        }
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > 500) {
            throw ValidationException.of("note", SealRules.TEXTS.message("error.field.tooLong", 500));
        }
    }

    @Override
    public SealRequest requestById(long requestId) {
        List<SealEntry> entries = store.read(c -> store.ofRequest(c, requestId));
        if (entries.isEmpty() || entries.get(0).kind() != SealEntryKind.REQUESTED) {
            throw new NotFound(SealRules.TEXTS.message("error.seal.notFound", requestId));
        }
        return SealRules.fold(entries);
    }

    @Override
    public List<SealRequest> requests(long siteId, LocalDate from, LocalDate to) {
        Map<Long, List<SealEntry>> byRequest = new LinkedHashMap<>();
        for (SealEntry e : entries(siteId, from, to)) {
            byRequest.computeIfAbsent(e.requestId(), k -> new ArrayList<>()).add(e);
        }
        return byRequest.values().stream().filter(l -> l.get(0).kind() == SealEntryKind.REQUESTED).map(SealRules::fold)
                .sorted(Comparator.comparing(SealRequest::id).reversed()).toList();
    }

    @Override
    public List<SealEntry> entries(long siteId, LocalDate from, LocalDate to) {
        Site site = sites.site(siteId);
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", SealRules.TEXTS.message("error.fee.period"));
        }
        ZoneId zone = site.zone();
        return store.read(c -> store.entries(c, siteId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    @Override
    public String csv(long siteId, LocalDate from, LocalDate to, Locale locale) {
        ZoneId zone = sites.site(siteId).zone();
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(List.of("id", "request", "kind", "at", "case", "document", "seal", "purpose", "impressions", "by", "note").stream()
                .map(h -> cell(SealRules.TEXTS.message("seal.csv." + h).in(locale))).collect(Collectors.joining(","))).append("\r\n");
        for (SealEntry e : entries(siteId, from, to)) {
            out.append(String.join(",", cell(String.valueOf(e.id())), cell(String.valueOf(e.requestId())),
                    cell(SealRules.TEXTS.message("seal.kind." + e.kind().name()).in(locale)), cell(STAMP.format(e.at().atZone(zone))),
                    cell(e.caseId() == null ? "" : String.valueOf(e.caseId())), cell(e.document()), cell(e.seal()), cell(e.purpose()),
                    cell(String.valueOf(e.impressions())), cell(e.actorName() + " (" + e.actor() + ")"), cell(e.note()))).append("\r\n");
        }
        return out.toString();
    }

    /** A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet does not run it. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
