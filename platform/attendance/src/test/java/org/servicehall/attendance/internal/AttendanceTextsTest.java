package org.servicehall.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.testing.TextKeys;

/** Issue 12 (Console): attendance's refusals have their English and Chinese texts and read in Chinese for a Chinese reader (A1). */
class AttendanceTextsTest {

    @Test
    void everyKeyUsedInCodeHasBothLanguages() {
        List<String> keys = new ArrayList<>(TextKeys.used(Path.of("src/main/java")));
        for (DayOfWeek d : DayOfWeek.values()) {
            keys.add("attendance.day." + d.name()); // a shift's day, put into the message at run time
        }
        assertEquals(List.of(), TextKeys.missing(AttendanceRules.TEXTS::hasBoth, keys));
    }

    @Test
    void aShiftEndingBeforeItStartsReadsInChinese_A1() {
        Validator v = new Validator();
        AttendanceRules.checkShift(v, LocalTime.of(17, 0), LocalTime.of(9, 0));
        ValidationException e = assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals("须晚于开始时间（17:00）", e.byField(Locale.SIMPLIFIED_CHINESE).get("end"));
        assertEquals("must be after the start (17:00)", e.byField().get("end"));
        assertEquals("李明在星期一已有班次，请先删除原班次", AttendanceRules.TEXTS.message("attendance.error.shiftTaken", "李明",
                AttendanceRules.TEXTS.message("attendance.day.MONDAY")).in(Locale.SIMPLIFIED_CHINESE));
    }
}
