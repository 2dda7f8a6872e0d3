package org.servicehall.casework.internal;

import static org.servicehall.casework.internal.CaseParts.TEXTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.CaseStep;
import org.servicehall.casework.HandOver;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.WorkingDayCalendar;

/**
 * T3: cases as staff read them, the applicant masked (S3) unless the reader handles the case (a
 * supervisor, or the account that accepted it or made one of its steps); step notes are masked
 * likewise, as they may quote the applicant.
 */
@Component(service = CaseReadModel.class)
public final class CaseReadModelImpl implements CaseReadModel {
    static final int MAX_PAGE = 200;

    private final CaseParts parts;

    @Activate
    public CaseReadModelImpl(@Reference CaseParts parts) {
        this.parts = parts;
    }

    @Override
    public Case byId(Actor actor, long caseId) {
        actor.require(Role.STAFF, "read cases");
        return parts.store.read(c -> one(c, actor, find(c, caseId)));
    }

    @Override
    public Case byNumber(Actor actor, String number) {
        actor.require(Role.STAFF, "read cases");
        String n = number == null ? "" : number.strip().toUpperCase();
        return parts.store.read(c -> one(c, actor, parts.store.findByNumber(c, n)
                .orElseThrow(() -> new NotFound(TEXTS.message("error.case.unknownNumber", n)))));
    }

    @Override
    public CasePage cases(Actor actor, long siteId, CaseFilter filter, int page, int size) {
        actor.require(Role.STAFF, "read cases");
        parts.sites.site(siteId);
        if (page < 0) {
            throw ValidationException.of("page", TEXTS.message("error.page", page));
        }
        if (size < 1 || size > MAX_PAGE) {
            throw ValidationException.of("size", TEXTS.message("error.size", size, MAX_PAGE));
        }
        CaseFilter f = filter == null ? CaseFilter.ALL : filter;
        WorkingDayCalendar calendar = parts.calendar(siteId);
        LocalDate today = parts.today(siteId);
        return parts.store.read(c -> {
            List<CaseRow> rows = parts.store.page(c, siteId, f, page, size);
            long total = rows.size() < size && page == 0 ? rows.size()
                    : onlyOpenWithLight(f) ? parts.supervision.openWithLight(c, siteId, f.light()) : parts.store.count(c, siteId, f);
            Set<Long> handled = CaseParts.seesAll(actor) ? Set.of()
                    : parts.store.handledBy(c, actor.username(), rows.stream().map(CaseRow::id).toList());
            List<Case> cases = rows.stream().map(r -> parts.toCase(r, CaseParts.seesAll(actor) || handled.contains(r.id()), calendar, today))
                    .toList();
            return new CasePage(cases, total, page, size);
        });
    }

    @Override
    public List<CaseStep> timeline(Actor actor, long caseId) {
        actor.require(Role.STAFF, "read cases");
        return parts.store.read(c -> {
            CaseRow row = find(c, caseId);
            List<CaseStep> steps = parts.store.steps(c, caseId);
            if (handles(c, actor, row)) {
                return steps;
            }
            return steps.stream().map(s -> new CaseStep(s.id(), s.caseId(), s.at(), s.kind(), s.stage(), s.actor(),
                    Masking.text(s.note(), row, parts))).toList();
        });
    }

    @Override
    public List<HandOver> handOvers(Actor actor, long caseId) {
        actor.require(Role.STAFF, "read cases");
        return parts.store.read(c -> {
            find(c, caseId);
            return parts.store.handOvers(c, caseId);
        });
    }

    @Override
    public VisitShare visitShare(long siteId, LocalDate from, LocalDate to) {
        parts.sites.site(siteId);
        long[] n = parts.store.read(c -> parts.supervision.visitShare(c, siteId, from, to));
        return new VisitShare(n[0], n[1]);
    }

    /** The supervision board's list: its total is in the counts kept. */
    private static boolean onlyOpenWithLight(CaseFilter f) {
        return Boolean.TRUE.equals(f.open()) && f.light() != null && f.serviceCode() == null && f.unit() == null && f.window() == null
                && f.staffNumber() == null && f.stage() == null;
    }

    private CaseRow find(Connection c, long caseId) throws SQLException {
        return parts.store.find(c, caseId, false).orElseThrow(() -> new NotFound(TEXTS.message("error.case.unknown", caseId)));
    }

    private boolean handles(Connection c, Actor actor, CaseRow row) throws SQLException {
        return CaseParts.seesAll(actor) || !parts.store.handledBy(c, actor.username(), List.of(row.id())).isEmpty();
    }

    private Case one(Connection c, Actor actor, CaseRow row) throws SQLException {
        return parts.toCase(row, handles(c, actor, row), parts.calendar(row.siteId()), parts.today(row.siteId()));
    }
}
