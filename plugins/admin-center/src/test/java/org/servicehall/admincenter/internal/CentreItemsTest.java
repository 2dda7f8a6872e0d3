package org.servicehall.admincenter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WorkingDayCalendar;

/**
 * AC1, AC2, AC3 (T1, T4): the items the plugin ships, each with its time-limit class, materials
 * checklist, service guide and responsible unit; the comprehensive window refuses an item the centre
 * does not offer.
 */
class CentreItemsTest {
    private static final ClassLoader LOADER = CentreItemsTest.class.getClassLoader();
    private final CentreDirectory centre = CentreDirectory.shipped(LOADER, List.of());

    private static Properties catalogue() {
        return CentreFiles.read(LOADER, CentreFiles.CATALOGUE);
    }

    @Test
    void timeLimitClassesAreSameDayThreeDaysAndOneWeek_AC2() {
        Properties p = catalogue();
        Set<TimeLimitClass> seen = EnumSet.noneOf(TimeLimitClass.class);
        for (String code : centre.items()) {
            TimeLimit limit = TimeLimit.parse(p.getProperty(code + ".timeLimit"));
            assertTrue(Set.of(TimeLimitClass.SAME_DAY, TimeLimitClass.THREE_DAYS, TimeLimitClass.ONE_WEEK).contains(limit.kind()), code);
            seen.add(limit.kind());
        }
        assertEquals(EnumSet.of(TimeLimitClass.SAME_DAY, TimeLimitClass.THREE_DAYS, TimeLimitClass.ONE_WEEK), seen);
    }

    /** What a citizen reads of an item (kiosk tile, guide, progress page) says its time-limit class, in both languages. */
    @Test
    void everyItemsNameEndsWithItsTimeLimitClass_AC2() {
        Properties p = catalogue();
        for (String code : centre.items()) {
            String kind = TimeLimit.parse(p.getProperty(code + ".timeLimit")).kind().name();
            String zh = CentreTexts.text("limit.short." + kind, Locale.SIMPLIFIED_CHINESE);
            String en = CentreTexts.text("limit.short." + kind, Locale.ENGLISH);
            assertTrue(p.getProperty(code + ".name.zh").endsWith(zh + "）"), code + ": " + p.getProperty(code + ".name.zh") + " ends with （…" + zh + "）");
            assertTrue(p.getProperty(code + ".name").endsWith(en + ")"), code + ": " + p.getProperty(code + ".name") + " ends with (…" + en + ")");
        }
        assertEquals("社会保障卡补换（当日办结）", p.getProperty("AC-SOCIAL-CARD.name.zh"));
        assertEquals("企业设立登记（3个工作日内）", p.getProperty("AC-ENT-SETUP.name.zh"));
    }

    @Test
    void deadlinesCountWorkingDaysAcrossNationalDay_AC2_T2() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, CalendarDay.Kind.HOLIDAY, "国庆节"));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "国庆节调休上班"));
        WorkingDayCalendar calendar = new WorkingDayCalendar(days);
        Properties p = catalogue();
        LocalDate wed = LocalDate.of(2026, 9, 30);
        assertEquals(wed, TimeLimit.parse(p.getProperty("AC-SOCIAL-CARD.timeLimit")).deadline(wed, calendar));
        // 3 working days from Wed 30 Sep: Thu 8, Fri 9, Sat 10 (worked) October
        assertEquals(LocalDate.of(2026, 10, 10), TimeLimit.parse(p.getProperty("AC-ENT-SETUP.timeLimit")).deadline(wed, calendar));
        // one week (5 working days): 8, 9, 10, 12, 13 October
        assertEquals(LocalDate.of(2026, 10, 13), TimeLimit.parse(p.getProperty("AC-CONSTRUCTION.timeLimit")).deadline(wed, calendar));
    }

    @Test
    void everyItemShipsAChecklistAGuideAndAResponsibleUnit_AC1_AC3_T4() {
        Properties checklists = CentreFiles.read(LOADER, "HALL-INF/checklists/admin-center.properties");
        Set<String> withChecklist = new TreeSet<>();
        for (String key : checklists.stringPropertyNames()) {
            String[] parts = key.split("\\.", 4);
            assertEquals("checklist", parts[0], key);
            assertTrue(centre.offers(parts[1]), key + ": not an item of the centre");
            withChecklist.add(parts[1]);
            String material = parts[0] + "." + parts[1] + "." + parts[2];
            assertFalse(checklists.getProperty(material + ".name", "").isBlank(), material);
            assertFalse(checklists.getProperty(material + ".name.en", "").isBlank(), material);
        }
        assertEquals(new TreeSet<>(centre.items()), withChecklist);
        for (String code : centre.items()) {
            assertTrue(centre.responsibleUnit(code).isPresent(), code + " has a responsible unit among the centre's units");
            assertEquals(EnumSet.allOf(GuideField.class), EnumSet.copyOf(centre.shippedGuide(code).keySet()), code + ": every guide field");
            centre.shippedGuide(code).forEach((f, t) -> {
                assertFalse(t.zh().isBlank(), code + " " + f);
                assertFalse(t.en().isBlank(), code + " " + f);
            });
        }
    }

    @Test
    void anItemTheCentreDoesNotOfferIsRefusedNamingIt_AC1() {
        ValidationException e = assertThrows(ValidationException.class, () -> centre.requireItem("TX-REG-SETUP"));
        assertEquals("serviceCode", e.errors().get(0).field());
        String en = e.message(Locale.ENGLISH);
        assertTrue(en.contains("TX-REG-SETUP") && en.contains("AC-ENT-SETUP"), en);
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("不是政务服务中心的服务事项"), e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("AC-ENT-SETUP", centre.requireItem("AC-ENT-SETUP"));
        assertThrows(ValidationException.class, () -> centre.requireItem(null));
    }
}
