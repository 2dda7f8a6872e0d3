package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10 item 7: texts for citizens and boards hold no invisible controls or broken characters. */
class CitizenTextTest {

    private static Optional<String> oneLine(String text) {
        return CitizenText.problem(text, false);
    }

    private static Optional<String> multiLine(String text) {
        return CitizenText.problem(text, true);
    }

    @Test
    void ordinaryTextInChineseAndEnglishWithEmojiAndRareCharactersIsFine() {
        assertEquals(Optional.empty(), oneLine("您好，请到3号窗口办理 Please go to window 3 🙂 𠀀"));
        assertEquals(Optional.empty(), oneLine(""));
        assertEquals(Optional.empty(), oneLine(null));
        assertEquals(Optional.empty(), multiLine("第一行\n第二行\r\n\t第三行"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F })
    void c0ControlsAreRefusedInBothKindsOfText(int c) {
        String text = "请稍候" + (char) c + "谢谢";
        assertTrue(oneLine(text).orElseThrow().contains(String.format("U+%04X", c)), oneLine(text).orElseThrow());
        assertTrue(multiLine(text).orElseThrow().contains("at position 4"), multiLine(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x7F, 0x80, 0x85, 0x9B, 0x9F })
    void deleteAndC1ControlsAreRefused(int c) {
        assertTrue(multiLine("A012" + (char) c).orElseThrow().startsWith("holds the control character U+"));
    }

    @Test
    void theNullCharacterIsNamed() {
        assertEquals("holds the control character U+0000 (NULL) at position 3", oneLine("ab\u0000c").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 })
    void directionControlsAreRefusedEverywhere(int c) {
        String problem = multiLine("A012 " + (char) c + "3号窗口").orElseThrow();
        assertTrue(problem.contains("direction control"), problem);
        assertTrue(problem.contains(String.format("U+%04X", c)), problem);
    }

    /** A form shows the refusal beside the field in the reader's language (issue 16: console forms fuzzed). */
    @Test
    void theRefusalReadsInChineseForAChineseReader() {
        Message m = CitizenText.problemMessage("李\u202e明", false).orElseThrow();
        assertEquals("第 2 个字符是看不见的文字方向控制符 U+202E (RIGHT-TO-LEFT OVERRIDE)，会改变文字在屏幕上的显示", m.in(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("holds the invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE) at position 2, which changes how the text reads on screen",
                m.in(java.util.Locale.ENGLISH));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new Validator().citizenText("name", "张\n三", false).throwIfInvalid());
        assertEquals("第 2 个字符是换行 U+000A (LINE FEED (LF))；此处只能填写一行", refused.errors().get(0).text().in(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theRightToLeftOverrideIsNamed() {
        assertEquals("holds the invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE) at position 1, "
                + "which changes how the text reads on screen", oneLine("\u202eabc").orElseThrow());
    }

    @Test
    void theByteOrderMarkAndTheUnicodeSeparatorsAreRefused() {
        assertTrue(oneLine("\uFEFF您好").orElseThrow().contains("U+FEFF"));
        assertTrue(multiLine("a\u2028b").orElseThrow().contains("U+2028"));
        assertTrue(multiLine("a\u2029b").orElseThrow().contains("U+2029"));
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertTrue(oneLine("a\uD83D").orElseThrow().contains("unpaired surrogate"));
        assertTrue(oneLine("a\uDE42b").orElseThrow().contains("U+DE42"));
        assertTrue(oneLine("\uD83Dx").orElseThrow().contains("at position 1"));
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineTexts() {
        assertTrue(oneLine("a\nb").orElseThrow().contains("this text is one line"));
        assertTrue(oneLine("a\tb").orElseThrow().contains("a tab"));
        assertTrue(oneLine("a\r\nb").orElseThrow().contains("U+000D"));
        assertTrue(multiLine("a\rb").orElseThrow().contains("carriage return without a line feed"));
        assertEquals(Optional.empty(), multiLine("a\r\nb\n\tc"));
    }

    @Test
    void positionsCountSupplementaryCharactersOnce() {
        assertEquals("holds the control character U+0007 (BEL) at position 3", oneLine("🙂a\u0007").orElseThrow());
    }

    @Test
    void theValidatorNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Validator().citizenText("text", "请\u202e稍候", false).throwIfInvalid());
        assertEquals("text", e.errors().get(0).field());
        assertTrue(e.getMessage().startsWith("text: holds the invisible direction control U+202E"), e.getMessage());
    }
}
