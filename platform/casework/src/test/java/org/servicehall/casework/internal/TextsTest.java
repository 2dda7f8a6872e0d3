package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.Light;
import org.servicehall.casework.StepKind;

/** Every text of casework in English and Chinese: the same keys in both files, and every key the code names. */
class TextsTest {
    private static final Pattern RECORDS = Pattern.compile("casework/(notice|fee|seal|archive)/");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream("HALL-INF/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        assertEquals(keys("casework.properties"), keys("casework_zh_CN.properties"));
    }

    @Test
    void everyKeyTheCodeNamesHasBothTexts() throws IOException {
        Pattern call = Pattern.compile("(?:message|getTranslation|text|label)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/servicehall/casework"))) {
            // notice, fee, seal and archive keep their texts in casework-notice*.properties (RecordsTextsTest checks them)
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !RECORDS.matcher(p.toString()).find()).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        for (CaseStage s : CaseStage.values()) {
            named.add("stage." + s.name());
        }
        for (StepKind s : StepKind.values()) {
            named.add("step." + s.name());
        }
        for (org.servicehall.security.IdentityDocument d : org.servicehall.security.IdentityDocument.values()) {
            named.add(org.servicehall.casework.ui.IdentityGate.documentKey(d)); // the identity dialog's documents (S4)
        }
        for (Light l : Light.values()) {
            named.add("light." + l.name());
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeIf(CaseParts.TEXTS::hasBoth);
        assertTrue(missing.isEmpty(), "keys without both texts: " + missing);
    }
}
