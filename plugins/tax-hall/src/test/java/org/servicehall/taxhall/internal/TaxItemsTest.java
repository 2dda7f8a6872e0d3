package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WorkingDayCalendar;

/**
 * TX1 (T1, T2, T4): the shipped catalogue's time limits, counted on the 2026 calendar across National
 * Day (1-7 October off, Sunday 20 September and Saturday 10 October worked), and a materials checklist
 * for every item that is a case.
 */
class TaxItemsTest {
    /** 国务院办公厅 2026: Mid-Autumn 25-27 Sep, National Day 1-7 Oct; make-up working days Sun 20 Sep and Sat 10 Oct. */
    private static final WorkingDayCalendar CALENDAR_2026 = calendar();

    private static WorkingDayCalendar calendar() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 25); !d.isAfter(LocalDate.of(2026, 9, 27)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, CalendarDay.Kind.HOLIDAY, "中秋节"));
        }
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, CalendarDay.Kind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 9, 20), CalendarDay.Kind.MAKEUP_WORKDAY, "国庆节调休上班"));
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "国庆节调休上班"));
        return new WorkingDayCalendar(days);
    }

    static Properties file(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TaxItemsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static TimeLimit limit(String code) throws IOException {
        return TimeLimit.parse(file("HALL-INF/catalogue/tax-items.properties").getProperty(code + ".timeLimit"));
    }

    @Test
    void registrationWithinTenWorkingDaysAcrossNationalDay_TX1() throws IOException {
        for (String code : TaxItems.REGISTRATION) {
            TimeLimit limit = limit(code);
            assertEquals(TimeLimit.legal(10), limit, code);
            // accepted Wed 30 Sep: 8, 9, 10 (make-up), 12-16, 19, 20 Oct
            assertEquals(LocalDate.of(2026, 10, 20), limit.deadline(LocalDate.of(2026, 9, 30), CALENDAR_2026), code);
            // accepted Mon 28 Sep: 29, 30 Sep, 8, 9, 10, 12-16 Oct
            assertEquals(LocalDate.of(2026, 10, 16), limit.deadline(LocalDate.of(2026, 9, 28), CALENDAR_2026), code);
        }
    }

    @Test
    void vatGeneralTaxpayerRecognitionWithinTwentyTwoWorkingDays_TX1() throws IOException {
        TimeLimit limit = limit(TaxItems.VAT_GENERAL);
        assertEquals(TimeLimit.legal(22), limit);
        // accepted Fri 18 Sep: 20 (Sunday worked), 21-24, 28-30 Sep, 8-10, 12-16, 19-23, 26 Oct
        assertEquals(LocalDate.of(2026, 10, 26), limit.deadline(LocalDate.of(2026, 9, 18), CALENDAR_2026));
        assertEquals(LocalDate.of(2026, 11, 5), limit.deadline(LocalDate.of(2026, 9, 30), CALENDAR_2026));
    }

    @Test
    void invoiceServicesOnTheSpot_TX1() throws IOException {
        assertEquals(TimeLimit.of(TimeLimitClass.ON_THE_SPOT), limit(TaxItems.INVOICE));
    }

    @Test
    void everyCaseItemShipsAChecklistOfWellFormedMaterials_TX1_T4() throws IOException {
        Properties checklists = file("HALL-INF/checklists/tax-hall.properties");
        Properties catalogue = file("HALL-INF/catalogue/tax-items.properties");
        Set<String> fields = Set.of("name", "name.en", "requirement", "condition", "condition.en", "original", "copies", "form", "form.en",
                "basis", "basis.en", "where", "where.en", "order");
        Set<String> withChecklist = new TreeSet<>();
        for (String key : checklists.stringPropertyNames()) {
            String[] parts = key.split("\\.", 4);
            assertEquals("checklist", parts[0], key);
            assertTrue(catalogue.containsKey(parts[1] + ".name"), key + ": not an item of the tax hall's catalogue");
            assertTrue(parts[2].matches("[A-Z][A-Z0-9-]{0,39}"), key);
            assertTrue(fields.contains(parts[3]), key + ": not a field of a material");
            withChecklist.add(parts[1]);
            String material = parts[0] + "." + parts[1] + "." + parts[2];
            assertFalse(checklists.getProperty(material + ".name", "").isBlank(), material + " has a name");
            assertFalse(checklists.getProperty(material + ".name.en", "").isBlank(), material + " has an English name");
            if ("conditional".equals(checklists.getProperty(material + ".requirement"))) {
                assertFalse(checklists.getProperty(material + ".condition", "").isBlank(), material + " says when it is needed");
            }
        }
        assertEquals(new TreeSet<>(TaxItems.CASES), withChecklist);
    }
}
