package org.servicehall.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Texts;
import org.servicehall.testing.TextKeys;

/** Issue 12 (Console): the security's messages have their English and Chinese texts; a refusal reads in Chinese (S1). */
class SecurityTextsTest {
    private static final Texts TEXTS = Texts.of(SecurityTextsTest.class, "security");

    @Test
    void everyKeyUsedInCodeHasBothLanguages() {
        List<String> keys = new ArrayList<>(TextKeys.used(Path.of("src/main/java")));
        for (Role r : Role.values()) {
            keys.add("security.role." + r.name()); // built from the role at run time
        }
        assertEquals(List.of(), TextKeys.missing(TEXTS::hasBoth, keys));
    }

    @Test
    void aMissingRoleReadsInChineseWithTheRolesName_S1() {
        Actor staff = new Actor("li", "李明", EnumSet.of(Role.STAFF));
        AccessDenied e = assertThrows(AccessDenied.class, () -> staff.require(Role.SUPERVISOR, "open or close windows"));
        assertEquals("li may not open or close windows: the role SUPERVISOR is required", e.getMessage());
        assertEquals("li 无权执行“open or close windows”：需要督查员角色", e.message(Locale.SIMPLIFIED_CHINESE));
    }
}
