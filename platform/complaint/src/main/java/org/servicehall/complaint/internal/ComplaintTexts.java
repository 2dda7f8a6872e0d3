package org.servicehall.complaint.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * The complaint area's texts for people to read ({@code HALL-INF/i18n/complaint.properties} and
 * {@code complaint_zh_CN.properties}): every message the area raises is one of them, put into the
 * reader's language where it is shown. Dates and times are messages too (2026年11月30日, 09:05).
 */
public final class ComplaintTexts {
    public static final Texts TEXTS = Texts.of(ComplaintTexts.class, "complaint");

    private ComplaintTexts() {
    }

    /** The message of {@code key} with its arguments. */
    public static Message text(String key, Object... args) {
        return TEXTS.message(key, args);
    }

    /** A day in the reader's form: 2026年11月30日 in Chinese, 2026-11-30 in English; empty for none. */
    public static Object day(LocalDate d) {
        return d == null ? "" : text("complaint.format.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A time of day on the 24-hour clock: 09:05. */
    public static Object time(LocalTime t) {
        return t == null ? "" : text("complaint.format.time", t.getHour(), t.getMinute());
    }

    /** The name of a status, step or other enum constant of the area, e.g. {@code complaint.status.REGISTERED}. */
    public static Message name(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }

    /**
     * Refuses an actor without the role, naming who, what they tried ({@code operation}: a key of
     * the texts) and the role needed, in the reader's language.
     */
    public static void require(Actor actor, Role role, String operation) {
        if (!actor.has(role)) {
            throw new AccessDenied(text("complaint.error.role", actor.username(), text(operation), name("complaint.role", role)));
        }
    }
}
