package org.servicehall.queue;

import java.util.ArrayList;
import java.util.List;

import org.servicehall.common.CitizenText;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;

/**
 * C3 for every area that sends staff's text to citizens (the queue's hand-off notes, the complaint
 * area's feedback): runs the registered {@link CitizenTextCheck}s and refuses a text with findings.
 * A check that throws is skipped and logged, so a broken plugin does not stop the hall.
 *
 * @since 1.3
 */
public final class TextChecks {
    private static final System.Logger LOG = System.getLogger(TextChecks.class.getName());

    private TextChecks() {
    }

    /** The findings of every check in {@code text}; empty for a blank text. */
    public static List<TextFinding> findings(List<CitizenTextCheck> checks, long siteId, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<TextFinding> findings = new ArrayList<>();
        for (CitizenTextCheck check : checks) {
            try {
                findings.addAll(check.check(siteId, text));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A text check failed and was skipped: " + e);
            }
        }
        return findings;
    }

    /**
     * Refuses a text that holds control or direction characters ({@link CitizenText}, since 1.4), and
     * a text with findings: tells every check of the attempt (so it is on record) and throws
     * a {@link ValidationException} on {@code field} naming the phrase and the one to say instead.
     */
    public static void requireAcceptable(List<CitizenTextCheck> checks, Actor actor, long siteId, String field, String text) {
        // control and direction characters never reach a citizen or a board, whatever screen or API sent them
        CitizenText.problemMessage(text, true).ifPresent(problem -> {
            throw ValidationException.of(field, problem);
        });
        List<TextFinding> findings = findings(checks, siteId, text);
        if (findings.isEmpty()) {
            return;
        }
        for (CitizenTextCheck check : checks) {
            try {
                check.refused(actor, siteId, text, findings);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A text check could not record a refusal: " + e);
            }
        }
        TextFinding f = findings.get(0);
        throw ValidationException.of(field, "contains the forbidden phrase “" + f.phrase() + "”"
                + (f.suggestion().isEmpty() ? "" : "; say instead: “" + f.suggestion() + "”"));
    }
}
