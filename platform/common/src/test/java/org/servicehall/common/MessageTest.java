package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessageTest {
    private static final Texts TEXTS = Texts.of(MessageTest.class, "texts-test");

    @Test
    void aMessageIsPutIntoTheReadersLanguageWhenRead() {
        Message m = TEXTS.message("waiting", 12, TEXTS.message("status.open"));
        assertEquals("There are 12 waiting for open.", m.in(Locale.ENGLISH));
        assertEquals("营业中 有 12 人等候。", m.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("营业中 有 12 人等候。", m.in(Locale.forLanguageTag("zh-TW")), "any Chinese reader gets the zh_CN text");
        assertEquals("There are 12 waiting for open.", m.in(Locale.GERMAN), "other languages read English");
        assertEquals("There are 12 waiting for open.", m.toString());
    }

    @Test
    void aKeyMissingInChineseFallsBackToEnglishAndAMissingKeyShowsItself() {
        assertEquals("It's 5", TEXTS.message("quote", 5).in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("no.such.key [7]", TEXTS.message("no.such.key", 7).in(Locale.ENGLISH));
        assertTrue(TEXTS.hasBoth("waiting"));
        assertFalse(TEXTS.hasBoth("quote"));
    }

    @Test
    void numbersAreWrittenInTheReadersLocale() {
        assertEquals("There are 1,234 waiting for x.", TEXTS.message("waiting", 1234, "x").in(Locale.ENGLISH));
    }

    @Test
    void anExceptionKeepsEnglishForLogsAndAnswersInTheReadersLanguage() {
        HallException e = new Conflict(TEXTS.message("status.open"));
        assertEquals("open", e.getMessage());
        assertEquals("营业中", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("plain", new HallException("plain").message(Locale.SIMPLIFIED_CHINESE), "a plain message stays as raised");
        ValidationException v = new ValidationException(List.of(ValidationException.FieldError.of("status", TEXTS.message("status.open")),
                new ValidationException.FieldError("name", "must not be empty")));
        assertEquals("status: 营业中; name: must not be empty", v.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("营业中", v.byField(Locale.SIMPLIFIED_CHINESE).get("status"));
        assertEquals("status: open; name: must not be empty", v.getMessage());
    }

    @Test
    void aSerialisedMessageKeepsItsEnglishText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TEXTS.message("waiting", 3, "A"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Message copy = (Message) in.readObject();
            assertEquals("There are 3 waiting for A.", copy.in(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void aTextsNameIsAFileName() {
        assertThrows(IllegalArgumentException.class, () -> Texts.of(MessageTest.class, "../etc"));
    }
}
