package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Message;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintStep;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RectificationStatus;
import org.servicehall.security.Role;

/**
 * Issue 12 (Console): every text of the complaint area a person reads comes from its resource
 * files in English and Chinese, the server's messages ({@link ComplaintTexts}) and the screens'
 * labels alike; no message names a rule ID.
 */
class ComplaintTextsTest {
    /** Literals that look like keys of the area's files ("complaint.error.tracking.unknown", "rating.ask"), in the module's sources. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Set<String> keysUsed(Set<String> firstSegments) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (firstSegments.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ComplaintTexts.class.getClassLoader().getResourceAsStream("HALL-INF/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheSourcesUseHasEnglishAndChinese() throws IOException {
        Set<String> firsts = new TreeSet<>();
        file("complaint.properties").stringPropertyNames().forEach(k -> firsts.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = keysUsed(firsts);
        assertTrue(used.size() > 100, "the scan found the keys: " + used.size());
        assertTrue(used.contains("complaint.error.tracking.unknown") && used.contains("rating.ask"), used.toString());
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!ComplaintTexts.TEXTS.hasBoth(key) && !isPrefix(key) && !key.endsWith(".html")) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys without both texts");
    }

    private static boolean isPrefix(String key) {
        return List.of("complaint.status", "rating.level", "rectification.status", "complaint.role", "complaint.step", "complaint.operation.step", "complaint.track.stage",
                "complaint.track.moved", "complaint.source", "complaint.urgency", "complaint.escalation").contains(key);
    }

    @Test
    void everyNamedConstantHasBothTexts() {
        List<String> missing = new ArrayList<>();
        check(missing, "complaint.status", ComplaintStatus.values());
        check(missing, "rating.level", RatingLevel.values());
        check(missing, "rectification.status", RectificationStatus.values());
        check(missing, "complaint.role", Role.values());
        check(missing, "complaint.step", ComplaintStep.values());
        check(missing, "complaint.operation.step", ComplaintStep.values());
        check(missing, "complaint.track.stage", DeadlineStage.values());
        assertEquals(List.of(), missing);
        assertTrue(ComplaintTexts.TEXTS.hasBoth("complaint.track.moved.RESOLUTION") && ComplaintTexts.TEXTS.hasBoth("complaint.track.moved.FEEDBACK"));
    }

    private static void check(List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            if (!ComplaintTexts.TEXTS.hasBoth(prefix + "." + v.name())) {
                missing.add(prefix + "." + v.name());
            }
        }
    }

    @Test
    void bothFilesHaveTheSameKeysAndNoRuleIds() throws IOException {
        Properties en = file("complaint.properties");
        Properties zh = file("complaint_zh_CN.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        Pattern ruleId = Pattern.compile("\\(([A-Z]\\d+)(, ?[A-Z]\\d+)*\\)|\\b[PQTSACM]\\d\\b");
        for (Properties p : List.of(en, zh)) {
            for (String k : p.stringPropertyNames()) {
                assertFalse(ruleId.matcher(p.getProperty(k)).find(), k + " names a rule ID: " + p.getProperty(k));
            }
        }
    }

    @Test
    void messagesReadInTheReadersLanguageWithDatesAsEachWritesThem() {
        Message m = ComplaintTexts.text("complaint.error.rectificationDue.past", ComplaintTexts.day(LocalDate.of(2026, 11, 27)),
                ComplaintTexts.day(LocalDate.of(2026, 11, 30)));
        assertEquals("整改期限 2026年11月27日 早于今天（2026年11月30日）。", m.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The rectification would be due on 2026-11-27, before today (2026-11-30).", m.in(Locale.ENGLISH));
        assertEquals("09:05", ((Message) ComplaintTexts.time(LocalTime.of(9, 5))).in(Locale.CHINA));
        Message state = WorkflowRules.refusal("TS-20261130-7KQ2MX", ComplaintStatus.REGISTERED, ComplaintStep.RESOLVE, false).text()
                .orElseThrow();
        assertEquals("投诉 TS-20261130-7KQ2MX 当前为“已登记”：只有在“调查核实中”时才能处理。", state.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Case TS-20261130-7KQ2MX is Registered: you can resolve only when it is Investigating.", state.in(Locale.ENGLISH));
    }
}
