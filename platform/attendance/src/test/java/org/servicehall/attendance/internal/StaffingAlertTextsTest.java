package org.servicehall.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.attendance.AlertKind;
import org.servicehall.common.Texts;

/**
 * A2-A4 (issue 12, Supervision): the attendance board reads each core staffing alert in the
 * reader's language — its name and what it is about — with no English server text on a Chinese
 * screen and no rule IDs inside the text.
 */
class StaffingAlertTextsTest {
    private static final Texts TEXTS = Texts.of(StaffingAlertTextsTest.class, "attendance");

    @Test
    void everyCoreAlertHasItsNameAndTextInChineseAndEnglish_A3_A4() {
        for (AlertKind kind : AlertKind.values()) {
            for (String key : new String[] { "attendance.alert." + kind.name(), "attendance.alertText." + kind.name() }) {
                assertTrue(TEXTS.hasBoth(key), key + " in English and Chinese");
                String chinese = TEXTS.message(key, "李明", 3, "挂号", "D001").in(Locale.SIMPLIFIED_CHINESE);
                assertFalse(chinese.matches(".*\\([A-Z][0-9]+\\).*"), "no rule ID in " + chinese);
                assertFalse(chinese.matches(".*[a-z]{4,}.*"), "no English words in " + chinese);
            }
        }
        String unstaffed = TEXTS.message("attendance.alertText.SERVICE_UNSTAFFED", "", "", "挂号", "").in(Locale.SIMPLIFIED_CHINESE);
        assertTrue(unstaffed.contains("挂号"), unstaffed);
    }
}
