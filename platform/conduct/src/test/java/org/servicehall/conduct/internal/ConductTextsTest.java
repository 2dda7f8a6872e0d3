package org.servicehall.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.conduct.RuleDraft;
import org.servicehall.testing.TextKeys;

/** Issue 12 (Console): the code of conduct's refusals have their English and Chinese texts and read in Chinese (C1). */
class ConductTextsTest {

    @Test
    void everyKeyUsedInCodeHasBothLanguages() {
        List<String> keys = TextKeys.used(Path.of("src/main/java/org/servicehall/conduct/internal")).stream()
                .filter(k -> k.startsWith("conduct.")).toList();
        assertEquals(List.of(), TextKeys.missing(CatalogueRules.TEXTS::hasBoth, keys));
    }

    @Test
    void aRuleWithoutCategoryReadsInChinese_C1() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CatalogueRules.check(new RuleDraft("SITE-1", RuleCategory.values()[0], "微笑服务", null), true, Set.of("SITE-1")));
        assertEquals("本大厅已有规则 SITE-1", e.byField(Locale.SIMPLIFIED_CHINESE).get("code"));
        assertEquals("the site already has a rule SITE-1", e.byField().get("code"));
    }
}
