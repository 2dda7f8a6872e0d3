package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Texts;
import org.servicehall.testing.TextKeys;

/** Issue 12 (Console): every message the web's code reads has its English and its Chinese text. */
class WebTextsTest {
    private static final Texts WEB = Texts.of(WebTextsTest.class, "web");
    private static final Texts CONSOLE = Texts.of(WebTextsTest.class, "console");

    @Test
    void everyKeyUsedInCodeHasBothLanguages() {
        List<String> keys = new ArrayList<>(TextKeys.used(Path.of("src/main/java")));
        assertTrue(keys.size() > 20, "the scan finds the keys: " + keys);
        // built at run time: JsonProblems.kind(name)
        for (String kind : List.of("text", "emptyText", "wholeNumber", "number", "boolean", "instant", "localDateTime", "date", "time",
                "month", "year", "monthDay", "duration", "period", "list", "base64", "object", "nothing", "null")) {
            keys.add("web.kind." + kind);
        }
        assertEquals(List.of(), TextKeys.missing(k -> WEB.hasBoth(k) || CONSOLE.hasBoth(k), keys));
    }

    @Test
    void aPluginRefusalReadsInChinese() {
        assertEquals("servicehall-x 不是行业插件（其功能名为 servicehall-<行业>）。",
                PluginManager.TEXTS.message("web.plugins.notSector", "servicehall-x").in(Locale.SIMPLIFIED_CHINESE));
    }
}
