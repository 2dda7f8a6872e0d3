package org.servicehall.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.PluginSource;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.ConductEvents;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RefusedText;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.conduct.RuleDraft;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.testing.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

/**
 * The catalogue and phrases (C1-C3) on the real schema with the real audit log, the platform's
 * shipped file and a plugin's file that comes and goes, on H2 and on PostgreSQL.
 */
class ConductPersistenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-28T01:00:00Z"), ZoneOffset.UTC);
    private static final PluginSource CORE = new PluginSource(7, "servicehall-conduct", "0.1.0", "core");
    private static final PluginSource HOSPITAL = new PluginSource(42, "org.servicehall.hospital", "1.0.0", "hospital");
    private static final Actor ADMIN = HallFixture.ADMIN;
    private static final Actor STAFF = new Actor("s001", "李明", EnumSet.of(Role.STAFF));
    private static final long SITE = 1;
    private static final long OTHER_SITE = 2;
    private static final String HOSPITAL_FILE = """
            rule.H-DRESS-SLIPPERS.category = APPEARANCE
            rule.H-DRESS-SLIPPERS.text = 不穿拖鞋上岗。
            rule.H-DRESS-SLIPPERS.text.en = No slippers at the post.
            rule.H-HANDS.category = SECTOR
            rule.H-HANDS.text = 严格执行手卫生。
            forbidden.1 = 自己去找医生|请稍候，我帮您联系医生。
            """;

    @TempDir
    Path dir;

    private HallFixture fx;
    private EntityManagerFactory conductEmf;
    private AuditLog security;
    private URL hospitalFile;
    private final EventDispatcher dispatcher = new EventDispatcher("conduct-test");
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private ConductPluginFiles files;
    private ConductCatalogueImpl catalogue;
    private ConductPhrasesImpl phrases;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    private void start(TestDatabase.Kind kind) throws IOException {
        fx = HallFixture.start(kind, "conduct");
        fx.clock().set(CLOCK.instant());
        security = fx.audit();
        conductEmf = fx.database().createEntityManagerFactory("conduct", getClass().getClassLoader());
        ConductDatabase database = new ConductDatabase(conductEmf, fx.dataSource(), fx.kind());
        dispatcher.subscribe(ConductEvents.PREFIX, published::add);
        files = new ConductPluginFiles();
        catalogue = new ConductCatalogueImpl(database, files, dispatcher, security);
        phrases = new ConductPhrasesImpl(database, files, dispatcher, security, fx.clock());
        files.added(CORE, List.of(ConductPluginFiles.coreFile()));
        Path file = dir.resolve("hospital.properties");
        Files.writeString(file, HOSPITAL_FILE, StandardCharsets.UTF_8);
        hospitalFile = file.toUri().toURL();
        files.added(HOSPITAL, List.of(hospitalFile));
    }

    /** The events published so far, once delivered. */
    private List<DomainEvent> events() {
        try {
            assertTrue(dispatcher.drain(Duration.ofSeconds(10)), "events delivered");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return published;
    }

    @AfterEach
    void close() {
        dispatcher.close();
        if (conductEmf != null) {
            conductEmf.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private long count(String table) {
        return fx.count(table);
    }

    private List<String> actions(String entityType, Object id) {
        return security.history(entityType, id).stream().map(AuditEntry::action).toList();
    }

    private ConductRule rule(long site, String code) {
        return catalogue.rule(site, code).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void catalogueMergesShippedAndPluginRulesBySource_C1(TestDatabase.Kind kind) throws IOException {
        start(kind);
        List<ConductRule> rules = catalogue.rules(SITE);
        assertEquals(ConductRule.CORE, rule(SITE, "PROHIBITED-1").source());
        assertEquals("不准在工作时间用餐，不准吃零食。", rule(SITE, "PROHIBITED-1").textZh());
        assertEquals("org.servicehall.hospital", rule(SITE, "H-DRESS-SLIPPERS").source());
        assertTrue(rules.stream().allMatch(ConductRule::enabled));
        // grouped by category; within one, the platform's before the plugin's
        List<RuleCategory> categories = rules.stream().map(ConductRule::category).toList();
        assertEquals(categories.stream().sorted().toList(), categories);
        int core = rules.indexOf(rule(SITE, "APPEARANCE-1"));
        int plugin = rules.indexOf(rule(SITE, "H-DRESS-SLIPPERS"));
        assertTrue(core < plugin);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void editAndDisableOfAShippedRuleAreKeptPerSiteAndAudited_C1(TestDatabase.Kind kind) throws IOException {
        start(kind);
        ConductRule edited = catalogue.editRule(ADMIN, SITE, "appearance-4",
                new RuleDraft(null, RuleCategory.APPEARANCE, " 工作时间不准穿拖鞋。 ", ""));
        assertEquals("工作时间不准穿拖鞋。", edited.textZh());
        assertEquals("No vests, shorts or slippers during working hours.", edited.textEn(), "empty English keeps the shipped one");
        assertTrue(edited.edited());
        assertEquals(edited, rule(SITE, "APPEARANCE-4"));
        assertEquals("工作时间不准穿汗衫背心、西装短裤和拖鞋。", rule(OTHER_SITE, "APPEARANCE-4").textZh(), "other sites unchanged");

        ConductRule disabled = catalogue.setEnabled(ADMIN, SITE, "APPEARANCE-4", false);
        assertFalse(disabled.enabled());
        assertEquals("工作时间不准穿拖鞋。", disabled.textZh(), "disabling keeps the edit");
        assertFalse(catalogue.enabledRules(SITE).contains(disabled));
        assertTrue(catalogue.setEnabled(ADMIN, SITE, "APPEARANCE-4", true).enabled());
        assertEquals(List.of("update", "disable", "enable"), actions("conduct-rule", SITE + "/APPEARANCE-4"));

        ConductRule reset = catalogue.resetRule(ADMIN, SITE, "APPEARANCE-4");
        assertEquals("工作时间不准穿汗衫背心、西装短裤和拖鞋。", reset.textZh());
        assertFalse(reset.edited());
        assertEquals(0, count("sh_conduct_rule"));
        assertTrue(events().stream().anyMatch(e -> e.topic().equals(ConductEvents.RULE_CHANGED)
                && "disable".equals(e.property(ConductEvents.ACTION)) && Long.valueOf(SITE).equals(e.property(ConductEvents.SITE))));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void ruleWithEmptyTextIsRefusedNamingTheFieldAndNothingChanges_C1(TestDatabase.Kind kind) throws IOException {
        start(kind);
        List<ConductRule> before = catalogue.rules(SITE);
        ValidationException add = assertThrows(ValidationException.class,
                () -> catalogue.addRule(ADMIN, SITE, new RuleDraft(null, RuleCategory.BEHAVIOUR, "   ", "Be kind")));
        assertEquals(List.of("textZh"), add.errors().stream().map(ValidationException.FieldError::field).toList());
        ValidationException edit = assertThrows(ValidationException.class,
                () -> catalogue.editRule(ADMIN, SITE, "BEHAVIOUR-1", new RuleDraft(null, null, "", null)));
        assertEquals(List.of("category", "textZh"), edit.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals(before, catalogue.rules(SITE));
        assertEquals(0, count("sh_conduct_rule"));
        assertEquals(List.of(), security.recent(10));
        assertTrue(events().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void siteAddsRulesOfItsOwnAndRemovesOnlyThose_C1(TestDatabase.Kind kind) throws IOException {
        start(kind);
        ConductRule first = catalogue.addRule(ADMIN, SITE, new RuleDraft("", RuleCategory.BEHAVIOUR, "起立迎接老年人。", "Stand to greet the elderly."));
        assertEquals("SITE-1", first.code());
        assertEquals(ConductRule.SITE, first.source());
        ConductRule second = catalogue.addRule(ADMIN, SITE, new RuleDraft(null, RuleCategory.SERVICE, "午间不停办。", null));
        assertEquals("SITE-2", second.code());
        assertEquals("午间不停办。", second.textEn());
        ValidationException taken = assertThrows(ValidationException.class,
                () -> catalogue.addRule(ADMIN, SITE, new RuleDraft("h-hands", RuleCategory.SECTOR, "洗手。", null)));
        assertEquals("code", taken.errors().get(0).field());
        assertTrue(catalogue.rule(OTHER_SITE, "SITE-1").isEmpty());

        assertThrows(Conflict.class, () -> catalogue.removeRule(ADMIN, SITE, "PROHIBITED-1"));
        assertThrows(Conflict.class, () -> catalogue.resetRule(ADMIN, SITE, "SITE-1"));
        assertThrows(NotFound.class, () -> catalogue.editRule(ADMIN, SITE, "NO-SUCH", new RuleDraft(null, RuleCategory.SERVICE, "x", null)));
        assertThrows(AccessDenied.class, () -> catalogue.addRule(STAFF, SITE, new RuleDraft(null, RuleCategory.SERVICE, "x", null)));

        catalogue.removeRule(ADMIN, SITE, "SITE-1");
        assertTrue(catalogue.rule(SITE, "SITE-1").isEmpty());
        assertEquals(List.of("create", "delete"), actions("conduct-rule", SITE + "/SITE-1"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pluginWithdrawalHidesItsRulesButKeepsTheSitesEdits_C1(TestDatabase.Kind kind) throws IOException {
        start(kind);
        catalogue.setEnabled(ADMIN, SITE, "H-HANDS", false);
        files.removed(HOSPITAL);
        assertTrue(catalogue.rule(SITE, "H-HANDS").isEmpty());
        assertTrue(phrases.forbiddenPhrases(SITE).stream().noneMatch(p -> p.phrase().equals("自己去找医生")));
        assertEquals(1, count("sh_conduct_rule"), "the site's edit stays");
        files.added(HOSPITAL, List.of(hospitalFile));
        assertFalse(rule(SITE, "H-HANDS").enabled(), "and applies again when the plugin returns");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pluginShippingARuleCodeOfAnotherIsRefusedWhole_C1(TestDatabase.Kind kind) throws IOException {
        start(kind);
        Path clash = dir.resolve("clash.properties");
        Files.writeString(clash, "rule.PROHIBITED-1.category = PROHIBITED\nrule.PROHIBITED-1.text = 别的。\n", StandardCharsets.UTF_8);
        PluginSource other = new PluginSource(50, "com.vendor.other", "2.0.0", "other");
        HallException e = assertThrows(HallException.class, () -> files.added(other, List.of(clash.toUri().toURL())));
        assertTrue(e.getMessage().contains("PROHIBITED-1") && e.getMessage().contains("servicehall-conduct"), e.getMessage());
        assertEquals("不准在工作时间用餐，不准吃零食。", rule(SITE, "PROHIBITED-1").textZh());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void stepPhrasesAreShippedAndSetPerSite_C2(TestDatabase.Kind kind) throws IOException {
        start(kind);
        StepPhrase greeting = phrases.stepPhrase(SITE, ServiceStep.GREETING);
        assertEquals("您好，请问您要办理什么业务？", greeting.text());
        assertFalse(greeting.custom());
        assertEquals(ServiceStep.values().length, phrases.stepPhrases(SITE).size());

        StepPhrase set = phrases.setStepPhrase(ADMIN, SITE, ServiceStep.GREETING, " 您好，欢迎来到办税服务厅！ ");
        assertEquals("您好，欢迎来到办税服务厅！", set.text());
        assertEquals(set, phrases.stepPhrase(SITE, ServiceStep.GREETING));
        assertEquals(greeting.text(), phrases.stepPhrase(OTHER_SITE, ServiceStep.GREETING).text());
        assertEqualsOptional("您好，欢迎来到办税服务厅！", new SiteStepPhrases(phrases).phrase(SITE, ServiceStep.GREETING));

        ValidationException empty = assertThrows(ValidationException.class,
                () -> phrases.setStepPhrase(ADMIN, SITE, ServiceStep.GOODBYE, " "));
        assertEquals("text", empty.errors().get(0).field());
        ValidationException rude = assertThrows(ValidationException.class,
                () -> phrases.setStepPhrase(ADMIN, SITE, ServiceStep.GOODBYE, "下班了，明天再来"));
        assertTrue(rude.getMessage().contains("forbidden phrase"), rude.getMessage());
        assertEquals(1, count("sh_conduct_phrase"));

        assertEquals(greeting.text(), phrases.resetStepPhrase(ADMIN, SITE, ServiceStep.GREETING).text());
        assertEquals(0, count("sh_conduct_phrase"));
        assertEquals(List.of("update", "reset"), actions("conduct-phrase", SITE + "/GREETING"));
        assertTrue(phrases.courtesyPhrases().contains("请多提意见，欢迎再来。"));
    }

    private static void assertEqualsOptional(String expected, java.util.Optional<String> actual) {
        assertEquals(java.util.Optional.of(expected), actual);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void forbiddenPhrasesAreAddedAndRemovedPerSiteAndTheCheckerFollows_C3(TestDatabase.Kind kind) throws IOException {
        start(kind);
        assertEquals(1, phrases.check(SITE, "我 不 知 道").size());
        assertEquals(1, phrases.check(SITE, "你自己去找医生吧").size(), "the plugin's phrase");
        assertEquals(List.of(), phrases.check(SITE, "你走开"));

        ForbiddenPhrase added = phrases.addForbiddenPhrase(ADMIN, SITE, " 你走开 ", "请您稍候。");
        assertEquals(new ForbiddenPhrase("你走开", "请您稍候。", ConductRule.SITE), added);
        List<TextFinding> findings = phrases.check(SITE, "你，走开！");
        assertEquals(List.of(new TextFinding(0, 4, "你走开", "请您稍候。")), findings, "the cached matcher was rebuilt");
        assertEquals(List.of(), phrases.check(OTHER_SITE, "你走开"));

        phrases.removeForbiddenPhrase(ADMIN, SITE, "不知道");
        assertEquals(List.of(), phrases.check(SITE, "不知道"), "a shipped phrase hidden at this site");
        assertEquals(1, phrases.check(OTHER_SITE, "不知道").size(), "but not at the others");
        phrases.removeForbiddenPhrase(ADMIN, SITE, "你走开");
        assertEquals(List.of(), phrases.check(SITE, "你走开"));
        assertThrows(NotFound.class, () -> phrases.removeForbiddenPhrase(ADMIN, SITE, "你走开"));
        assertEquals(1, count("sh_conduct_forbidden"), "only the hidden shipped phrase is kept");

        // adding a hidden shipped phrase back shows it again
        phrases.addForbiddenPhrase(ADMIN, SITE, "不知道", "我帮您问一下。");
        assertEquals("我帮您问一下。", phrases.check(SITE, "不知道").get(0).suggestion());

        ValidationException empty = assertThrows(ValidationException.class, () -> phrases.addForbiddenPhrase(ADMIN, SITE, "！！", "x"));
        assertEquals("phrase", empty.errors().get(0).field());
        assertTrue(events().stream().anyMatch(e -> e.topic().equals(ConductEvents.FORBIDDEN_PHRASES_CHANGED)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusedTextIsRecordedAuditedAndAnnounced_C3(TestDatabase.Kind kind) throws IOException {
        start(kind);
        ConductTextCheck check = new ConductTextCheck(phrases);
        String text = "下班了，明天再来，不知道";
        List<TextFinding> findings = check.check(SITE, text);
        assertEquals(List.of("下班了，明天再来", "不知道"), findings.stream().map(TextFinding::phrase).toList());
        check.refused(STAFF, SITE, text, findings);

        List<RefusedText> refusals = phrases.refusals(SITE, 10);
        assertEquals(1, refusals.size());
        RefusedText r = refusals.get(0);
        assertEquals("s001", r.username());
        assertEquals(text, r.text());
        assertEquals(List.of("下班了，明天再来", "不知道"), r.phrases());
        assertEquals(CLOCK.instant(), r.at());
        assertEquals(List.of("refuse-text"), actions("conduct-refusal", r.id()));
        assertEquals(List.of(), phrases.refusals(OTHER_SITE, 10));
        DomainEvent event = events().stream().filter(e -> e.topic().equals(ConductEvents.FORBIDDEN_PHRASE_REFUSED)).findFirst()
                .orElseThrow();
        assertEquals("s001", event.property(ConductEvents.ACTOR));
        assertEquals(r.id(), event.property(ConductEvents.REFUSAL_ID));
    }
    @ParameterizedTest
    @MethodSource("kinds")
    void aLongForbiddenPhraseIsAcceptedUpToItsColumnAndAudited_C3(TestDatabase.Kind kind) throws IOException {
        start(kind);
        String phrase = "这个不归我管".repeat(10) + "你去问别人"; // 65 characters (the audit log's id column holds 64)
        assertEquals(65, phrase.length());
        ForbiddenPhrase added = phrases.addForbiddenPhrase(ADMIN, SITE, phrase, "我帮您联系负责的同事。");
        assertEquals(phrase, added.phrase());
        assertEquals(List.of("create"), actions("conduct-forbidden-phrase", SITE + "/" + phrase), "audited, found by the full id");
        assertEquals(1, phrases.check(SITE, "同志，" + phrase).size());

        String longest = "不".repeat(ConductPhrasesImpl.MAX_PHRASE);
        phrases.addForbiddenPhrase(ADMIN, SITE, longest, "请您稍候。");
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> phrases.addForbiddenPhrase(ADMIN, SITE, longest + "不", "请您稍候。"));
        assertEquals("phrase: is 201 characters long; at most 200 are allowed", tooLong.getMessage());
        ValidationException suggestion = assertThrows(ValidationException.class,
                () -> phrases.addForbiddenPhrase(ADMIN, SITE, "走开", "请".repeat(501)));
        assertEquals("suggestion: is 501 characters long; at most 500 are allowed", suggestion.getMessage());
        // U+337F (㍿) is one character that the checker compares as four (株式会社): the key would not fit its column
        ValidationException wide = assertThrows(ValidationException.class,
                () -> phrases.addForbiddenPhrase(ADMIN, SITE, "\u337F".repeat(60), "请您稍候。"));
        assertEquals("phrase", wide.errors().get(0).field());
        assertTrue(wide.getMessage().contains("240"), wide.getMessage());
        assertEquals(2, count("sh_conduct_forbidden"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void controlAndDirectionCharactersAreRefusedInPhrasesAndRules_C1_C2_C3(TestDatabase.Kind kind) throws IOException {
        start(kind);
        ValidationException nul = assertThrows(ValidationException.class,
                () -> phrases.setStepPhrase(ADMIN, SITE, ServiceStep.GREETING, "您好\u0000请坐"));
        assertEquals("text: holds the control character U+0000 (NULL) at position 3", nul.getMessage());
        ValidationException override = assertThrows(ValidationException.class,
                () -> phrases.setStepPhrase(ADMIN, SITE, ServiceStep.GREETING, "\u202e您好，请坐"));
        assertTrue(override.getMessage().startsWith("text: holds the invisible direction control U+202E"), override.getMessage());
        ValidationException twoLines = assertThrows(ValidationException.class,
                () -> phrases.setStepPhrase(ADMIN, SITE, ServiceStep.GREETING, "您好\n请坐"));
        assertTrue(twoLines.getMessage().contains("this text is one line"), twoLines.getMessage());

        ValidationException phrase = assertThrows(ValidationException.class,
                () -> phrases.addForbiddenPhrase(ADMIN, SITE, "走\u2066开", "请您\u0007稍候。"));
        assertEquals(List.of("phrase", "suggestion"), phrase.errors().stream().map(ValidationException.FieldError::field).toList());

        ValidationException rule = assertThrows(ValidationException.class,
                () -> catalogue.addRule(ADMIN, SITE, new RuleDraft(null, RuleCategory.BEHAVIOUR, "起立\u202d迎接", "Stand\uFEFF up")));
        assertEquals(List.of("textZh", "textEn"), rule.errors().stream().map(ValidationException.FieldError::field).toList());
        ValidationException edit = assertThrows(ValidationException.class,
                () -> catalogue.editRule(ADMIN, SITE, "BEHAVIOUR-1", new RuleDraft(null, RuleCategory.BEHAVIOUR, "文明\u0000服务", null)));
        assertEquals("textZh", edit.errors().get(0).field());
        assertEquals(0, count("sh_conduct_phrase") + count("sh_conduct_forbidden") + count("sh_conduct_rule"));
        assertEquals(List.of(), security.recent(10));

        ConductRule twoParagraphs = catalogue.addRule(ADMIN, SITE, new RuleDraft(null, RuleCategory.BEHAVIOUR, "起立迎接。\n微笑服务。", null));
        assertEquals("起立迎接。\n微笑服务。", twoParagraphs.textZh(), "a rule may have several lines");
    }
}
