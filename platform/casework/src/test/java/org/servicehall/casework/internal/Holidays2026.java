package org.servicehall.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.servicehall.site.WorkingDayCalendar;

/** The test data: the 2026 holiday table file (holidays-2026.txt beside this class) and its calendar. */
final class Holidays2026 {
    private Holidays2026() {
    }

    static String text() {
        try (InputStream in = Holidays2026.class.getResourceAsStream("holidays-2026.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(HolidayFile.parse(text(), CaseParts.TEXTS).days());
    }
}
