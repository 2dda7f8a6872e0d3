package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.testing.TextKeys;

/** Issue 12 (Console): discipline's refusals have their English and Chinese texts and read in Chinese for a Chinese reader (C3, C5). */
class DisciplineTextsTest {

    @Test
    void everyKeyUsedInCodeHasBothLanguages() {
        assertEquals(List.of(), TextKeys.missing(DisciplineRules.TEXTS::hasBoth, TextKeys.used(Path.of("src/main/java/org/servicehall/conduct/internal/discipline"))));
    }

    @Test
    void refusalsReadInChinese() {
        ValidationException photo = assertThrows(ValidationException.class, () -> DisciplineRules.photoType(new byte[] { 1, 2, 3 }));
        assertEquals("不是 JPEG 或 PNG 图片", photo.byField(Locale.SIMPLIFIED_CHINESE).get("photo"));
        Conflict twice = assertThrows(Conflict.class, () -> DisciplineRules.checkDecision(7, ViolationStatus.CONFIRMED, true, null));
        assertEquals("违规记录 7 的状态为 CONFIRMED，只有待确认的记录才能确认", twice.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("violation 7 is CONFIRMED; only a candidate can be confirmed", twice.getMessage());
    }
}
