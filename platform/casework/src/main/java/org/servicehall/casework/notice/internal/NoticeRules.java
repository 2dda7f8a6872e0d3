package org.servicehall.casework.notice.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.NoticeRefused;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

/**
 * T4: which materials are missing and whether a one-time notice may be issued. Plain Java.
 *
 * <ul>
 * <li>needed: every required material, and the conditional ones whose condition applies;
 * missing: the needed ones not brought, in checklist order;</li>
 * <li>a notice lists something missing (else {@link NoticeRefused.Reason#NOTHING_MISSING});</li>
 * <li>one notice per visit (else {@link NoticeRefused.Reason#SECOND_NOTICE}, a violation candidate);</li>
 * <li>a later visit's notice lists only materials no earlier notice asked for, unless it gives the
 * reason (else {@link NoticeRefused.Reason#ASKED_BEFORE}, naming them).</li>
 * </ul>
 */
public final class NoticeRules {
    static final Texts TEXTS = Texts.of(NoticeRules.class, "casework-notice");

    private NoticeRules() {
    }

    /**
     * Checks a tick against the checklist: every code a material of it, every applicable one conditional.
     *
     * @throws ValidationException naming the field ({@code brought} or {@code applicable}) and the codes
     */
    public static void checkTick(List<ChecklistItem> checklist, MaterialsCheckDraft tick) {
        if (tick.visit() < 1) {
            throw ValidationException.of("visit", TEXTS.message("error.check.visit"));
        }
        if (checklist.isEmpty()) {
            throw ValidationException.of("serviceCode", TEXTS.message("error.check.noChecklist", tick.serviceCode()));
        }
        Set<String> codes = checklist.stream().map(ChecklistItem::code).collect(Collectors.toSet());
        String unknown = tick.brought().stream().filter(c -> !codes.contains(c)).sorted().collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw ValidationException.of("brought", TEXTS.message("error.check.unknown", unknown, tick.serviceCode()));
        }
        Set<String> conditional = checklist.stream().filter(i -> i.requirement() == Requirement.CONDITIONAL).map(ChecklistItem::code)
                .collect(Collectors.toSet());
        String notConditional = tick.applicable().stream().filter(c -> !conditional.contains(c)).sorted()
                .collect(Collectors.joining(", "));
        if (!notConditional.isEmpty()) {
            throw ValidationException.of("applicable", TEXTS.message("error.check.notConditional", notConditional, tick.serviceCode()));
        }
    }

    /** The needed materials not brought, in checklist order. */
    public static List<ChecklistItem> missing(List<ChecklistItem> checklist, Set<String> brought, Set<String> applicable) {
        return checklist.stream()
                .filter(i -> i.requirement() == Requirement.REQUIRED || applicable.contains(i.code()))
                .filter(i -> !brought.contains(i.code()))
                .toList();
    }

    /**
     * Whether the visit may have a notice listing {@code missing}, given the case's earlier notices.
     *
     * @param caseNumber for the messages
     * @throws NoticeRefused naming why
     */
    public static void mayIssue(String caseNumber, int visit, List<ChecklistItem> missing, List<OneTimeNotice> earlier, String reason) {
        Optional<OneTimeNotice> sameVisit = earlier.stream().filter(n -> n.visit() == visit).findFirst();
        if (sameVisit.isPresent()) {
            throw new NoticeRefused(NoticeRefused.Reason.SECOND_NOTICE, List.of(),
                    TEXTS.message("error.notice.second", caseNumber, visit, sameVisit.get().id()));
        }
        if (missing.isEmpty()) {
            throw new NoticeRefused(NoticeRefused.Reason.NOTHING_MISSING, List.of(), TEXTS.message("error.notice.nothingMissing",
                    caseNumber, visit));
        }
        Set<String> askedBefore = new LinkedHashSet<>();
        earlier.stream().filter(n -> n.visit() < visit).forEach(n -> n.items().forEach(i -> askedBefore.add(i.code())));
        List<String> again = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ChecklistItem i : missing) {
            if (askedBefore.contains(i.code())) {
                again.add(i.code());
                names.add(i.name().zh());
            }
        }
        if (!again.isEmpty() && (reason == null || reason.isBlank())) {
            throw new NoticeRefused(NoticeRefused.Reason.ASKED_BEFORE, again, TEXTS.message("error.notice.askedBefore",
                    String.join("、", names)));
        }
    }
}
