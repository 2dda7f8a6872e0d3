package org.servicehall.casework.notice.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.NoticeDraft;
import org.servicehall.casework.notice.NoticeRefused;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.OneTimeNotices;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.Violations;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * T4 on the shared database: the visit's notice from its latest tick, checked by {@link NoticeRules}
 * and by conduct's forbidden-phrase checker (C3), rendered as a PDF and stored with its materials
 * and its audit entry in one transaction (the table's unique key keeps one notice per visit across
 * nodes). A second notice for a visit is proposed to the supervisor as a violation candidate of the
 * one-notice rule (C5) and refused.
 */
@Component(service = OneTimeNotices.class)
public final class OneTimeNoticesImpl implements OneTimeNotices {
    private static final Logger LOG = LoggerFactory.getLogger(OneTimeNoticesImpl.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final NoticeParts parts;
    private final Checklists checklists;
    private final ConductPhrases phrases;
    private final Violations violations;

    @Activate
    public OneTimeNoticesImpl(@Reference NoticeParts parts, @Reference Checklists checklists, @Reference ConductPhrases phrases,
            @Reference Violations violations) {
        this.parts = parts;
        this.checklists = checklists;
        this.phrases = phrases;
        this.violations = violations;
    }

    @Override
    public OneTimeNotice issue(Actor actor, NoticeDraft draft) {
        actor.require(Role.STAFF, "issue a one-time notice");
        check(draft);
        Site site = parts.sites.site(draft.siteId());
        MaterialsCheck tick = parts.store.read(c -> parts.store.checks(c, site.id(), draft.caseId())).stream()
                .filter(t -> t.visit() == draft.visit()).reduce((a, b) -> b)
                .orElseThrow(() -> new NoticeRefused(NoticeRefused.Reason.NOT_CHECKED, List.of(),
                        NoticeRules.TEXTS.message("error.notice.notChecked", draft.caseNumber(), draft.visit())));
        Map<String, ChecklistItem> byCode = checklists.checklist(site.id(), tick.serviceCode()).stream()
                .collect(Collectors.toMap(ChecklistItem::code, Function.identity()));
        List<ChecklistItem> missing = tick.missing().stream().filter(byCode::containsKey).map(byCode::get).toList();
        List<OneTimeNotice> earlier = notices(site.id(), draft.caseId());
        Staff staff = parts.staffOf(actor, site.id()).orElse(null);
        String staffNumber = staff == null ? actor.username() : staff.staffNumber();
        try {
            NoticeRules.mayIssue(draft.caseNumber(), draft.visit(), missing, earlier, draft.reason());
        } catch (NoticeRefused refused) {
            if (refused.reason() == NoticeRefused.Reason.SECOND_NOTICE) {
                proposeViolation(actor, site, staff, draft);
            }
            throw refused;
        }
        OneTimeNotice unsaved = new OneTimeNotice(0, site.id(), draft.caseId(), draft.caseNumber().strip(), draft.visit(),
                tick.serviceCode(), missing, staffNumber, staff == null ? actor.displayName() : staff.name(), draft.windowNumber(),
                parts.now(), blankToNull(draft.reason()), blankToNull(draft.note()), "");
        NoticeText text = NoticeText.of(unsaved, site.name(), parts.serviceName(site.id(), tick.serviceCode()), site.zone(), CHINESE);
        List<TextFinding> findings = phrases.check(site.id(), text.text());
        if (!findings.isEmpty()) {
            phrases.recordRefusal(actor, site.id(), text.text(), findings);
            List<String> found = findings.stream().map(TextFinding::phrase).distinct().toList();
            throw new NoticeRefused(NoticeRefused.Reason.FORBIDDEN_PHRASES, found,
                    NoticeRules.TEXTS.message("error.notice.forbidden", String.join("、", found)));
        }
        byte[] pdf = parts.pdf().render(text, parts.progressUrl(site.code(), unsaved.caseNumber()));
        OneTimeNotice withHash = withId(unsaved, 0, sha256(pdf));
        try {
            return parts.store.inTransaction(c -> {
                long id = parts.store.insertNotice(c, withHash, pdf);
                parts.audit.record(c, actor, "issue", "one-time-notice", id, null, "case " + withHash.caseNumber() + " visit "
                        + withHash.visit() + " missing " + missing.stream().map(ChecklistItem::code).toList());
                return withId(withHash, id, withHash.pdfSha256());
            });
        } catch (RuntimeException e) {
            if (NoticeStore.isDuplicateVisit(e)) {
                // another node issued the visit's notice in the meantime: the same rule, the same candidate
                proposeViolation(actor, site, staff, draft);
                throw new NoticeRefused(NoticeRefused.Reason.SECOND_NOTICE, List.of(),
                        NoticeRules.TEXTS.message("error.notice.second", draft.caseNumber(), draft.visit(), "-"));
            }
            throw e;
        }
    }

    private void proposeViolation(Actor actor, Site site, Staff staff, NoticeDraft draft) {
        if (staff == null) {
            LOG.warn("second one-time notice for case {} visit {} by {}, who is not staff of site {}: no violation candidate",
                    draft.caseNumber(), draft.visit(), actor.username(), site.code());
            return;
        }
        String note = NoticeRules.TEXTS.message("violation.secondNotice", draft.caseNumber(), draft.visit()).in(CHINESE);
        try {
            violations.proposeViolation(actor, site.id(), staff.staffNumber(), draft.windowNumber(), parts.oneNoticeRule,
                    ViolationSource.OTHER, parts.now(), note);
        } catch (RuntimeException e) {
            LOG.warn("could not propose the one-notice violation for case {} visit {}: {}", draft.caseNumber(), draft.visit(), e.toString());
        }
    }

    @Override
    public OneTimeNotice notice(long noticeId) {
        return parts.store.read(c -> parts.store.notices(c, "id = ?", noticeId)).stream().findFirst()
                .orElseThrow(() -> new NotFound(NoticeRules.TEXTS.message("error.notice.notFound", noticeId)));
    }

    @Override
    public List<OneTimeNotice> notices(long siteId, long caseId) {
        return parts.store.read(c -> parts.store.notices(c, "site_id = ? AND case_id = ?", siteId, caseId));
    }

    @Override
    public byte[] pdf(long noticeId) {
        return parts.store.read(c -> parts.store.pdf(c, noticeId))
                .orElseThrow(() -> new NotFound(NoticeRules.TEXTS.message("error.notice.notFound", noticeId)));
    }

    private static void check(NoticeDraft draft) {
        if (draft == null) {
            throw ValidationException.of("notice", NoticeRules.TEXTS.message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (draft.caseNumber() == null || draft.caseNumber().isBlank()) {
            errors.add(ValidationException.FieldError.of("caseNumber", NoticeRules.TEXTS.message("error.field.required")));
        } else if (draft.caseNumber().length() > 40) {
            errors.add(ValidationException.FieldError.of("caseNumber", NoticeRules.TEXTS.message("error.field.tooLong", 40)));
        }
        if (draft.visit() < 1) {
            errors.add(ValidationException.FieldError.of("visit", NoticeRules.TEXTS.message("error.check.visit")));
        }
        if (draft.reason() != null && draft.reason().length() > 500) {
            errors.add(ValidationException.FieldError.of("reason", NoticeRules.TEXTS.message("error.field.tooLong", 500)));
        }
        if (draft.note() != null && draft.note().length() > 1000) {
            errors.add(ValidationException.FieldError.of("note", NoticeRules.TEXTS.message("error.field.tooLong", 1000)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static OneTimeNotice withId(OneTimeNotice n, long id, String sha) {
        return new OneTimeNotice(id, n.siteId(), n.caseId(), n.caseNumber(), n.visit(), n.serviceCode(), n.items(), n.staffNumber(),
                n.staffName(), n.windowNumber(), n.issuedAt(), n.reason(), n.note(), sha);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
