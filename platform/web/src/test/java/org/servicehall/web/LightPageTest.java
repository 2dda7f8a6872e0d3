package org.servicehall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

/** A light public page (DESIGN §1): its template filled with escaped values, the reader's language, its 404 page. */
class LightPageTest {
    private static final LightPage PAGE = LightPage.of(LightPageTest.class, "light-page-test.html");

    @Test
    void valuesAreEscapedButTheCallersOwnHtmlIsNot() {
        Map<String, String> v = new HashMap<>();
        v.put("lang", "en");
        v.put("a", "<img src=x onerror=\"alert(1)\"> 'x' & y");
        v.put("b", "<a href=\"/x\">x</a>");
        v.put("n", null);
        String page = PAGE.fill(v);
        assertTrue(page.contains("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &#39;x&#39; &amp; y|<a href=\"/x\">x</a>|{{missing}}||{x}</p>"),
                page);
        assertTrue(page.startsWith("<html lang=\"en\">"), page);
    }

    @Test
    void aValuesOwnMarksAreNotFilled() {
        Map<String, String> v = Map.of("a", "{{b}}", "b", "{{{a}}}");
        String page = PAGE.fill(v);
        assertTrue(page.contains("<p>{{b}}|{{{a}}}|"), page);
    }

    @Test
    void phonePagesShareTheirLookUnlessThePageSaysOtherwise() {
        String page = PAGE.fill(Map.of());
        assertTrue(page.contains("<style>\n  body { font-family: system-ui, sans-serif;"), page);
        assertTrue(page.contains("\n  nav.lang a { color: #0b5cad;") && page.contains("\n  .label { color: #4a5565; }\n</style>"), page);
        assertTrue(PAGE.fill(Map.of("phoneStyle", "p { }")).contains("<style>\n  p { }\n</style>"));
    }

    @Test
    void aMissingTemplateIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LightPage.of(LightPageTest.class, "none.html"));
        assertTrue(e.getMessage().contains("none.html") && e.getMessage().contains(LightPageTest.class.getName()), e.getMessage());
    }

    /** The page's lang=, else Accept-Language, else Chinese, the hall's language. */
    @Test
    void theReadersLanguageIsTheLinkThenTheBrowserThenChinese() {
        assertEquals(Locale.ENGLISH, LightPage.reader("en", List.of(Locale.SIMPLIFIED_CHINESE)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LightPage.reader("zh-CN", List.of(Locale.ENGLISH)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LightPage.reader("zh-CN", List.of(Locale.UK)));
        assertEquals(Locale.ENGLISH, LightPage.reader(null, List.of(Locale.US, Locale.CHINESE)));
        assertEquals(Locale.ENGLISH, LightPage.reader(null, List.of(Locale.UK)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LightPage.reader(" ", List.of(Locale.TRADITIONAL_CHINESE)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LightPage.reader(null, List.of(new Locale("*"))));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LightPage.reader(null, List.of()));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LightPage.reader(null, null));
        assertEquals("zh-CN", LightPage.languageTag(Locale.SIMPLIFIED_CHINESE));
        assertEquals("en", LightPage.languageTag(Locale.ENGLISH));
    }

    @Test
    void anAddressThatLeadsNowhereIsAReadablePage() {
        Response r = LightPage.notFound("<该回执不存在>", Locale.SIMPLIFIED_CHINESE);
        assertEquals(404, r.getStatus());
        assertEquals(LightPage.HTML, r.getMediaType().toString().replace(" ", ""));
        String body = (String) r.getEntity();
        assertTrue(body.startsWith("<!DOCTYPE html><html lang=\"zh-CN\">") && body.contains("<p id=\"not-found\"") && body.contains("&lt;该回执不存在&gt;"),
                body);
    }
}
