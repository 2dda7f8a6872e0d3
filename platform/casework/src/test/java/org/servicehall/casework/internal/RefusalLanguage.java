package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.servicehall.common.HallException;

/** Issue 16: a refusal names its operation in the reader's language. */
public final class RefusalLanguage {
    private RefusalLanguage() {
    }

    /** No English word in the refusal read in Chinese, no Chinese character in it read in English. */
    public static void assertInOneLanguage(HallException refusal) {
        String chinese = refusal.message(Locale.SIMPLIFIED_CHINESE);
        assertFalse(chinese.matches("(?s).*[A-Za-z]{2,}.*"), "no English word in the Chinese refusal: " + chinese);
        String english = refusal.message(Locale.ENGLISH);
        assertFalse(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "no Chinese in the English refusal: " + english);
    }
}
