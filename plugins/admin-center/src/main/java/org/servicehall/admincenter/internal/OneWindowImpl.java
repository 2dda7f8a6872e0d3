package org.servicehall.admincenter.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.ProgressQuery;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.security.Actor;
import org.servicehall.site.SiteService;

/** AC1 on casework's exported API: {@link CaseLifecycle} for the steps, {@link CaseReadModel} for reading. */
@Component(service = OneWindow.class)
public final class OneWindowImpl implements OneWindow {
    private static final int PAGE = 200;
    private final CaseLifecycle cases;
    private final CaseReadModel reads;
    private final ProgressQuery progress;
    private final CentreInfo centre;
    private final SiteService sites;

    @Activate
    public OneWindowImpl(@Reference CaseLifecycle cases, @Reference CaseReadModel reads, @Reference ProgressQuery progress,
            @Reference CentreInfo centre, @Reference SiteService sites) {
        this.sites = sites;
        this.cases = cases;
        this.reads = reads;
        this.progress = progress;
        this.centre = centre;
    }

    @Override
    public Case accept(Actor actor, Acceptance a) {
        CentreDirectory d = centre.directory();
        d.requireItem(a.serviceCode());
        Case c = cases.open(actor, new CaseIntake(a.ticketId(), a.serviceCode(), a.applicantKind(), a.applicantName(), a.applicantId(),
                a.applicantPhone()));
        if (a.routeToResponsibleUnit()) {
            Unit unit = d.responsibleUnit(a.serviceCode()).orElse(null);
            if (unit != null) {
                c = cases.handOver(actor, c.id(), unit.code(), null);
            }
        }
        return c;
    }

    @Override
    public Case route(Actor actor, long caseId, String unit, String note) {
        Unit to = centre.directory().requireUnit(unit);
        Case c = centreCase(actor, caseId);
        OneWindowRules.checkRoute(c, to);
        return cases.handOver(actor, caseId, to.code(), note);
    }

    @Override
    public Case returnToPickUp(Actor actor, long caseId, String note) {
        Case c = centreCase(actor, caseId);
        OneWindowRules.checkReturn(c);
        String text = note == null || note.isBlank() ? CentreTexts.text("handOver.toPickUp", Locale.SIMPLIFIED_CHINESE) : note;
        return cases.handOver(actor, caseId, null, text);
    }

    @Override
    public Case handOut(Actor actor, long caseId, String note) {
        Case c = centreCase(actor, caseId);
        OneWindowRules.checkHandOut(c, centre.directory().unitName(c.unit(), Locale.SIMPLIFIED_CHINESE));
        return cases.complete(actor, caseId, note);
    }

    @Override
    public List<Case> inbox(Actor actor, long siteId, String unit) {
        Unit u = centre.directory().requireUnit(unit);
        return centreCases(actor, siteId, new CaseFilter(true, null, null, u.code(), null, null, null));
    }

    @Override
    public List<Case> atFront(Actor actor, long siteId) {
        return centreCases(actor, siteId, new CaseFilter(true, null, null, "", null, null, null));
    }

    @Override
    public Case byNumber(Actor actor, String number) {
        Case c = reads.byNumber(actor, number);
        requireCentre(c);
        return c;
    }

    private List<Case> centreCases(Actor actor, long siteId, CaseFilter filter) {
        List<Case> out = new ArrayList<>();
        for (int page = 0;; page++) {
            CasePage p = reads.cases(actor, siteId, filter, page, PAGE);
            p.cases().stream().filter(c -> centre.directory().offers(c.serviceCode())).forEach(out::add);
            if ((long) (page + 1) * PAGE >= p.total() || p.cases().isEmpty()) {
                return out;
            }
        }
    }

    private Case centreCase(Actor actor, long caseId) {
        Case c = reads.byId(actor, caseId);
        requireCentre(c);
        return c;
    }

    private void requireCentre(Case c) {
        if (!centre.directory().offers(c.serviceCode())) {
            throw new Conflict(CentreTexts.message("error.case.notCentre", c.number(), c.serviceCode()));
        }
    }

    @Override
    public Progress progress(String number, String lastDigits, Locale locale) {
        ProgressQuery.Progress p = progress.progress(number, lastDigits); // checks the digits; NotFound otherwise
        CentreDirectory d = centre.directory();
        if (!d.offers(p.serviceCode())) {
            throw new NotFound(CentreTexts.message("progress.notFound"));
        }
        OneWindowRules.Whereabouts w = OneWindowRules.where(p.stage(), p.unit(), !p.handOvers().isEmpty());
        ZoneId zone = sites.siteWithCode(p.siteCode()).zone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
        List<Step> steps = p.handOvers().stream().map(h -> new Step(h.at(), when.format(h.at()), d.unitName(h.fromUnit(), locale),
                d.unitName(h.toUnit(), locale))).toList();
        return new Progress(p.number(), p.serviceName(), CentreTexts.text("stage." + p.stage().name(), locale), w.place(),
                OneWindowRules.describe(w, w.unit() == null ? null : d.unitName(w.unit(), locale)).in(locale),
                p.due() == null ? null : p.due().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                p.stage().isOpen() ? p.light() : null, // an ended case is not lit: its last light told the supervisors, not the citizen
                p.missing(), steps);
    }
}
