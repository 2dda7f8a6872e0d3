package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.testing.TextKeys;

/** Issue 12 (Console): the site's refusals have their English and Chinese texts and read in Chinese for a Chinese reader. */
class SiteTextsTest {

    @Test
    void everyKeyUsedInCodeHasBothLanguages() {
        List<String> keys = new ArrayList<>(TextKeys.used(Path.of("src/main/java")));
        // named by found(…, "site.thing.*"), put into the message at run time
        keys.addAll(List.of("site.thing.site", "site.thing.window", "site.thing.serviceItem", "site.thing.staff"));
        assertEquals(List.of(), TextKeys.missing(SiteRules.TEXTS::hasBoth, keys));
    }

    @Test
    void aRefusedSiteReadsInChinese() {
        ValidationException e = assertThrows(ValidationException.class, () -> SiteRules.checkSite(
                new SiteDraft("tax 1", "", null, LocalTime.of(17, 0), LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai")), List.of(), null));
        assertEquals("“tax 1”不是有效的编码：请使用 2-40 个大写字母、数字或“-”", e.byField(Locale.SIMPLIFIED_CHINESE).get("code"));
        assertEquals("不能为空", e.byField(Locale.SIMPLIFIED_CHINESE).get("name"));
        assertEquals("关门时间 09:00 必须晚于开门时间 17:00", e.byField(Locale.SIMPLIFIED_CHINESE).get("closesAt"));
        assertEquals("closing time 09:00 must be after opening time 17:00", e.byField().get("closesAt"));
    }

    @Test
    void aWrongTimeLimitReadsInChinese() {
        ValidationException e = assertThrows(ValidationException.class, () -> TimeLimit.parse("LEGAL:400"));
        assertEquals("“LEGAL:400”：法定时限须为 1 到 365 个工作日，而不是 400", e.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("'LEGAL:400': a legal time limit must be 1 to 365 working days, not 400", e.errors().get(0).message());
    }
}
