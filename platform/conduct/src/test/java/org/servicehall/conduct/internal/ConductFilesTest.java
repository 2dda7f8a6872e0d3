package org.servicehall.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.queue.ServiceStep;

/** C1: the declarative conduct files of the platform and the sector plugins. */
class ConductFilesTest {
    private static final String FILE = "org.servicehall.hospital 1.0.0: HALL-INF/conduct/hospital.properties";
    private static final String GOOD = """
            # hospital dress rules
            rule.H-DRESS-1.category = APPEARANCE
            rule.H-DRESS-1.text     = 工作服整洁，佩戴胸牌。
            rule.H-DRESS-1.text.en  = Clean uniform, badge on.

            rule.H-HANDS.category = sector
            rule.H-HANDS.text = 严格执行手卫生。
            rule.H-HANDS.order = 1
            ! another comment
            forbidden.2 = 自己去找医生|请稍候，我帮您联系医生。
            forbidden.1 = 没挂号别问我
            courtesy.1 = 请问您哪里不舒服？
            """;

    private static ConductFile parse(String text, boolean core) {
        return ConductFiles.parse(FILE, new StringReader(text), core ? "core" : "org.servicehall.hospital", core);
    }

    private static HallException malformed(String text) {
        return assertThrows(HallException.class, () -> parse(text, false));
    }

    @Test
    void goodFileGivesRulesPhrasesAndCourtesy_C1() {
        ConductFile f = parse(GOOD, false);
        assertEquals(List.of("H-HANDS", "H-DRESS-1"), f.rules().stream().map(ShippedRule::code).toList(), "by order, then line");
        ShippedRule dress = f.rules().get(1);
        assertEquals(new ShippedRule("H-DRESS-1", RuleCategory.APPEARANCE, "工作服整洁，佩戴胸牌。", "Clean uniform, badge on.",
                "org.servicehall.hospital", 2), dress);
        assertEquals(RuleCategory.SECTOR, f.rules().get(0).category());
        assertEquals("严格执行手卫生。", f.rules().get(0).textEn(), "the Chinese text stands in for a missing English one");
        assertEquals(List.of(new ForbiddenPhrase("没挂号别问我", "", "org.servicehall.hospital"),
                new ForbiddenPhrase("自己去找医生", "请稍候，我帮您联系医生。", "org.servicehall.hospital")), f.forbidden());
        assertEquals(List.of("请问您哪里不舒服？"), f.courtesy());
        assertEquals(Map.of(), f.stepPhrases());
    }

    @Test
    void lineWithoutSeparatorIsNamedWithFileAndLine_C1() {
        HallException e = malformed("rule.H-A.category = APPEARANCE\nrule.H-A.text 工作服整洁\n");
        assertTrue(e.getMessage().startsWith(FILE + " line 2:"), e.getMessage());
        assertTrue(e.getMessage().contains("key = value"), e.getMessage());
    }

    @Test
    void unknownKeyIsNamed_C1() {
        HallException e = malformed("\n\nrule.H-A.categry = APPEARANCE\n");
        assertTrue(e.getMessage().contains(FILE + " line 3: key 'rule.H-A.categry' is unknown"), e.getMessage());
    }

    @Test
    void unknownCategoryNamesKeyAndChoices_C1() {
        HallException e = malformed("rule.H-A.category = DRESS\nrule.H-A.text = 工作服整洁\n");
        assertTrue(e.getMessage().contains(FILE + " line 1: rule.H-A.category 'DRESS' is not one of"), e.getMessage());
        assertTrue(e.getMessage().contains("APPEARANCE"), e.getMessage());
    }

    @Test
    void ruleWithoutTextOrCategoryIsRefused_C1() {
        assertTrue(malformed("rule.H-A.category = APPEARANCE\n").getMessage().contains("line 1: rule H-A has no Chinese text (rule.H-A.text)"));
        assertTrue(malformed("rule.H-A.text = 工作服整洁\n").getMessage().contains("line 1: rule H-A has no category (rule.H-A.category)"));
    }

    @Test
    void emptyValueBadCodeAndRepeatedKeyAreRefused_C1() {
        assertTrue(malformed("rule.H-A.text =   \n").getMessage().contains("line 1: rule.H-A.text is empty"));
        assertTrue(malformed("rule.h-a.text = x\n").getMessage().contains("'h-a' is not a valid rule code"));
        assertTrue(malformed("forbidden.1 = 不知道\nforbidden.1 = 不清楚\n").getMessage().contains("line 2: the key 'forbidden.1' appears twice"));
        assertTrue(malformed("courtesy.1 = 您好\ncourtesy.01 = 请\n").getMessage().contains("line 2: courtesy.01 is number 1 again"));
        assertTrue(malformed("forbidden.1 = ，，|x\n").getMessage().contains("the forbidden phrase is empty"));
    }

    @Test
    void everyProblemOfAFileIsNamedAtOnceWithItsLineAndKey_C1() {
        HallException e = malformed("rule.H-A.category = DRESS\nrule.H-A.text = 工作服整洁\nforbidden.1 = \nrule.H-B.text = 整洁\n"
                + "greeting = 您好\n");
        assertEquals(List.of(FILE + " line 3: forbidden.1 is empty",
                FILE + " line 5: key 'greeting' is unknown (use rule.<CODE>.category|text|text.en|order, forbidden.<n>, courtesy.<n>)",
                FILE + " line 1: rule.H-A.category 'DRESS' is not one of " + Arrays.toString(RuleCategory.values()),
                FILE + " line 4: rule H-B has no category (rule.H-B.category)"), List.of(e.getMessage().split("; ")));
    }

    @Test
    void onlyThePlatformFileSetsStepPhrases_C2() {
        assertTrue(malformed("phrase.GREETING = 您好\n").getMessage().contains("plugins cannot set step phrases"));
        assertEquals(Map.of(ServiceStep.GREETING, "您好"), parse("phrase.GREETING = 您好\n", true).stepPhrases());
        HallException e = assertThrows(HallException.class, () -> parse("phrase.HELLO = 您好\n", true));
        assertTrue(e.getMessage().contains("'HELLO' is not a service step"), e.getMessage());
    }

    @Test
    void shippedCoreFileHasTheSeedsRulesAndEveryStepPhrase_C1_C2_C3() throws IOException {
        ConductFile core;
        try (var in = ConductPluginFiles.coreFile().openStream()) {
            core = ConductFiles.parse("core.properties", new InputStreamReader(in, StandardCharsets.UTF_8), "core", true);
        }
        Map<RuleCategory, Long> counts = core.rules().stream().collect(Collectors.groupingBy(ShippedRule::category, Collectors.counting()));
        assertEquals(11L, counts.get(RuleCategory.PROHIBITED), "禁止事项 1-10 and no quarrels");
        assertEquals(6L, counts.get(RuleCategory.INTEGRITY), "廉政六不准");
        assertTrue(counts.get(RuleCategory.APPEARANCE) >= 4 && counts.get(RuleCategory.BEHAVIOUR) >= 4);
        assertTrue(counts.containsKey(RuleCategory.FIRST_CONTACT));
        assertTrue(core.rules().stream().anyMatch(r -> r.textZh().contains("来有迎声，问有答声，走有送声")));
        assertTrue(core.rules().stream().allMatch(r -> !r.textEn().equals(r.textZh())), "every shipped rule has English wording");
        assertEquals(ServiceStep.values().length, core.stepPhrases().size());
        assertEquals(10, core.courtesy().size());
        assertTrue(core.forbidden().stream().anyMatch(p -> p.phrase().equals("不知道") && !p.suggestion().isEmpty()));
    }

    @Test
    void sectorPluginFilesParse_C1() throws IOException {
        for (String path : List.of("../../plugins/hospital/src/main/resources/HALL-INF/conduct/hospital.properties",
                "../../plugins/tax-hall/src/main/resources/HALL-INF/conduct/tax-hall.properties")) {
            Path file = Path.of(path);
            if (!Files.exists(file)) {
                continue; // built outside the repository
            }
            ConductFile f = ConductFiles.parse(path, Files.newBufferedReader(file, StandardCharsets.UTF_8), "plugin", false);
            assertTrue(f.rules().size() >= 5, path);
        }
    }

    @Test
    void theShippedFilesReadAsTheyDidWithJavaProperties_C1_C2_C3() throws IOException {
        Map<String, Boolean> files = Map.of("src/main/resources/HALL-INF/conduct/core.properties", true,
                "../../plugins/hospital/src/main/resources/HALL-INF/conduct/hospital.properties", false,
                "../../plugins/tax-hall/src/main/resources/HALL-INF/conduct/tax-hall.properties", false);
        for (Map.Entry<String, Boolean> file : files.entrySet()) {
            Path path = Path.of(file.getKey());
            if (!Files.exists(path)) {
                continue; // built outside the repository
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            ConductFile f = ConductFiles.parse(file.getKey(), new StringReader(text), "x", file.getValue());
            Properties java = new Properties();
            java.load(new StringReader(text));
            for (ShippedRule r : f.rules()) {
                assertEquals(java.getProperty("rule." + r.code() + ".text").trim(), r.textZh(), file.getKey());
                assertEquals(java.getProperty("rule." + r.code() + ".text.en", r.textZh()).trim(), r.textEn(), file.getKey());
                assertEquals(RuleCategory.valueOf(java.getProperty("rule." + r.code() + ".category").trim()), r.category(), file.getKey());
            }
            long forbidden = java.stringPropertyNames().stream().filter(k -> k.startsWith("forbidden.")).count();
            long courtesy = java.stringPropertyNames().stream().filter(k -> k.startsWith("courtesy.")).count();
            long steps = java.stringPropertyNames().stream().filter(k -> k.startsWith("phrase.")).count();
            assertEquals(java.size(), f.rules().stream().mapToLong(r -> 2 + (java.containsKey("rule." + r.code() + ".text.en") ? 1 : 0)
                    + (java.containsKey("rule." + r.code() + ".order") ? 1 : 0)).sum()
                    + forbidden + courtesy + steps, file.getKey() + ": every key read");
            assertEquals(List.of(forbidden, courtesy, steps), List.of((long) f.forbidden().size(), (long) f.courtesy().size(),
                    (long) f.stepPhrases().size()), file.getKey());
        }
    }
}
