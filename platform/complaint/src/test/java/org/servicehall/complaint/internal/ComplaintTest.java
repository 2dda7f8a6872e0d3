package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.complaint.InvalidComplaintState;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.RectificationStatus;
import org.servicehall.complaint.Resolution;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.complaint.internal.rest.ComplaintResource;
import org.servicehall.complaint.internal.rest.PublicResource;
import org.servicehall.conduct.internal.ForbiddenPhraseMatcher;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.OpenApiCheck;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.Channel;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.TextFinding;
import org.servicehall.queue.Ticket;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.PersonalData;
import org.servicehall.security.Role;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.Site;
import org.servicehall.testing.MutableClock;
import org.servicehall.web.ActorPrincipal;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Ratings, complaints and rectification on a real database (H2, and PostgreSQL when present) with
 * the real site and security services and the real queue ({@link HallFixture}). Each test gets a
 * site of its own: windows 1 and 2 serve GENERAL; staff 李明, 王芳 and the supervisor 督查
 * (SUPERVISOR). The clock stands on Monday 2026-11-30 at 09:00 (Shanghai).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintTest {
    private static final Actor ADMIN = HallFixture.ADMIN;
    private static final LocalDate MONDAY = MutableClock.MONDAY_NINE.toLocalDate();

    private HallFixture fx;
    private MutableClock clock;
    private Site site;
    private Complaints complaints;
    private QueueService queue;
    private long window1;
    private long window2;
    private Actor li;
    private Actor wang;
    private Actor sup;
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> proposed = new CopyOnWriteArrayList<>();

    private void start(HallFixture fixture) {
        fx = fixture;
        clock = fx.clock();
        clock.set(MutableClock.MONDAY_NINE);
        TestSite hall = fx.newSite("CMP").staff("李明", "王芳").staff("督查", Role.SUPERVISOR).create();
        site = hall.site();
        window1 = hall.windowId(1);
        window2 = hall.windowId(2);
        li = hall.staff(1).actor();
        wang = hall.staff(2).actor();
        sup = hall.staff(3).actor();
        events.clear();
        proposed.clear();
        queue = fx.newQueue().start();
        complaints = newNode(new Random(site.id()));
    }

    /** The service as a node builds it; two of them share the database like two nodes. */
    private Complaints newNode(Random random) {
        ViolationProposer conduct = (actor, siteId, staffNumber, window, rule, note) -> {
            proposed.add(staffNumber + "|" + window + "|" + rule + "|" + note);
            return "1";
        };
        return Complaints.onDataSource(fx.dataSource(), queue, fx.sites(), fx.audit(), clock, ComplaintSettings.DEFAULTS,
                CategoryRegistry.withCoreDefaults()::all, conduct, events::add, random);
    }

    /** A ticket issued, called at the window by the actor and finished. */
    private Ticket served(Actor by, long windowId) {
        Ticket t = queue.issue(new IssueRequest(site.code(), "GENERAL", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        queue.callNext(by, windowId).orElseThrow();
        queue.start(by, t.id());
        return queue.finish(by, t.id());
    }

    private RatingRequest rating(Ticket t, RatingLevel level, String... reasons) {
        return new RatingRequest(t.id(), level, List.of(reasons), null, RatingChannel.PAD);
    }

    private long ratings() {
        return fx.count("cmp_rating WHERE site_id = " + site.id());
    }

    private long cases() {
        return fx.count("cmp_complaint WHERE site_id = " + site.id());
    }

    private long audits(String entity) {
        return fx.count("sh_audit_log WHERE entity_type = '" + entity + "'");
    }

    private List<String> topics() {
        return events.stream().map(DomainEvent::topic).toList();
    }

    /** The case assigned to 王芳 by the supervisor and resolved by her after investigating. */
    private Complaint resolvedByWang(Complaint k, Resolution resolution) {
        complaints.assign(sup, k.id(), wang.username());
        complaints.startInvestigation(wang, k.id());
        return complaints.resolve(wang, k.id(), resolution);
    }

    private Complaint phoneCase(String text) {
        return complaints.register(li, site.id(), new ComplaintDraft(ComplaintSource.PHONE, "ATTITUDE", text, "张三", "13812345678", null,
                1, li.username().toUpperCase()));
    }

    // ---- P1

    @EachDatabase("complaint")
    void aSecondRatingOfTheSameVisitIsRefused_P1(HallFixture fixture) {
        start(fixture);
        Ticket t = served(li, window1);
        Rating r = complaints.rate(ComplaintService.CITIZEN, rating(t, RatingLevel.VERY_SATISFIED, "态度好"));
        assertEquals(1, r.windowNumber());
        assertEquals(li.username(), r.staffNumber(), "bound to who served it");
        assertNull(r.complaintId());
        long audited = audits("rating");
        Conflict again = assertThrows(Conflict.class,
                () -> complaints.rate(ComplaintService.CITIZEN, rating(t, RatingLevel.VERY_DISSATISFIED)));
        assertEquals(t.number() + " 号已于 09:00 评价（非常满意）：每次业务只能评价一次。", again.message(Locale.SIMPLIFIED_CHINESE));
        Conflict otherNode = assertThrows(Conflict.class,
                () -> newNode(new Random(7)).rate(ComplaintService.CITIZEN, rating(t, RatingLevel.SATISFIED)));
        assertTrue(otherNode.message(Locale.SIMPLIFIED_CHINESE).contains("每次业务只能评价一次"), otherNode.getMessage());
        assertEquals(1, ratings());
        assertEquals(0, cases(), "the refused bad rating opened no case");
        assertEquals(audited, audits("rating"));
        assertEquals(List.of(ComplaintEvents.RATING_GIVEN), topics());
        assertEquals(RatingLevel.VERY_SATISFIED, complaints.ratingOf(t.id()).orElseThrow().level());
    }

    @EachDatabase("complaint")
    void ratingAnUnknownOrUnfinishedTicketIsRefusedAndNothingIsSaved_P1(HallFixture fixture) {
        start(fixture);
        assertThrows(NotFound.class, () -> complaints.rate(ComplaintService.CITIZEN,
                new RatingRequest(987_654_321L, RatingLevel.SATISFIED, List.of(), null, RatingChannel.PAD)));
        Ticket waiting = queue.issue(new IssueRequest(site.code(), "GENERAL", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        HallException notYet = assertThrows(HallException.class,
                () -> complaints.rate(ComplaintService.CITIZEN, rating(waiting, RatingLevel.VERY_DISSATISFIED)));
        assertEquals(waiting.number() + " 号业务尚未办结：办结后才能评价。", notYet.message(Locale.SIMPLIFIED_CHINESE));
        queue.callNext(li, window1);
        HallException called = assertThrows(HallException.class,
                () -> complaints.rate(ComplaintService.CITIZEN, rating(waiting, RatingLevel.SATISFIED)));
        assertTrue(called.getMessage().contains("is not finished yet"), called.getMessage());
        queue.start(li, waiting.id());
        Ticket done = queue.finish(li, waiting.id());
        ValidationException badReason = assertThrows(ValidationException.class,
                () -> complaints.rate(ComplaintService.CITIZEN, rating(done, RatingLevel.SATISFIED, "好极了")));
        assertTrue(badReason.byField(Locale.SIMPLIFIED_CHINESE).get("reasons").startsWith("好极了 不是可选的原因"), badReason.getMessage());
        ValidationException longComment = assertThrows(ValidationException.class, () -> complaints.rate(ComplaintService.CITIZEN,
                new RatingRequest(done.id(), RatingLevel.SATISFIED, List.of(), "很".repeat(501), RatingChannel.PAD)));
        assertEquals("is 501 characters long; at most 500 are allowed", longComment.byField().get("comment"));
        ValidationException noLevel = assertThrows(ValidationException.class,
                () -> complaints.rate(ComplaintService.CITIZEN, new RatingRequest(done.id(), null, List.of(), null, null)));
        assertTrue(noLevel.byField().containsKey("level"));
        assertEquals(0, ratings());
        assertEquals(0, cases());
        assertTrue(events.isEmpty());
    }

    @EachDatabase("complaint")
    void staffCannotRateTheirOwnService_P1(HallFixture fixture) {
        start(fixture);
        Ticket t = served(li, window1);
        AccessDenied own = assertThrows(AccessDenied.class, () -> complaints.rate(li, rating(t, RatingLevel.VERY_SATISFIED)));
        assertTrue(own.message(Locale.SIMPLIFIED_CHINESE).contains("不能评价自己的服务"), own.getMessage());
        assertEquals(0, ratings());
        assertEquals(RatingLevel.SATISFIED, complaints.rate(wang, rating(t, RatingLevel.SATISFIED)).level(), "a colleague's pad may");
    }

    @EachDatabase("complaint")
    void aBadRatingOpensACaseLinkedToTicketWindowAndStaff_P2(HallFixture fixture) {
        start(fixture);
        Ticket good = served(wang, window2);
        complaints.rate(ComplaintService.CITIZEN, rating(good, RatingLevel.BASICALLY_SATISFIED));
        assertEquals(0, cases(), "基本满意 opens no case");
        Ticket t = served(li, window1);
        Rating r = complaints.rate(ComplaintService.CITIZEN,
                new RatingRequest(t.id(), RatingLevel.VERY_DISSATISFIED, List.of("态度差", "等候久"), "窗口人员玩手机", RatingChannel.PAD));
        assertNotNull(r.complaintId());
        Complaint k = complaints.complaint(sup, r.complaintId());
        assertEquals(ComplaintSource.RATING, k.source());
        assertEquals(ComplaintStatus.REGISTERED, k.status());
        assertEquals(t.id(), k.ticketId());
        assertEquals(1, k.windowNumber());
        assertEquals(li.username(), k.staffNumber());
        assertEquals(r.id(), k.ratingId());
        assertEquals("ATTITUDE", k.category());
        assertEquals("评价" + t.number() + "：非常不满意；原因：态度差、等候久；意见：窗口人员玩手机", k.text());
        assertTrue(k.anonymous());
        assertTrue(k.trackingNumber().matches("TS-20261130-[A-Z2-9]{6}"), k.trackingNumber());
        assertEquals(List.of(ComplaintEvents.RATING_GIVEN, ComplaintEvents.RATING_GIVEN, ComplaintEvents.COMPLAINT_REGISTERED), topics());
        assertEquals(li.username(), events.get(2).properties().get(ComplaintEvents.STAFF_NUMBER));
    }

    @EachDatabase("complaint")
    void thePhoneLinkCarriesATokenSoVisitsCannotBeRatedByGuessing_P1(HallFixture fixture) {
        start(fixture);
        Ticket t = served(li, window1);
        String path = complaints.ratingPath(t);
        assertTrue(path.startsWith("/api/v1/complaint/public/rate/" + t.id() + "?t="), path);
        String token = path.substring(path.indexOf("?t=") + 3);
        assertEquals(path, newNode(new Random(3)).ratingPath(t), "every node uses the installation's secret from the database");
        assertEquals(1, fx.count("cmp_secret"));
        AccessDenied guessed = assertThrows(AccessDenied.class, () -> complaints.rateWithToken(t.id(), "AAAAAAAAAAAAAAAAAAAAAA",
                rating(t, RatingLevel.VERY_DISSATISFIED)));
        assertTrue(guessed.getMessage().contains("not valid for ticket " + t.number()), guessed.getMessage());
        assertEquals(0, ratings());
        Rating r = complaints.rateWithToken(t.id(), token, rating(t, RatingLevel.SATISFIED));
        assertEquals(RatingChannel.PHONE, r.channel());
    }

    // ---- P2/P3

    @EachDatabase("complaint")
    void anEmptyComplaintIsRefusedNamingTheField_P3(HallFixture fixture) {
        start(fixture);
        long audited = audits("complaint");
        ValidationException empty = assertThrows(ValidationException.class, () -> complaints.register(ComplaintService.CITIZEN, site.id(),
                new ComplaintDraft(ComplaintSource.WEB, null, "  ", null, "1381234", null, null, null)));
        assertEquals("请填写投诉内容。", empty.byField(Locale.SIMPLIFIED_CHINESE).get("text"));
        ValidationException bad = assertThrows(ValidationException.class, () -> complaints.register(ComplaintService.CITIZEN, site.id(),
                new ComplaintDraft(ComplaintSource.KIOSK, "NO-SUCH", "太慢了", null, "call me", null, null, null)));
        assertEquals("NO-SUCH 不是当前提供的投诉类别。", bad.byField(Locale.SIMPLIFIED_CHINESE).get("category"));
        assertTrue(bad.byField().containsKey("contactPhone"));
        assertThrows(AccessDenied.class, () -> complaints.register(ComplaintService.CITIZEN, site.id(),
                new ComplaintDraft(ComplaintSource.PHONE, null, "电话投诉", null, null, null, null, null)), "phone records are staff's");
        assertEquals(0, cases());
        assertEquals(audited, audits("complaint"));
        assertTrue(events.isEmpty());
    }

    @EachDatabase("complaint")
    void aWindowTheHallDoesNotHaveIsRefusedAndTodaysTicketLinksTheVisit_P3(HallFixture fixture) {
        start(fixture);
        ValidationException noWindow = assertThrows(ValidationException.class, () -> complaints.register(ComplaintService.CITIZEN,
                site.id(), new ComplaintDraft(ComplaintSource.KIOSK, null, "窗口的人态度很差", null, null, null, 99, null)));
        assertEquals("政务服务中心没有 99 号窗口。", noWindow.byField(Locale.SIMPLIFIED_CHINESE).get("windowNumber"));
        assertEquals(0, cases(), "nothing saved");
        assertTrue(events.isEmpty());

        Ticket visit = served(li, window1);
        Complaint linked = complaints.register(ComplaintService.CITIZEN, site.id(),
                new ComplaintDraft(ComplaintSource.KIOSK, null, "办完了但是等了很久", null, null, " " + visit.number() + " ", null, null));
        assertEquals(visit.id(), linked.ticketId(), "today's ticket links the case to the visit");
        assertEquals(1, linked.windowNumber(), "and to the window that served it");
        Complaint earlier = complaints.register(ComplaintService.CITIZEN, site.id(),
                new ComplaintDraft(ComplaintSource.KIOSK, null, "上周的事", null, null, "A999", 2, null));
        assertEquals(null, earlier.ticketId(), "a number not issued today is kept as written");
        assertEquals("A999", earlier.ticketNumber());
        assertEquals(2, earlier.windowNumber());
    }

    @EachDatabase("complaint")
    void contactDataIsMaskedForEveryoneButThoseHandlingTheCase_P3_S3(HallFixture fixture) {
        start(fixture);
        Complaint asRecorded = phoneCase("王芳办理时态度生硬");
        assertEquals("张*", asRecorded.contactName(), "the recording staff member does not handle the case");
        assertEquals("138****5678", asRecorded.contactPhone());
        assertFalse(asRecorded.contactVisible());
        assertEquals("张三", complaints.complaint(sup, asRecorded.id()).contactName());
        complaints.assign(sup, asRecorded.id(), wang.username());
        assertEquals("13812345678", complaints.complaint(wang, asRecorded.id()).contactPhone(), "the owner handles it");
        assertEquals("138****5678", complaints.complaints(li, site.id(), true).get(0).contactPhone());
        ComplaintTracking public_ = complaints.track(asRecorded.trackingNumber().toLowerCase());
        assertEquals(ComplaintStatus.ASSIGNED, public_.status());
        assertFalse(public_.toString().contains("张三") || public_.toString().contains("5678"), "no contact data on the public page");
        assertEquals(0, fx.count("sh_audit_log WHERE entity_type = 'complaint' AND (after_state LIKE '%5678%' OR after_state LIKE '%张三%')"),
                "not in the audit log either");
        Complaint anonymous = complaints.register(ComplaintService.CITIZEN, site.id(),
                new ComplaintDraft(ComplaintSource.WEB, null, "等了两个小时", null, null, null, null, null));
        assertTrue(anonymous.anonymous());
        assertEquals("OTHER", anonymous.category());
        assertThrows(NotFound.class, () -> complaints.track("TS-20261130-AAAAAA"));
        assertThrows(ValidationException.class, () -> complaints.track("12345"));
    }

    @EachDatabase("complaint")
    void personalDataInFreeTextIsMaskedForThoseWhoSeeTheContactMasked_S3(HallFixture fixture) {
        start(fixture);
        String text = "市民张三来电：手机 138-1234-5678，身份证 11010519900307123X，家里 (010)6512 3456；取号 A012，2026-11-30 缴费 120.50 元";
        String masked = "市民张*来电：手机 138****5678，身份证 110***********123X，家里 010****3456；取号 A012，2026-11-30 缴费 120.50 元";
        Complaint asRecorded = phoneCase(text);
        assertEquals(masked, asRecorded.text(), "the recording staff member sees 张* 138****5678 in the contact fields, so in the text too");
        assertEquals(text, complaints.complaint(sup, asRecorded.id()).text());
        complaints.assign(sup, asRecorded.id(), wang.username());
        assertEquals(text, complaints.complaint(wang, asRecorded.id()).text(), "the owner handles it");
        assertEquals(masked, complaints.complaints(li, site.id(), true).get(0).text());

        complaints.startInvestigation(wang, asRecorded.id());
        complaints.resolve(wang, asRecorded.id(), new Resolution("已回电张三 13812345678 核实属实", "批评教育，已告知张三", true, true, null, null,
                null, null));
        Complaint seenByColleague = complaints.complaint(li, asRecorded.id());
        assertEquals("已回电张* 138****5678 核实属实", seenByColleague.finding());
        assertEquals("批评教育，已告知张*", seenByColleague.action());
        assertEquals("已回电张三 13812345678 核实属实", complaints.complaint(sup, asRecorded.id()).finding());
        assertEquals(List.of(li.username().toUpperCase() + "|1|BEHAVIOUR-1|投诉 " + asRecorded.trackingNumber() + "：已回电张* 138****5678 核实属实"),
                proposed, "the violation candidate reaches the staff member's own page: masked");

        complaints.giveFeedback(wang, asRecorded.id(), "已致电 +86 138 1234 5678 告知张三处理结果");
        assertEquals("已致电 +86 138****5678 告知张*处理结果", complaints.complaint(li, asRecorded.id()).feedback());
        assertEquals("已致电 +86 138****5678 告知张*处理结果", complaints.track(asRecorded.trackingNumber()).feedback(),
                "the public tracking page masks for everyone");

        Rectification r = complaints.rectifications(site.id(), true).get(0);
        complaints.completeRectification(wang, r.id(), "已回访 13812345678，对方满意");
        assertEquals("已回访 138****5678，对方满意", complaints.rectifications(li, site.id(), false).get(0).evidence(), "a colleague");
        assertEquals("已回访 13812345678，对方满意", complaints.rectifications(wang, site.id(), false).get(0).evidence(), "its owner");
        assertEquals("已回访 13812345678，对方满意", complaints.rectifications(sup, site.id(), false).get(0).evidence());
    }

    @EachDatabase("complaint")
    void aRectificationShowsAColleagueTheComplainantsNameMaskedAsTheCaseDoes_S3_P4(HallFixture fixture) {
        start(fixture);
        Complaint k = resolvedByWang(phoneCase("窗口人员态度差"), Resolution.builder("属实", "批评教育，已告知张三").confirmed(true).build());
        assertEquals("批评教育，已告知张*", complaints.complaint(li, k.id()).action(), "the case masks the name for a colleague");
        assertEquals("批评教育，已告知张三", complaints.rectifications(site.id(), true).get(0).what(), "the task is to do what the action says");
        assertEquals("批评教育，已告知张*", complaints.rectifications(li, site.id(), true).get(0).what(),
                "the task's text masks it for a colleague too");
        assertEquals("批评教育，已告知张三", complaints.rectifications(wang, site.id(), true).get(0).what(), "its owner");
        ComplaintResource rest = new ComplaintResource(complaints, complaints, complaints, complaints, complaints, fx.sites());
        assertEquals("批评教育，已告知张*", rest.rectifications(site.code(), true, signedIn(li)).get(0).what(), "the REST answer as well");
        assertEquals("批评教育，已告知张三", rest.rectifications(site.code(), true, signedIn(sup)).get(0).what());
    }

    /** What the REST host hands a resource for a signed-in caller. */
    private static SecurityContext signedIn(Actor actor) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new ActorPrincipal(actor);
            }

            @Override
            public boolean isUserInRole(String role) {
                return actor.roles().stream().anyMatch(r -> r.name().equals(role));
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    @EachDatabase("complaint")
    void theWorkflowRunsInOrderAndAStepOutOfOrderChangesNothing_P2_C3(HallFixture fixture) {
        start(fixture);
        Complaint k = phoneCase("推诿，让我跑了三趟");
        long audited = audits("complaint");
        InvalidComplaintState early = assertThrows(InvalidComplaintState.class,
                () -> complaints.resolve(sup, k.id(), Resolution.notConfirmed("查无此事", "无")));
        assertEquals("投诉 " + k.trackingNumber() + " 当前为“已登记”：只有在“调查核实中”时才能处理。",
                early.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("REGISTERED", early.current());
        assertThrows(AccessDenied.class, () -> complaints.assign(li, k.id(), wang.username()), "assigning is a supervisor's");
        ValidationException nobody = assertThrows(ValidationException.class, () -> complaints.assign(sup, k.id(), "nobody"));
        assertEquals("nobody 不是本大厅的工作人员。", nobody.byField(Locale.SIMPLIFIED_CHINESE).get("owner"));
        assertEquals(audited + 1, audits("complaint"), "the refused assignment alone is audited (S1)");
        assertEquals(ComplaintStatus.REGISTERED, complaints.complaint(sup, k.id()).status());
        events.clear();

        complaints.assign(sup, k.id(), wang.username());
        assertThrows(AccessDenied.class, () -> complaints.startInvestigation(li, k.id()), "only the owner or a supervisor");
        complaints.startInvestigation(wang, k.id());
        InvalidComplaintState rejectLate = assertThrows(InvalidComplaintState.class, () -> complaints.reject(sup, k.id(), "不属实"));
        assertTrue(rejectLate.getMessage().contains("is Investigating: you can reject only when it is Registered or Accepted"),
                rejectLate.getMessage());
        assertThrows(InvalidComplaintState.class, () -> complaints.close(sup, k.id()));
        Complaint resolved = complaints.resolve(wang, k.id(), new Resolution("经调取录像核实属实", "对当事人批评教育，窗口一次性告知", true, true,
                null, null, null, null));
        assertEquals(ComplaintStatus.RESOLVED, resolved.status());
        assertTrue(resolved.confirmed());
        assertEquals(List.of(li.username().toUpperCase() + "|1|BEHAVIOUR-1|投诉 " + k.trackingNumber() + "：经调取录像核实属实"), proposed,
                "a violation candidate, not a final one");
        // C3: the feedback is a text to a citizen: the conduct area's forbidden-phrase check refuses it, named, and nothing changes
        ForbiddenPhraseMatcher matcher = new ForbiddenPhraseMatcher(
                List.of(new ForbiddenPhraseMatcher.Entry("有意见找领导去", "您的意见我们会认真改进")));
        List<String> refused = new ArrayList<>();
        complaints.useTextChecks(List.of(new CitizenTextCheck() {
            @Override
            public List<TextFinding> check(long siteId, String text) {
                return matcher.find(text);
            }

            @Override
            public void refused(Actor actor, long siteId, String text, List<TextFinding> findings) {
                refused.add(actor.username() + ": " + text);
            }
        }));
        ValidationException rude = assertThrows(ValidationException.class,
                () -> complaints.giveFeedback(wang, k.id(), "已处理，有 意见找领导去"));
        assertEquals("contains the forbidden phrase “有意见找领导去”; say instead: “您的意见我们会认真改进”", rude.byField().get("feedback"));
        assertEquals(1, refused.size(), "the attempt is on record");
        assertEquals(ComplaintStatus.RESOLVED, complaints.complaint(sup, k.id()).status(), "nothing changed");
        complaints.giveFeedback(wang, k.id(), "已电话告知处理结果");
        assertThrows(AccessDenied.class, () -> complaints.close(wang, k.id()), "closing is a supervisor's");
        Complaint closed = complaints.close(sup, k.id());
        assertEquals(ComplaintStatus.CLOSED, closed.status());
        assertNotNull(closed.closedAt());
        assertEquals("已电话告知处理结果", complaints.track(k.trackingNumber()).feedback());
        assertEquals(List.of(ComplaintEvents.COMPLAINT_STEP_TAKEN, ComplaintEvents.COMPLAINT_STEP_TAKEN, ComplaintEvents.COMPLAINT_STEP_TAKEN,
                ComplaintEvents.RECTIFICATION_OPENED, ComplaintEvents.COMPLAINT_STEP_TAKEN, ComplaintEvents.COMPLAINT_STEP_TAKEN), topics());
        assertEquals(audited + 5 + 2, audits("complaint"), "five steps and two refusals (S1: refusals are audited)");

        Complaint other = phoneCase("态度不好");
        ValidationException noReason = assertThrows(ValidationException.class, () -> complaints.reject(sup, other.id(), " "));
        assertEquals("must not be empty", noReason.byField().get("reason"));
        assertEquals(ComplaintStatus.REJECTED, complaints.reject(sup, other.id(), "非本厅业务，已告知向主管部门反映").status());
        assertEquals("非本厅业务，已告知向主管部门反映", complaints.track(other.trackingNumber()).rejectionReason());
    }

    @EachDatabase("complaint")
    void aConfirmedComplaintsRectificationIsTrackedToVerification_P4(HallFixture fixture) {
        start(fixture);
        resolvedByWang(phoneCase("窗口无人"), Resolution.builder("属实：离岗未放暂停牌", "批评教育").confirmed(true)
                .rectification("离岗必须放置暂停服务牌").rectificationOwner(li.username()).build());
        assertTrue(proposed.isEmpty(), "not at fault: no violation candidate");
        Rectification r = complaints.rectifications(site.id(), true).get(0);
        assertEquals(RectificationStatus.OPEN, r.status());
        assertEquals(li.username(), r.owner());
        assertEquals(LocalDate.of(2026, 12, 14), r.due(), "10 working days from Monday 30 November");
        assertEquals("离岗必须放置暂停服务牌", r.what());
        assertThrows(AccessDenied.class, () -> complaints.completeRectification(wang, r.id(), "已整改"), "only its owner or a supervisor");
        ValidationException noEvidence = assertThrows(ValidationException.class, () -> complaints.completeRectification(li, r.id(), ""));
        assertEquals("must not be empty", noEvidence.byField().get("evidence"));
        Conflict notDone = assertThrows(Conflict.class, () -> complaints.verifyRectification(sup, r.id()));
        assertTrue(notDone.message(Locale.SIMPLIFIED_CHINESE).contains("当前为“整改中”"), notDone.getMessage());
        assertEquals(RectificationStatus.DONE, complaints.completeRectification(li, r.id(), "已配置暂停服务牌并培训").status());
        assertThrows(AccessDenied.class, () -> complaints.verifyRectification(li, r.id()));
        Rectification verified = complaints.verifyRectification(sup, r.id());
        assertEquals(RectificationStatus.VERIFIED, verified.status());
        assertEquals(sup.username(), verified.verifiedBy());
        assertTrue(complaints.rectifications(site.id(), true).isEmpty());
        assertThrows(Conflict.class, () -> complaints.verifyRectification(sup, r.id()));
        assertEquals(3, fx.count("sh_audit_log WHERE entity_type = 'rectification' AND entity_id = '" + r.id() + "'"));
    }

    @EachDatabase("complaint")
    void overNationalDayTheReminderComesOnTheMakeUpSaturdayAndOverdueCasesEscalate_P2(HallFixture fixture) {
        start(fixture);
        for (int day = 1; day <= 8; day++) {
            fx.sites().setCalendarDay(ADMIN, site.id(), new CalendarDay(LocalDate.of(2026, 10, day), CalendarDay.Kind.HOLIDAY, "国庆节"));
        }
        fx.sites().setCalendarDay(ADMIN, site.id(), new CalendarDay(LocalDate.of(2026, 10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        clock.set(LocalDate.of(2026, 9, 28).atTime(10, 0));
        Complaint k = phoneCase("态度差");
        assertEquals(LocalDate.of(2026, 10, 12), k.acceptanceDue(), "9-29, 9-30, 10-9, 10-10 (make-up), 10-12");
        events.clear();
        clock.set(LocalDate.of(2026, 10, 9).atTime(10, 0));
        assertEquals(0, complaints.checkDeadlines(site.id()));
        clock.set(LocalDate.of(2026, 10, 10).atTime(10, 0));
        assertEquals(1, complaints.checkDeadlines(site.id()));
        assertEquals(0, newNode(new Random(5)).checkDeadlines(site.id()), "reminded once, also by another node");
        assertEquals(List.of(ComplaintEvents.DEADLINE_NEAR), topics());
        assertEquals("ACCEPTANCE", events.get(0).properties().get(ComplaintEvents.STAGE));
        clock.set(LocalDate.of(2026, 10, 13).atTime(10, 0));
        assertEquals(1, complaints.checkDeadlines(site.id()));
        Complaint overdue = complaints.complaint(sup, k.id());
        assertEquals(1, overdue.escalationLevel());
        assertEquals(DeadlineStage.ACCEPTANCE, overdue.escalationStage());
        assertEquals("SUPERVISOR", events.get(1).properties().get(ComplaintEvents.ESCALATED_TO));
        clock.set(LocalDate.of(2026, 10, 15).atTime(10, 0));
        assertEquals(0, complaints.checkDeadlines(site.id()), "3 working days overdue: still with the supervisors");
        clock.set(LocalDate.of(2026, 10, 16).atTime(10, 0));
        assertEquals(1, complaints.checkDeadlines(site.id()));
        assertEquals(2, complaints.complaint(sup, k.id()).escalationLevel());
        assertEquals("ADMIN", events.get(2).properties().get(ComplaintEvents.ESCALATED_TO));
        assertEquals(0, complaints.checkDeadlines(site.id()));
        assertEquals(3, events.size());
        assertEquals(2, fx.count("sh_audit_log WHERE entity_type = 'complaint' AND action = 'escalate' AND entity_id = '" + k.id() + "'"));
    }

    @EachDatabase("complaint")
    void deadlinesAreConfigurablePerSite_P2(HallFixture fixture) {
        start(fixture);
        assertEquals(DeadlineSettings.DEFAULTS, complaints.deadlineSettings(site.id()));
        assertThrows(AccessDenied.class, () -> complaints.setDeadlineSettings(sup, site.id(), new DeadlineSettings(3, 10, 15, 2)));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> complaints.setDeadlineSettings(ADMIN, site.id(), new DeadlineSettings(5, 3, 20, 3)));
        assertTrue(bad.byField().containsKey("resolutionDays"));
        complaints.setDeadlineSettings(ADMIN, site.id(), new DeadlineSettings(3, 10, 15, 2));
        Complaint k = phoneCase("慢");
        assertEquals(LocalDate.of(2026, 12, 3), k.acceptanceDue());
        assertEquals(LocalDate.of(2026, 12, 14), k.resolutionDue());
        assertEquals(LocalDate.of(2026, 12, 21), k.feedbackDue());
    }

    // ---- M1 figures for the assessment

    @EachDatabase("complaint")
    void theFiguresCasesAndTrackingAnswerWhatTheOpenApiDocumentSays_M1_P2(HallFixture fixture) {
        start(fixture);
        complaints.rate(ComplaintService.CITIZEN, rating(served(wang, window2), RatingLevel.SATISFIED));
        Complaint k = resolvedByWang(phoneCase("态度生硬"), Resolution.builder("属实", "批评教育").confirmed(true).build());
        List<StaffFeedback> lines = complaints.byStaff(site.id(), MONDAY, MONDAY);
        assertTrue(lines.stream().anyMatch(l -> Double.isNaN(l.averageScore())), "a staff member with complaints and no ratings: " + lines);
        OpenApiCheck api = new OpenApiCheck(ComplaintResource.class, PublicResource.class);
        String path = "/v1/complaint/sites/" + site.code() + "/feedback";
        List<ComplaintResource.FeedbackJson> answer = lines.stream().map(ComplaintResource.FeedbackJson::of).toList();
        assertEquals(List.of(), api.problemsOfGet(path, answer), OpenApiCheck.json(answer));
        assertFalse(OpenApiCheck.json(answer).contains("NaN"), "JSON has no NaN: no average is null");
        assertEquals(List.of(), api.problemsOfGet("/v1/complaint/sites/" + site.code() + "/complaints", complaints.complaints(li, site.id(), false)));
        assertEquals(List.of(), api.problemsOfGet("/v1/complaint/complaints/" + k.id(), complaints.complaint(sup, k.id())));
        assertEquals(List.of(), api.problemsOfGet("/v1/complaint/sites/" + site.code() + "/rectifications",
                complaints.rectifications(site.id(), false)));
        assertEquals(List.of(), api.problemsOfGet("/v1/complaint/public/track/" + k.trackingNumber() + "/status",
                complaints.track(k.trackingNumber())));
    }

    @EachDatabase("complaint")
    void feedbackReportsCountRatingsAndComplaintsPerStaff_P1_P2(HallFixture fixture) {
        start(fixture);
        complaints.rate(ComplaintService.CITIZEN, rating(served(li, window1), RatingLevel.VERY_SATISFIED));
        Rating bad = complaints.rate(ComplaintService.CITIZEN, rating(served(li, window1), RatingLevel.VERY_DISSATISFIED, "态度差"));
        complaints.rate(ComplaintService.CITIZEN, rating(served(wang, window2), RatingLevel.SATISFIED));
        complaints.assign(sup, bad.complaintId(), wang.username());
        complaints.startInvestigation(sup, bad.complaintId());
        complaints.resolve(sup, bad.complaintId(), new Resolution("属实", "批评教育", true, false, null, null, null, null));
        List<StaffFeedback> lines = complaints.byStaff(site.id(), MONDAY, MONDAY);
        assertEquals(2, lines.size());
        StaffFeedback l = lines.stream().filter(x -> x.staffNumber().equals(li.username())).findFirst().orElseThrow();
        assertEquals(2, l.ratingCount());
        assertEquals(1L, l.ratings().get(RatingLevel.VERY_DISSATISFIED));
        assertEquals(3.0, l.averageScore(), 1e-9);
        assertEquals(1, l.complaints());
        assertEquals(1, l.confirmedComplaints());
        StaffFeedback w = lines.stream().filter(x -> x.staffNumber().equals(wang.username())).findFirst().orElseThrow();
        assertEquals(4.0, w.averageScore(), 1e-9);
        assertEquals(0, w.complaints());
        assertTrue(complaints.byStaff(site.id(), MONDAY.plusDays(1), MONDAY.plusDays(7)).isEmpty());
        assertThrows(ValidationException.class, () -> complaints.byStaff(site.id(), MONDAY, MONDAY.minusDays(1)));
        List<String> unused = new ArrayList<>();
        assertTrue(unused.isEmpty());
    }

    // ---- S3: retention, export and erasure on request (issue 16)

    @EachDatabase("complaint")
    void contactDataIsAnonymisedAfterTheRetentionPeriodAndErasedOnRequestButNotWhileTheCaseIsOpen_S3(HallFixture fixture) {
        start(fixture);
        ComplaintPersonalData data = new ComplaintPersonalData(new ComplaintParts(new ComplaintStore(fx.dataSource()), fx.sites(), fx.audit(),
                clock, e -> { }));
        String phone = "139" + String.format("%08d", site.id());
        Complaint old = complaints.register(li, site.id(), new ComplaintDraft(ComplaintSource.PHONE, "ATTITUDE",
                "我是欧阳娜，电话" + phone + "，身份证110105199003071234", "欧阳娜", phone, null, 1, null));
        complaints.reject(sup, old.id(), "不属实");
        Complaint open = complaints.register(li, site.id(), new ComplaintDraft(ComplaintSource.PHONE, "ATTITUDE", "又来投诉", "欧阳娜", phone,
                null, 1, null));
        assertEquals(2, data.export(phone).size(), "both are the citizen's");
        assertTrue(data.export(phone).get(0).contains("欧阳娜"), "the export holds the data as stored");

        java.time.Instant now = clock.instant();
        assertEquals(0, data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), Map.of()), "closed today: kept for a year");
        assertEquals(0, data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), Map.of("OTHER", now.plusSeconds(1))),
                "another site's shorter period is not this site's");
        assertEquals(1, data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), Map.of(site.code(), now.plusSeconds(1))),
                "this site's own period lapsed");
        Complaint anonymised = complaints.complaint(sup, old.id());
        assertNull(anonymised.contactName());
        assertNull(anonymised.contactPhone());
        assertEquals("我是欧**，电话139****" + phone.substring(7) + "，身份证110***********1234", anonymised.text());
        assertEquals(ComplaintStatus.REJECTED, anonymised.status(), "the case and its counts stay");
        assertEquals(2, cases());
        assertEquals(1, data.export(phone).size(), "only the open case still has the phone");

        PersonalData.Erasure erasure = data.erase(ADMIN, phone);
        assertEquals(0, erasure.erased());
        assertEquals(List.of("complaint " + open.trackingNumber() + " is still open: its contact data is kept until it is closed"),
                erasure.kept());
        assertEquals("欧阳娜", complaints.complaint(sup, open.id()).contactName(), "an open case keeps its contact");
        complaints.reject(sup, open.id(), "重复投诉");
        assertEquals(1, data.erase(ADMIN, phone).erased());
        assertEquals(List.of(), data.export(phone));
        assertEquals(2, fx.count("sh_audit_log WHERE entity_type = 'complaint' AND action = 'anonymise' AND entity_id IN ('" + old.id()
                + "', '" + open.id() + "')"), "each anonymisation audited");
    }

    /** S3: a rating's comment, the citizen's own words, is blanked once the retention period lapsed; the level and score stay (M1). */
    @EachDatabase("complaint")
    void aRatingsCommentIsBlankedAfterTheRetentionPeriodAndItsLevelStays_S3(HallFixture fixture) {
        start(fixture);
        RatingPersonalData data = new RatingPersonalData(new ComplaintParts(new ComplaintStore(fx.dataSource()), fx.sites(), fx.audit(),
                clock, e -> { }));
        Rating rated = complaints.rate(ComplaintService.CITIZEN, new RatingRequest(served(li, window1).id(), RatingLevel.DISSATISFIED, List.of(),
                "我是欧阳娜 13912345678，等了很久", RatingChannel.PAD));
        java.time.Instant now = clock.instant();
        assertEquals(0, data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), Map.of()), "rated today: kept for a year");
        assertEquals(1, fx.count("cmp_rating WHERE id = " + rated.id() + " AND comment_text IS NOT NULL"));
        assertTrue(data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), Map.of(site.code(), now.plusSeconds(1))) >= 1,
                "this site's own period lapsed");
        assertEquals(1, fx.count("cmp_rating WHERE id = " + rated.id() + " AND comment_text IS NULL AND rating_level = 'DISSATISFIED'"),
                "the comment is gone, the level stays");
        assertEquals(1, fx.count("sh_audit_log WHERE entity_type = 'rating' AND action = 'anonymise' AND entity_id = '" + rated.id() + "'"));
        assertEquals(List.of(), data.export("13912345678"), "a rating is found by no phone");
    }
}
