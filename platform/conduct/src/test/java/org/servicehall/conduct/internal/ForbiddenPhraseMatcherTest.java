package org.servicehall.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.conduct.internal.ForbiddenPhraseMatcher.Entry;
import org.servicehall.queue.TextFinding;

/** C3: the forbidden-phrase checker on Chinese text as staff really type it. */
class ForbiddenPhraseMatcherTest {
    private static final ForbiddenPhraseMatcher COMMON = new ForbiddenPhraseMatcher(List.of(
            new Entry("不知道", "请稍等，我帮您问一下。"),
            new Entry("这不归我管", "这项业务在××号窗口办理。"),
            new Entry("下班了，明天再来", "请稍候，我给您办完再下班。"),
            new Entry("急什么", "请您稍等，马上就好。"),
            new Entry("OK", "好的")));

    private static String hit(String text, TextFinding f) {
        return text.substring(f.start(), f.end());
    }

    @Test
    void plainPhraseIsFoundWithItsPositionAndSuggestion_C3() {
        String text = "这个我不知道。";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(List.of(new TextFinding(3, 6, "不知道", "请稍等，我帮您问一下。")), findings);
    }

    @Test
    void forbiddenPhraseWithSpacesInsideIsFound_C3() {
        String text = "我 不 知  道";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(1, findings.size());
        assertEquals("不 知  道", hit(text, findings.get(0)));
        assertEquals(2, findings.get(0).start());
        assertEquals(text.length(), findings.get(0).end());
    }

    @Test
    void punctuationAndFullWidthSpaceInsideArePassedOver_C3() {
        String text = "不，知道！还有：不　知。道";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(2, findings.size());
        assertEquals("不，知道", hit(text, findings.get(0)));
        assertEquals("不　知。道", hit(text, findings.get(1)));
    }

    @Test
    void zeroWidthCharactersInsideArePassedOver_C3() {
        String text = "不\u200B知\u200D道\uFEFF了";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(1, findings.size());
        assertEquals(0, findings.get(0).start());
        assertEquals(5, findings.get(0).end(), "the hit ends after 道, not after the zero-width no-break space");
    }

    @Test
    void fullWidthLatinAndCaseAreFolded_C3() {
        String text = "ｏｋ，就这样";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(1, findings.size());
        assertEquals("ｏｋ", hit(text, findings.get(0)));
        assertEquals("OK", findings.get(0).phrase());
        assertEquals(1, COMMON.find("Ok").size());
    }

    @Test
    void phraseWithPunctuationMatchesTextWithoutIt_C3() {
        String text = "已经下班了明天再来吧";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(1, findings.size());
        assertEquals("下班了明天再来", hit(text, findings.get(0)));
        assertEquals("下班了，明天再来", findings.get(0).phrase());
    }

    @Test
    void overlappingPhrasesKeepTheLongerAndNeverOverlap_C3() {
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(List.of(new Entry("不归我管", "a"), new Entry("这不归我管", "b"),
                new Entry("我管", "c"), new Entry("管你", "d")));
        String text = "这不归我管你";
        List<TextFinding> findings = m.find(text);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("这不归我管", findings.get(0).phrase());
        assertEquals(0, findings.get(0).start());
        assertEquals(5, findings.get(0).end());
    }

    @Test
    void equallyLongCompetingPhrasesKeepTheEarlier_C3() {
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(List.of(new Entry("知道了", "x"), new Entry("不知道", "y")));
        List<TextFinding> findings = m.find("不知道了");
        assertEquals(List.of(new TextFinding(0, 3, "不知道", "y")), findings);
    }

    @Test
    void repeatedAndAdjacentHitsAreAllReportedInTextOrder_C3() {
        String text = "急什么急什么，不知道";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(List.of(0, 3, 7), findings.stream().map(TextFinding::start).toList());
        assertEquals(List.of("急什么", "急什么", "不知道"), findings.stream().map(TextFinding::phrase).toList());
    }

    @Test
    void suffixPhraseInsideALongerBranchIsFound_C3() {
        // the automaton's failure links: "我不知" leads into "不知道" only through a fail transition
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(List.of(new Entry("我不知所措", "a"), new Entry("不知道", "b")));
        List<TextFinding> findings = m.find("我不知道");
        assertEquals(List.of(new TextFinding(1, 4, "不知道", "b")), findings);
    }

    @Test
    void emptyAndNullTextsAndEmptyCatalogueFindNothing_C3() {
        assertEquals(List.of(), COMMON.find(""));
        assertEquals(List.of(), COMMON.find(null));
        assertEquals(List.of(), COMMON.find("   ，，，"));
        assertEquals(List.of(), ForbiddenPhraseMatcher.EMPTY.find("不知道"));
        assertEquals(List.of(), COMMON.find("您好，请问您办理什么业务？"));
    }

    @Test
    void phrasesOfOnlyPunctuationAreIgnoredAndDuplicatesByKeyMerged_C3() {
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(List.of(new Entry("，，", "x"), new Entry("不知道", "a"),
                new Entry("不 知 道", "b")));
        assertEquals(1, m.size());
        assertEquals("b", m.find("不知道").get(0).suggestion());
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepTheirPositions_C3() {
        String text = "😀不😀知道";
        List<TextFinding> findings = COMMON.find(text);
        assertEquals(1, findings.size());
        assertEquals(2, findings.get(0).start());
        assertEquals(text.length(), findings.get(0).end());
    }

    @Test
    void manyPhrasesInALongTextAreAllFound_C3() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            entries.add(new Entry("禁" + i + "语", "s" + i));
        }
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(entries);
        assertEquals(2000, m.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i += 7) {
            text.append("正常文字").append("禁").append(i).append("语");
        }
        List<TextFinding> findings = m.find(text.toString());
        assertEquals((2000 + 6) / 7, findings.size());
        for (TextFinding f : findings) {
            assertTrue(text.substring(f.start(), f.end()).startsWith("禁"), f.toString());
            assertEquals(f.phrase(), text.substring(f.start(), f.end()));
        }
    }

    @Test
    void keyFoldsWidthCaseAndDropsSkippedCharacters_C3() {
        assertEquals("不知道", ForbiddenPhraseMatcher.key(" 不，知\u200B道！"));
        assertEquals("ok1", ForbiddenPhraseMatcher.key("ＯＫ１"));
        assertEquals("", ForbiddenPhraseMatcher.key("……"));
    }
}
