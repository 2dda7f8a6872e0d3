package org.servicehall.site;

import java.time.LocalDate;

import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

/**
 * A service item's time limit (T1): its class and, for {@link TimeLimitClass#LEGAL}, the number of
 * working days. Written as {@code ON_THE_SPOT}, {@code SAME_DAY}, {@code THREE_DAYS},
 * {@code ONE_WEEK} or {@code LEGAL:<days>}.
 */
public record TimeLimit(TimeLimitClass kind, int workingDays) {
    public static final int MAX_LEGAL_DAYS = 365;
    private static final Texts TEXTS = Texts.of(TimeLimit.class, "site-errors");

    public TimeLimit {
        if (kind == null) {
            throw ValidationException.of("timeLimit", TEXTS.message("site.error.timeLimitClass"));
        }
        if (kind == TimeLimitClass.LEGAL) {
            if (workingDays < 1 || workingDays > MAX_LEGAL_DAYS) {
                throw ValidationException.of("timeLimit", TEXTS.message("site.error.legalDays", MAX_LEGAL_DAYS, workingDays));
            }
        } else {
            workingDays = kind.defaultWorkingDays();
        }
    }

    public static TimeLimit of(TimeLimitClass kind) {
        return new TimeLimit(kind, kind.defaultWorkingDays());
    }

    public static TimeLimit legal(int workingDays) {
        return new TimeLimit(TimeLimitClass.LEGAL, workingDays);
    }

    /**
     * Parses the written form.
     *
     * @throws ValidationException naming the text that is not a time limit
     */
    public static TimeLimit parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("LEGAL:")) {
            int days;
            try {
                days = Integer.parseInt(t.substring(6).trim());
            } catch (NumberFormatException e) {
                throw ValidationException.of("timeLimit", TEXTS.message("site.error.legalForm", text));
            }
            try {
                return legal(days);
            } catch (ValidationException e) {
                throw ValidationException.of("timeLimit", TEXTS.message("site.error.timeLimitText", text, e.errors().get(0).text()));
            }
        }
        try {
            TimeLimitClass kind = TimeLimitClass.valueOf(t);
            if (kind == TimeLimitClass.LEGAL) {
                throw ValidationException.of("timeLimit", TEXTS.message("site.error.legalNeedsDays"));
            }
            return of(kind);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("timeLimit", TEXTS.message("site.error.notATimeLimit", text));
        }
    }

    /** The last day on which a matter accepted on {@code accepted} must be completed (T1, T2). */
    public LocalDate deadline(LocalDate accepted, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(accepted, workingDays);
    }

    @Override
    public String toString() {
        return kind == TimeLimitClass.LEGAL ? "LEGAL:" + workingDays : kind.name();
    }
}
