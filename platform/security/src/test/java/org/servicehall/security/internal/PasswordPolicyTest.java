package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;

/** S1 (issue 16): the password policy, one test per rule, wherever a password is set. */
class PasswordPolicyTest {

    private static List<ValidationException.FieldError> problems(String username, String password) {
        Validator v = new Validator();
        AccountRules.checkPassword(v, username, password);
        try {
            v.throwIfInvalid();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static String english(String username, String password) {
        List<ValidationException.FieldError> errors = problems(username, password);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("password", errors.get(0).field());
        return errors.get(0).message(Locale.ENGLISH);
    }

    @Test
    void atLeastTenCharacters_S1() {
        assertEquals("must be at least 10 characters long", english("li.na", "Desk-7-ab"));
        assertEquals(List.of(), problems("li.na", "Desk-7-abc"));
        assertEquals("must be at least 10 characters long", english("li.na", null));
    }

    @Test
    void atMost256Characters_S1() {
        assertEquals("must be at most 256 characters long", english("li.na", "k".repeat(257)));
        assertEquals(List.of(), problems("li.na", "k".repeat(256)));
    }

    @Test
    void notContainingTheAccountName_S1() {
        assertEquals("must not contain the username", english("li.na", "2026-LI.NA-window"));
        assertEquals("不能包含用户名", problems("li.na", "li.na-window-3").get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void notACommonPasswordFromTheShippedList_S1() {
        assertEquals("is one of the most common passwords: choose one that is harder to guess", english("li.na", "Password123"));
        assertEquals("是最常见的密码之一，请换一个不易被猜到的密码",
                problems("li.na", "woaini1314").get(0).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("is one of the most common passwords: choose one that is harder to guess", english("li.na", "1qaz2wsx3edc"));
        assertEquals(List.of(), problems("li.na", "Password123-Hall-7"), "a common password inside a longer one is fine");
    }

    @Test
    void theListIsReadFromTheResourceWithoutItsComments_S1() {
        assertTrue(AccountRules.COMMON_PASSWORDS.size() > 100, "the list shipped as a resource: " + AccountRules.COMMON_PASSWORDS.size());
        assertTrue(AccountRules.COMMON_PASSWORDS.contains("qwertyuiop"));
        assertTrue(AccountRules.COMMON_PASSWORDS.stream().noneMatch(w -> w.startsWith("#")));
    }
}
