package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The validator's own rules read in the reader's language (issue 12, Console: "text: must not be empty" on a Chinese screen). */
class ValidatorTest {

    @Test
    void theBuiltInRulesReadInChineseAndInEnglish() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Validator().required("text", " ")
                .maxLength("name", "abcdef", 3).range("minutes", 0, 1, 60).throwIfInvalid());
        assertEquals(List.of("不能为空", "共 6 个字符，最多允许 3 个", "为 0，须在 1 到 60 之间"),
                e.errors().stream().map(f -> f.message(Locale.SIMPLIFIED_CHINESE)).toList());
        assertEquals("text: must not be empty; name: is 6 characters long; at most 3 are allowed; minutes: is 0; it must be between 1 and 60",
                e.getMessage(), "the English text as before, for logs and callers reading getMessage()");
    }

    @Test
    void aMessageFromAnAreasTextsIsKeptForTheReader() {
        Texts texts = Texts.of(ValidatorTest.class, "texts-test");
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Validator().check(false, "state", texts.message("status.open")).throwIfInvalid());
        assertEquals("营业中", e.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
    }
}
