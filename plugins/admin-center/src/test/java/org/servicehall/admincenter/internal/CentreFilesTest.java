package org.servicehall.admincenter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.RuleCategory;

/** AC4 (the centre's dress rules in the conduct catalogue), AC5 (its seal list) and the texts in both languages. */
class CentreFilesTest {
    private static final ClassLoader LOADER = CentreFilesTest.class.getClassLoader();

    @Test
    void theDressAndAppearanceRulesOfResidentStaffAreInTheConductFile_AC4() {
        Properties p = CentreFiles.read(LOADER, "HALL-INF/conduct/admin-center.properties");
        Set<String> rules = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        for (RuleCategory c : RuleCategory.values()) {
            categories.add(c.name());
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("rule.")) {
                assertTrue(key.matches("(forbidden|courtesy)\\.\\d+"), key);
                continue;
            }
            String[] parts = key.split("\\.", 3);
            assertTrue(parts[1].startsWith("AC-"), key);
            assertTrue(Set.of("category", "text", "text.en", "order").contains(parts[2]), key);
            rules.add(parts[1]);
        }
        for (String code : rules) {
            assertTrue(categories.contains(p.getProperty("rule." + code + ".category")), code);
            assertFalse(p.getProperty("rule." + code + ".text", "").isBlank(), code);
            assertFalse(p.getProperty("rule." + code + ".text.en", "").isBlank(), code);
        }
        long appearance = rules.stream().filter(c -> "APPEARANCE".equals(p.getProperty("rule." + c + ".category"))).count();
        assertEquals(6, appearance, "the six clauses of 仪容仪表");
        assertTrue(p.getProperty("rule.AC-DRESS-UNIFORM.text").contains("统一制作的工作服"));
        assertTrue(p.getProperty("rule.AC-DRESS-JEWELLERY.text").contains("不准佩戴耳环"));
        assertTrue(p.getProperty("rule.AC-DRESS-GROOMING.text").contains("前不扫眉"));
    }

    @Test
    void onlyTheCentresOwnSealsAreRequested_AC5() {
        CentreDirectory centre = CentreDirectory.shipped(LOADER, List.of());
        assertEquals("行政审批专用章", centre.requireSeal("APPROVAL").nameZh());
        ValidationException e = assertThrows(ValidationException.class, () -> centre.requireSeal("PERSONAL"));
        assertEquals("seal", e.errors().get(0).field());
        assertTrue(e.message(Locale.ENGLISH).contains("PERSONAL is not a seal of the centre; its seals are APPROVAL, CENTRE"), e.message(Locale.ENGLISH));
        for (Seal s : centre.seals()) {
            assertTrue(Seal.OFFICE.equals(s.keeper()) || centre.unit(s.keeper()).isPresent(), s.code() + " is kept by the office or a unit");
        }
    }

    @Test
    void everyTextHasEnglishAndChinese() {
        Properties en = CentreFiles.read(LOADER, "HALL-INF/i18n/admin-center.properties");
        Properties zh = CentreFiles.read(LOADER, "HALL-INF/i18n/admin-center_zh_CN.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (GuideField f : EnumSet.allOf(GuideField.class)) {
            assertTrue(CentreTexts.TEXTS.hasBoth(CentreTexts.PREFIX + "guide.field." + f.key()), f.key());
        }
        for (OneWindowRules.Place p : OneWindowRules.Place.values()) {
            assertTrue(CentreTexts.TEXTS.hasBoth(CentreTexts.PREFIX + "where." + p.name()), p.name());
        }
    }
}
