package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Resolution;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.internal.rest.PublicResource;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.HallFixtures;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Complaints as people meet them (issue 12, P1-P3), on H2 and PostgreSQL with the real site,
 * security and queue ({@link HallFixture}): the visit a web complaint names, the staff member at
 * fault picked by the handler, the comment of a bad rating in its case, and the public tracking
 * page in the reader's language. Windows 1 and 2 serve GENERAL; staff 李明, 王芳, supervisor 督查.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintVisitTest {
    private final HallFixtures fixtures = new HallFixtures("complaint");
    private final List<String> proposed = new CopyOnWriteArrayList<>();
    private HallFixture fx;
    private TestSite hall;
    private Site site;
    /** 李明 and 王芳 (staff), 督查 (supervisor). */
    private Actor li;
    private Actor wang;
    private Actor sup;
    private QueueService queue;
    private Complaints complaints;

    @AfterAll
    void closeAll() {
        fixtures.close();
    }

    private void start(TestDatabase.Kind kind) {
        fx = fixtures.get(kind);
        fx.clock().set(MutableClock.MONDAY_NINE);
        hall = fx.newSite("VIS").staff("李明", "王芳").staff("督查", Role.SUPERVISOR).create();
        site = hall.site();
        li = hall.staff(1).actor();
        wang = hall.staff(2).actor();
        sup = hall.staff(3).actor();
        proposed.clear();
        queue = fx.newQueue().start();
        ViolationProposer conduct = (actor, siteId, staffNumber, window, rule, note) -> {
            proposed.add(staffNumber + "|" + window);
            return "1";
        };
        complaints = Complaints.onDataSource(fx.dataSource(), queue, fx.sites(), fx.audit(), fx.clock(), ComplaintSettings.DEFAULTS,
                CategoryRegistry.withCoreDefaults()::all, conduct, e -> { }, new Random(site.id()));
    }

    private Ticket served(Actor by, int window) {
        Ticket t = queue.issue(new IssueRequest(site.code(), "GENERAL", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        queue.callNext(by, hall.windowId(window)).orElseThrow();
        queue.start(by, t.id());
        return queue.finish(by, t.id());
    }

    private Complaint investigated(Complaint k) {
        complaints.assign(sup, k.id(), wang.username());
        return complaints.startInvestigation(wang, k.id());
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aWebComplaintNamingAWindowAndATicketKeepsBothAndWhoServedIt_P3(TestDatabase.Kind kind) {
        start(kind);
        Ticket t = served(li, 1);
        Complaint k = complaints.register(ComplaintService.CITIZEN, site.id(),
                ComplaintDraft.builder(ComplaintSource.WEB, "等了很久，窗口人员态度冷淡").ticketNumber(" " + t.number().toLowerCase() + " ")
                        .windowNumber(2).build());
        Complaint seen = complaints.complaint(sup, k.id());
        assertEquals(t.number(), seen.ticketNumber());
        assertEquals(2, seen.windowNumber(), "the window the citizen named, not replaced by the ticket's");
        assertEquals(t.id(), seen.ticketId());
        assertTrue(hall.staffNumber(1).equalsIgnoreCase(seen.staffNumber()) || li.username().equalsIgnoreCase(seen.staffNumber()),
                "who served the visit: " + seen.staffNumber());
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void theHandlerPicksTheStaffMemberAtFaultFromTheSitesStaff_P2_P4(TestDatabase.Kind kind) {
        start(kind);
        Complaint k = complaints.register(ComplaintService.CITIZEN, site.id(),
                ComplaintDraft.builder(ComplaintSource.WEB, "工作人员推诿").build());
        assertNull(k.staffNumber());
        investigated(k);
        ValidationException none = assertThrows(ValidationException.class, () -> complaints.resolve(wang, k.id(),
                Resolution.builder("属实", "批评教育").confirmed(true).staffAtFault(true).build()));
        assertEquals("投诉 " + k.trackingNumber() + " 未指明工作人员：请选择有过错的工作人员。",
                none.byField(Locale.SIMPLIFIED_CHINESE).get("staffNumber"));
        ValidationException stranger = assertThrows(ValidationException.class, () -> complaints.resolve(wang, k.id(),
                Resolution.builder("属实", "批评教育").confirmed(true).staffAtFault(true).staffNumber("X999").build()));
        assertEquals("X999 不是本大厅的工作人员。", stranger.byField(Locale.SIMPLIFIED_CHINESE).get("staffNumber"));
        assertEquals(List.of(), proposed, "nothing proposed by the refused steps");
        Complaint resolved = complaints.resolve(wang, k.id(),
                Resolution.builder("属实", "批评教育").confirmed(true).staffAtFault(true).staffNumber(hall.staffNumber(1)).build());
        assertEquals(hall.staffNumber(1), resolved.staffNumber());
        assertTrue(resolved.staffAtFault());
        assertEquals(hall.staffNumber(1), complaints.complaint(sup, k.id()).staffNumber(), "stored with the case");
        assertEquals(List.of(hall.staffNumber(1) + "|null"), proposed, "the violation candidate names the one picked");
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void theCommentTypedOnThePadIsInTheCaseABadRatingOpens_P1_P2(TestDatabase.Kind kind) {
        start(kind);
        Ticket t = served(li, 1);
        var r = complaints.rate(ComplaintService.CITIZEN, new RatingRequest(t.id(), RatingLevel.DISSATISFIED, List.of("等候久"),
                "  叫号后窗口无人，等了二十分钟  ", RatingChannel.PAD));
        Complaint k = complaints.complaint(sup, r.complaintId());
        assertEquals(ComplaintSource.RATING, k.source());
        assertTrue(k.text().contains("叫号后窗口无人，等了二十分钟"), k.text());
        assertEquals("叫号后窗口无人，等了二十分钟", r.comment());
        assertEquals(t.number(), k.ticketNumber());
        assertEquals(1, k.windowNumber());
    }

    private static HttpHeaders accepting(Locale... languages) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] { HttpHeaders.class },
                (proxy, method, args) -> method.getName().equals("getAcceptableLanguages") ? List.of(languages) : null);
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void theTrackingPageSaysWhyTheDueDateMovedAndShowsTheAnswerNeverJson_P2(TestDatabase.Kind kind) {
        start(kind);
        PublicResource pages = new PublicResource(complaints, complaints, queue, fx.sites());
        Response unknown = pages.trackPage("TS-20261130-ZZZZZZ", null, accepting(Locale.forLanguageTag("zh-CN")));
        assertEquals(404, unknown.getStatus());
        String body = unknown.getEntity().toString();
        assertTrue(body.contains("没有查询编号为 TS-20261130-ZZZZZZ 的投诉"), body);
        assertFalse(body.contains("\"detail\"") || body.trim().startsWith("{"), "a page, not JSON");
        Response mistyped = pages.trackPage("<b>123", null, null);
        assertEquals(400, mistyped.getStatus());
        assertTrue(mistyped.getEntity().toString().contains("&lt;B&gt;123 不是查询编号"), mistyped.getEntity().toString());

        Complaint k = complaints.register(ComplaintService.CITIZEN, site.id(), ComplaintDraft.builder(ComplaintSource.WEB, "太慢").build());
        assertTrue(pages.trackPage(k.trackingNumber(), null, accepting(Locale.ENGLISH)).getEntity().toString().contains("Registered"),
                "English for a phone that asks for it");
        String registered = pages.trackPage(k.trackingNumber(), "zh-CN", accepting(Locale.ENGLISH)).getEntity().toString();
        assertTrue(registered.contains("已登记") && registered.contains("受理期限") && !registered.contains("track-moved"), registered);
        investigated(k);
        String accepted = pages.trackPage(k.trackingNumber().toLowerCase(), null, null).getEntity().toString();
        assertTrue(accepted.contains("调查核实中"), accepted);
        assertTrue(accepted.contains("期限由 " + zh(k.acceptanceDue()) + " 改为 " + zh(k.resolutionDue()) + "：您的投诉已受理"), accepted);
        complaints.resolve(wang, k.id(), Resolution.notConfirmed("高峰期人多", "增开窗口"));
        complaints.giveFeedback(wang, k.id(), "已增开窗口，感谢您的意见");
        String answered = pages.trackPage(k.trackingNumber(), null, accepting(Locale.ENGLISH)).getEntity().toString();
        assertTrue(answered.contains("Our answer") && answered.contains("已增开窗口，感谢您的意见"), answered);
        assertTrue(answered.contains("lang=\"en\""), answered);
    }

    private static String zh(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
