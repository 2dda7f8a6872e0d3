package org.servicehall.casework.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of notices, fees, seals and archive (T4-T6) is there in English and Chinese, and the Chinese is Chinese. */
class RecordsTextsTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RecordsTextsTest.class.getClassLoader().getResourceAsStream("HALL-INF/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheCodeNamesHasBothTexts() throws Exception {
        Properties en = load("casework-notice.properties");
        Properties zh = load("casework-notice_zh_CN.properties");
        Pattern call = Pattern.compile("(?:message|getTranslation)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
        Set<String> missing = new TreeSet<>();
        for (String area : List.of("notice", "fee", "seal", "archive")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/servicehall/casework/" + area))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1);
                        if (!key.endsWith(".") && !key.equals("site.choose") && !(en.containsKey(key) && zh.containsKey(key))) {
                            missing.add(key + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyHasBothLanguages() throws Exception {
        Properties en = load("casework-notice.properties");
        Properties zh = load("casework-notice_zh_CN.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "keys without Chinese");
        assertEquals(Set.of(), onlyZh, "keys without English");
        for (String key : zh.stringPropertyNames()) {
            String text = zh.getProperty(key);
            boolean layoutOnly = text.replaceAll("[{}0-9. ，（）]", "").isEmpty();
            assertTrue(layoutOnly || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key + " = " + text);
        }
    }
}
