package org.servicehall.queue.internal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The phone pages of a ticket: what a browser gets for an unknown number (Q2), what the status page shows (Q6). */
class FollowPagesTest {
    private static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Test
    void browsersAskForHtmlApiClientsDoNot_Q2() {
        assertTrue(FollowResource.asksForHtml(CHROME));
        assertTrue(FollowResource.asksForHtml("application/xhtml+xml"));
        assertTrue(FollowResource.asksForHtml("Text/HTML; charset=UTF-8"));
        assertFalse(FollowResource.asksForHtml(null), "no Accept header");
        assertFalse(FollowResource.asksForHtml("*/*"), "curl and most API clients");
        assertFalse(FollowResource.asksForHtml("application/json"));
        assertFalse(FollowResource.asksForHtml("application/problem+json, application/json;q=0.9"));
        assertFalse(FollowResource.asksForHtml("application/json, text/html;q=0"), "HTML refused");
    }

    @Test
    void anUnknownTicketReadsAsABilingualPageWithTheNumberEscaped_Q2() {
        String page = FollowResource.unknownTicketPage("DEMO", "ZZ999");
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("ZZ999") && page.contains("DEMO"), page);
        assertTrue(page.contains("今天没有找到这个号码") && page.contains("not found today"), page);
        assertTrue(page.contains("号票上打印的号码") && page.contains("number printed on your ticket"), page);
        String hostile = FollowResource.unknownTicketPage("DEMO", "<SCRIPT>ALERT(1)</SCRIPT>");
        assertFalse(hostile.contains("<SCRIPT>"), hostile);
        assertTrue(hostile.contains("&lt;SCRIPT&gt;"), hostile);
    }

    @Test
    void theStatusPageShowsTheHandOffNoteAndTargetWindowAsText_Q6() throws IOException {
        String page;
        try (InputStream in = FollowResource.class.getResourceAsStream("follow.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(page.contains("p.ticket.handoffNote"), "the hand-off note of a transferred ticket is shown");
        assertTrue(page.contains("p.ticket.targetWindow"), "the window a transferred ticket goes to is shown");
        assertTrue(page.contains("id=\"handoff\"") && page.contains("id=\"target\""), "places for both");
        assertTrue(page.contains("请到 {w} 号窗口办理") && page.contains("Please go to window {w}"), "in both languages");
        assertFalse(page.contains("innerHTML") || page.contains("insertAdjacentHTML") || page.contains("document.write"),
                "data is written as text, never as markup");
    }
}
