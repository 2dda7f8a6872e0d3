package org.servicehall.queue;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** C3 and issue 10 item 7: a text for a citizen is refused for a forbidden phrase and for control or direction characters. */
class TextChecksTest {
    private static final Actor STAFF = new Actor("d001", "李明", Set.of(Role.STAFF));

    private static final class Recording implements CitizenTextCheck {
        final List<String> refused = new ArrayList<>();

        @Override
        public List<TextFinding> check(long siteId, String text) {
            int at = text.indexOf("不知道");
            return at < 0 ? List.of() : List.of(new TextFinding(at, at + 3, "不知道", "我帮您问一下"));
        }

        @Override
        public void refused(Actor actor, long siteId, String text, List<TextFinding> findings) {
            refused.add(text);
        }
    }

    @Test
    void aNoteWithADirectionOverrideIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TextChecks.requireAcceptable(List.of(), STAFF, 1, "note", "请到3号窗口\u202e办理"));
        assertEquals("note", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("U+202E"), e.getMessage());
    }

    @Test
    void aNoteWithANulIsRefused() {
        assertThrows(ValidationException.class, () -> TextChecks.requireAcceptable(List.of(), STAFF, 1, "note", "a\u0000b"));
    }

    @Test
    void aMultiLineNoteWithoutForbiddenPhrasesPasses() {
        assertDoesNotThrow(() -> TextChecks.requireAcceptable(List.of(new Recording()), STAFF, 1, "note", "请您先到2号窗口缴费，\n再回到本窗口。"));
    }

    @Test
    void aForbiddenPhraseIsRefusedAndRecorded_C3() {
        Recording check = new Recording();
        ValidationException e = assertThrows(ValidationException.class,
                () -> TextChecks.requireAcceptable(List.of(check), STAFF, 1, "note", "这个我不知道"));
        assertTrue(e.getMessage().contains("我帮您问一下"), e.getMessage());
        assertEquals(List.of("这个我不知道"), check.refused);
    }
}
