package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.servicehall.taxhall.internal.QueueMeasure.Measure;

/** Every text of the tax hall in English and Chinese: the same keys in both files, and every key the code names. */
class TextsTest {
    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        for (String name : new String[] { "tax-hall", "tax-hall-policy" }) {
            assertEquals(TaxItemsTest.file("HALL-INF/i18n/" + name + ".properties").stringPropertyNames(),
                    TaxItemsTest.file("HALL-INF/i18n/" + name + "_zh_CN.properties").stringPropertyNames(), name);
        }
    }

    @Test
    void everyKeyTheCodeNamesHasBothTexts() throws IOException {
        Pattern call = Pattern.compile("(?:message|getTranslation|text|label)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix completed at run time: named below
                        named.add(m.group(1));
                    }
                }
            }
        }
        for (String item : TaxItems.CASES) {
            named.add("taxhall.item." + item);
        }
        named.add("taxhall.item." + TaxItems.FILING);
        for (Measure m : Measure.values()) {
            named.add("taxhall.measure." + m.name());
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeIf(TaxFeeRule.TEXTS::hasBoth);
        assertTrue(missing.isEmpty(), "keys without both texts: " + missing);
    }
}
