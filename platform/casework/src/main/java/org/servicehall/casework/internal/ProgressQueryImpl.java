package org.servicehall.casework.internal;

import static org.servicehall.casework.internal.CaseParts.TEXTS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.ProgressQuery;
import org.servicehall.common.NotFound;
import org.servicehall.site.Site;

/**
 * T3: the public progress query. The case is found by its number and shown only when the digits
 * given are the last four of the applicant's phone or ID number (compared in constant time); any
 * other answer is the one of an unknown case, so numbers cannot be tried out. Never personal data.
 */
@Component(service = ProgressQuery.class)
public final class ProgressQueryImpl implements ProgressQuery {
    private final CaseParts parts;

    @Activate
    public ProgressQueryImpl(@Reference CaseParts parts) {
        this.parts = parts;
    }

    @Override
    public Progress progress(String caseNumber, String lastDigits) {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
        String digits = lastDigits == null ? "" : lastDigits.strip().toUpperCase();
        Optional<CaseRow> found = number.isEmpty() || number.length() > 40 ? Optional.empty()
                : parts.store.read(c -> parts.store.findByNumber(c, number));
        boolean phone = found.isPresent() && same(CaseRules.lastFour(found.get().applicantPhone()), digits);
        boolean id = found.isPresent() && same(CaseRules.lastFour(found.get().applicantId()), digits);
        if (digits.length() != 4 || !(phone | id)) {
            throw new NotFound(TEXTS.message("error.progress.unknown", number));
        }
        CaseRow r = found.get();
        LocalDate today = parts.today(r.siteId());
        Case c = parts.toCase(r, false, parts.calendar(r.siteId()), today);
        List<Passage> handOvers = parts.store.read(x -> parts.store.handOvers(x, r.id())).stream()
                .map(h -> new Passage(h.at(), h.fromUnit(), h.toUnit())).toList();
        Site site = parts.sites.site(r.siteId());
        return new Progress(r.number(), site.name(), r.serviceName(), r.stage(), r.acceptedOn(), c.due(), r.paused(),
                r.paused() ? Masking.text(r.missing(), r, parts) : null, c.daysLeft(), r.light(), site.code(), r.serviceCode(), c.unit(), handOvers);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
