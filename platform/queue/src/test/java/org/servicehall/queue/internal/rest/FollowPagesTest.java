package org.servicehall.queue.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketStatus;
import org.servicehall.site.Site;

/** The phone pages of a ticket: what a browser gets for an unknown number (Q2), what the status page shows (Q6). */
class FollowPagesTest {
    private static final Site HALL = new Site(1, "DEMO", "浦东新区市民中心", "世纪大道 2001 号", LocalTime.of(9, 0), LocalTime.of(17, 0),
            ZoneId.of("Asia/Shanghai"));
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
        assertTrue(page.contains("{{texts}}") && !page.contains("请到"), "its texts come from follow*.properties, not from the page");
        assertTrue(FollowPage.of(HALL, at(waiting(), 0), Locale.SIMPLIFIED_CHINESE).contains("请到 {w} 号窗口办理"), "in Chinese");
        assertTrue(FollowPage.of(HALL, at(waiting(), 0), Locale.ENGLISH).contains("Please go to window {w}"), "in English");
        assertFalse(page.contains("innerHTML") || page.contains("insertAdjacentHTML") || page.contains("document.write"),
                "data is written as text, never as markup");
    }

    /** Issue 12: a Chinese phone reads the hall's name and Chinese words, from the server, before any event arrives (Q1). */
    @Test
    void aChineseReaderGetsTheHallsNameAndChineseTexts_Q1() {
        String page = FollowPage.of(HALL, at(waiting(), 3), Locale.SIMPLIFIED_CHINESE);
        assertTrue(page.contains("<html lang=\"zh-CN\">"), page);
        assertTrue(page.contains("<div id=\"hall\">浦东新区市民中心</div>"), "the hall's name, not its code: " + page);
        assertTrue(page.contains("<div id=\"number\">A007</div>"), page);
        assertTrue(page.contains("您前面还有 3 人") && page.contains("预计等候约 5 分钟") && page.contains(">等候中<"), page);
        assertFalse(page.contains("people ahead") || page.contains("Waiting"), "no English for a Chinese reader");
        assertTrue(page.contains("href=\"?lang=en\"") && page.contains("href=\"?lang=zh-CN\""), "links to switch the language");
        assertFalse(page.contains("{{"), "every placeholder filled");
    }

    /** Issue 12: "1 person ahead", "2 people ahead", and the window once called (Q1, Q6). */
    @Test
    void anEnglishReaderGetsTheRightPluralAndTheWindow_Q1() {
        String one = FollowPage.of(HALL, at(waiting(), 1), Locale.ENGLISH);
        assertTrue(one.contains("<html lang=\"en\">") && one.contains("浦东新区市民中心"), one);
        assertTrue(one.contains("1 person ahead of you"), one);
        assertFalse(one.contains("1 people"), one);
        assertTrue(FollowPage.of(HALL, at(waiting(), 2), Locale.ENGLISH).contains("2 people ahead of you"));
        assertTrue(FollowPage.of(HALL, at(waiting(), 0), Locale.ENGLISH).contains("You are next"));
        String called = FollowPage.of(HALL, at(waiting().toBuilder().status(TicketStatus.CALLED).windowNumber(4).build(), 0), Locale.ENGLISH);
        assertTrue(called.contains("class=\"called\">Please go to window 4<"), called);
        assertTrue(called.contains("data-status=\"CALLED\""), called);
        assertFalse(called.contains("ahead of you</div>"), "no people ahead once called");
    }

    /** Every mark of the template is filled, the phone pages' common look included (LightPage). */
    @Test
    void everyMarkOfThePageIsFilled() {
        for (Locale reader : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String page = FollowPage.of(HALL, at(waiting(), 2), reader);
            assertFalse(page.contains("{{"), page);
            assertTrue(page.contains("nav.lang a { color: #0b5cad;") && page.contains("#number { font-size: min(5.5em, 19vw);"), page);
            assertTrue(page.contains("const t = {\"WAITING\": "), page);
        }
    }

    @Test
    void everyFollowTextHasBothLanguages() {
        for (String key : List.of("follow.title", "follow.number", "follow.ahead.none", "follow.ahead.one", "follow.ahead", "follow.wait",
                "follow.lost", "follow.rate", "follow.handoff", "follow.target")) {
            assertTrue(FollowPage.TEXTS.hasBoth(key), key);
        }
        for (TicketStatus s : TicketStatus.values()) {
            assertTrue(FollowPage.TEXTS.hasBoth("follow.status." + s.name()), s.name());
        }
    }

    @Test
    void aHallNameWithMarkupIsEscaped() {
        Site odd = new Site(1, "DEMO", "<b>Hall</b> \"A\"", null, LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Shanghai"));
        String page = FollowPage.of(odd, at(waiting(), 1), Locale.ENGLISH);
        assertFalse(page.contains("<b>Hall"), page);
        assertTrue(page.contains("&lt;b&gt;Hall&lt;/b&gt; &quot;A&quot;"), page);
    }

    @Test
    void aWaitingTicketsPageOffersWhatThePluginsOfferAndOnlySafeLinks_TX3() {
        List<ServiceOffers.Offer> offers = List.of(new ServiceOffers.Offer(ServiceOffers.Kind.BOOK_LATER, "预约稍后时段", "/api/v1/queue/follow/DEMO/book?service=H-REG"),
                new ServiceOffers.Offer(ServiceOffers.Kind.SELF_SERVICE, "<b>自助终端</b>", null),
                new ServiceOffers.Offer(ServiceOffers.Kind.ONLINE, "网上办理", "javascript:alert(1)"));
        String page = FollowPage.of(HALL, at(waiting(), 4), Locale.SIMPLIFIED_CHINESE, offers);
        assertTrue(page.contains("id=\"offers\"") && page.contains("排队较长，您也可以："), page);
        assertTrue(page.contains("<a href=\"/api/v1/queue/follow/DEMO/book?service=H-REG\">预约稍后时段</a>"), page);
        assertTrue(page.contains("&lt;b&gt;自助终端&lt;/b&gt;"), "the text escaped");
        assertFalse(page.contains("javascript:"), "no link that is neither a path of the hall nor http(s)");
        assertTrue(page.contains("<li data-kind=\"ONLINE\">网上办理</li>"), page);
        String called = FollowPage.of(HALL, at(waiting().toBuilder().status(TicketStatus.CALLED).windowNumber(4).build(), 0), Locale.ENGLISH, offers);
        assertFalse(called.contains("id=\"offers\""), "a called ticket is offered nothing");
        assertFalse(FollowPage.of(HALL, at(waiting(), 4), Locale.ENGLISH).contains("{{offers}}"), "no offers: nothing shown");
    }

    private static Ticket waiting() {
        return Ticket.builder().id(7).siteId(1).serviceCode("H-REG").number("A007").sequence(7).build();
    }

    private static TicketPosition at(Ticket t, int ahead) {
        return new TicketPosition(t, ahead, Duration.ofMinutes(5));
    }
}
