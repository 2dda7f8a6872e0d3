package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintStep;
import org.servicehall.complaint.InvalidComplaintState;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Resolution;
import org.servicehall.queue.Channel;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** The plain rules of ratings and complaints, one per requirement, in milliseconds. */
class RulesTest {

    private static Ticket ticket(TicketStatus status) {
        return new Ticket(7, 1, "GENERAL", "A007", 7, LocalDate.of(2026, 11, 30), PriorityClass.NORMAL, Channel.KIOSK, status,
                Instant.EPOCH, null, null, null, 1, null, 0, 0, null);
    }

    // ---- P1

    @Test
    void onlyAFinishedVisitIsRated_P1() {
        RatingRules.checkFinished(ticket(TicketStatus.DONE));
        for (TicketStatus s : EnumSet.complementOf(EnumSet.of(TicketStatus.DONE))) {
            HallException e = assertThrows(HallException.class, () -> RatingRules.checkFinished(ticket(s)));
            assertEquals("A007 号业务尚未办结：办结后才能评价。", e.message(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void staffDoNotRateTheirOwnServiceByAccountOrStaffNumber_P1() {
        Ticket t = ticket(TicketStatus.DONE);
        assertThrows(AccessDenied.class, () -> RatingRules.checkNotOwnService(t, Optional.of("D001"), "d001", Optional.empty()));
        assertThrows(AccessDenied.class, () -> RatingRules.checkNotOwnService(t, Optional.of("D001"), "li.ming", Optional.of("d001")));
        RatingRules.checkNotOwnService(t, Optional.of("D001"), "d002", Optional.of("D002"));
        RatingRules.checkNotOwnService(t, Optional.empty(), "d001", Optional.of("D001"));
    }

    @Test
    void reasonsComeFromTheListAndCommentsHaveAMaximumLength_P1() {
        RatingRules.check(new RatingRequest(1, RatingLevel.SATISFIED, List.of("态度好"), "很好", RatingChannel.PAD), RatingRules.DEFAULT_REASONS, 10);
        ValidationException e = assertThrows(ValidationException.class, () -> RatingRules.check(new RatingRequest(1, null,
                List.of("态度好", "态度好", "随便"), "1234567890X", RatingChannel.PAD), RatingRules.DEFAULT_REASONS, 10));
        assertEquals("请选择满意程度。", e.byField(Locale.SIMPLIFIED_CHINESE).get("level"));
        assertTrue(e.byField().get("reasons").startsWith("随便 is not one of the reasons"), e.getMessage());
        assertTrue(e.errors().stream().anyMatch(x -> x.message(Locale.SIMPLIFIED_CHINESE).equals("同一原因勾选了两次。")));
        assertEquals("is 11 characters long; at most 10 are allowed", e.byField().get("comment"));
    }

    @Test
    void aBadRatingsCaseSaysWhatWasRatedAndWhy_P2() {
        assertTrue(RatingLevel.DISSATISFIED.bad() && RatingLevel.VERY_DISSATISFIED.bad() && !RatingLevel.BASICALLY_SATISFIED.bad());
        assertEquals("评价A007：不满意；原因：推诿", RatingRules.complaintText(RatingLevel.DISSATISFIED, List.of("推诿"), " ", "A007"));
        assertEquals("ATTITUDE", RatingRules.category(List.of("等候久", "推诿")));
        assertEquals("EFFICIENCY", RatingRules.category(List.of("等候久")));
        assertEquals("OTHER", RatingRules.category(List.of()));
    }

    @Test
    void theRatingTokenDependsOnSiteDayAndNumberAndTheSecret_P1() {
        RatingTokens tokens = new RatingTokens("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        LocalDate day = LocalDate.of(2026, 11, 30);
        String t = tokens.token(1, day, "A007");
        assertEquals(22, t.length());
        assertTrue(tokens.valid(1, day, "A007", t));
        assertFalse(tokens.valid(1, day, "A008", t), "the next number");
        assertFalse(tokens.valid(2, day, "A007", t), "another site");
        assertFalse(tokens.valid(1, day.plusDays(1), "A007", t), "the same number tomorrow");
        assertFalse(tokens.valid(1, day, "A007", null));
        assertNotEquals(t, new RatingTokens("another-installation-secret-0000".getBytes(StandardCharsets.US_ASCII)).token(1, day, "A007"));
        assertThrows(IllegalArgumentException.class, () -> new RatingTokens(new byte[4]));
    }

    // ---- P2/P3

    @Test
    void anEmptyComplaintNamesTheField_P3() {
        ValidationException e = assertThrows(ValidationException.class, () -> ComplaintRules.check(
                new ComplaintDraft(ComplaintSource.WEB, null, " ", null, null, null, null, null), c -> true));
        assertEquals("请填写投诉内容。", e.byField(Locale.SIMPLIFIED_CHINESE).get("text"));
        ValidationException phone = assertThrows(ValidationException.class, () -> ComplaintRules.check(
                new ComplaintDraft(ComplaintSource.WEB, "X", "慢", "x".repeat(101), "abc", null, 0, null), c -> false));
        assertEquals(Set.of("contactName", "contactPhone", "category", "windowNumber"), phone.byField().keySet());
        ComplaintRules.check(new ComplaintDraft(ComplaintSource.KIOSK, null, "慢", null, "010-12345678", null, null, null), c -> false);
    }

    @Test
    void trackingNumbersCarryTheDayAndSixRandomCharacters_P2() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = ComplaintRules.trackingNumber(LocalDate.of(2026, 11, 30), random);
            assertTrue(n.matches("TS-20261130-[A-HJ-NP-Z2-9]{6}"), n);
            assertTrue(ComplaintRules.looksLikeTrackingNumber(n));
            seen.add(n);
        }
        assertEquals(1000, seen.size());
        assertFalse(ComplaintRules.looksLikeTrackingNumber("TS-20261130-0001"));
    }

    @Test
    void aResolutionNeedsFindingAndActionAndFaultOnlyWhenConfirmed_P2_P4() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ComplaintRules.check(new Resolution("", null, false, true, null, null, null, null)));
        assertEquals(Set.of("finding", "action", "staffAtFault"), e.byField().keySet());
        ComplaintRules.check(new Resolution("属实", "批评教育", true, true, "BEHAVIOUR-1", null, null, null));
    }

    @Test
    void workflowStepsFollowTheOrderAndNameTheCurrentState_P2() {
        assertEquals(Set.of(ComplaintStep.ASSIGN, ComplaintStep.REJECT), WorkflowRules.steps(ComplaintStatus.REGISTERED));
        assertEquals(Set.of(ComplaintStep.ASSIGN, ComplaintStep.INVESTIGATE, ComplaintStep.REJECT), WorkflowRules.steps(ComplaintStatus.ASSIGNED));
        assertEquals(Set.of(ComplaintStep.RESOLVE), WorkflowRules.steps(ComplaintStatus.INVESTIGATING));
        assertEquals(Set.of(ComplaintStep.GIVE_FEEDBACK), WorkflowRules.steps(ComplaintStatus.RESOLVED));
        assertEquals(Set.of(ComplaintStep.CLOSE), WorkflowRules.steps(ComplaintStatus.FEEDBACK_GIVEN));
        assertTrue(WorkflowRules.steps(ComplaintStatus.CLOSED).isEmpty());
        assertTrue(WorkflowRules.steps(ComplaintStatus.REJECTED).isEmpty());
        InvalidComplaintState e = assertThrows(InvalidComplaintState.class,
                () -> WorkflowRules.check("TS-20261130-ABCDEF", ComplaintStatus.RESOLVED, ComplaintStep.CLOSE));
        assertEquals("Case TS-20261130-ABCDEF is Resolved: you can close only when it is Feedback given.", e.getMessage());
        assertEquals("RESOLVED", e.current());
        for (ComplaintStep s : ComplaintStep.values()) {
            assertFalse(WorkflowRules.from(s).contains(WorkflowRules.to(s)) && s != ComplaintStep.ASSIGN, s + " moves the case on");
        }
    }

    // ---- S3

    @Test
    void onlySupervisorsAndTheOwnerSeeContactData_S3() {
        Complaint k = Complaint.builder().id(1).siteId(1).trackingNumber("TS-20261130-ABCDEF").source(ComplaintSource.WEB).category("OTHER")
                .text("慢").contactName("张三").contactPhone("13812345678").status(ComplaintStatus.ASSIGNED).owner("d002")
                .registeredAt(Instant.EPOCH).registeredOn(LocalDate.of(2026, 11, 30)).build();
        Actor owner = new Actor("d002", "王芳", EnumSet.of(Role.STAFF));
        Actor colleague = new Actor("d001", "李明", EnumSet.of(Role.STAFF));
        Actor supervisor = new Actor("sup", "督查", EnumSet.of(Role.SUPERVISOR));
        assertEquals("张三", MaskedViews.of(owner, k).contactName());
        assertEquals("13812345678", MaskedViews.of(supervisor, k).contactPhone());
        Complaint masked = MaskedViews.of(colleague, k);
        assertEquals("张*", masked.contactName());
        assertEquals("138****5678", masked.contactPhone());
        assertFalse(masked.contactVisible());
    }

    // ---- P3 category files

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void categoryFilesAreReadAndAMalformedOneNamesFileAndKey_P3() {
        List<ComplaintCategory> list = CategoryFiles.read("x.properties", text("category.B.name = 乙\ncategory.A.name = 甲\n"
                + "category.A.name.en = A\ncategory.A.order = 5\n"), "hospital");
        assertEquals(List.of("A", "B"), list.stream().map(ComplaintCategory::code).toList());
        assertEquals("乙", list.get(1).nameEn(), "the Chinese name stands in for a missing English one");
        HallException badKey = assertThrows(HallException.class, () -> CategoryFiles.read("h.properties", text("categry.A.name = 甲"), "x"));
        assertTrue(badKey.getMessage().startsWith("h.properties: key 'categry.A.name'"), badKey.getMessage());
        HallException noName = assertThrows(HallException.class, () -> CategoryFiles.read("h.properties", text("category.A.order = 1"), "x"));
        assertEquals("h.properties: key 'category.A.name' is missing or empty", noName.getMessage());
        HallException order = assertThrows(HallException.class,
                () -> CategoryFiles.read("h.properties", text("category.A.name = 甲\ncategory.A.order = first"), "x"));
        assertEquals("h.properties: key 'category.A.order': 'first' is not a whole number", order.getMessage());
    }

    @Test
    void pluginCategoriesComeAndGoAndCannotTakeACoreCode_P3() throws IOException {
        CategoryRegistry registry = CategoryRegistry.withCoreDefaults();
        assertTrue(registry.all().stream().anyMatch(c -> c.code().equals("ATTITUDE") && c.name().equals("服务态度")));
        int core = registry.all().size();
        try (InputStream in = new FileInputStream("../../plugins/hospital/src/main/resources/HALL-INF/complaint/hospital.properties")) {
            registry.add(17, "hospital.properties", CategoryFiles.read("hospital.properties", in, "hospital"));
        }
        try (InputStream in = new FileInputStream("../../plugins/tax-hall/src/main/resources/HALL-INF/complaint/tax-hall.properties")) {
            registry.add(18, "tax-hall.properties", CategoryFiles.read("tax-hall.properties", in, "tax-hall"));
        }
        assertTrue(registry.all().stream().anyMatch(c -> c.code().equals("H-BILLING") && c.sector().equals("hospital")));
        assertEquals("OTHER", registry.all().get(registry.all().size() - 1).code(), "其他 stays last");
        HallException clash = assertThrows(HallException.class,
                () -> registry.add(19, "x.properties", CategoryFiles.read("x.properties", text("category.ATTITUDE.name = 态度"), "x")));
        assertTrue(clash.getMessage().startsWith("x.properties: key 'category.ATTITUDE.name'"), clash.getMessage());
        assertTrue(registry.remove(17));
        assertTrue(registry.all().stream().noneMatch(c -> c.code().startsWith("H-")));
        assertTrue(registry.remove(18));
        assertEquals(core, registry.all().size());
    }

    /** Issue 10 item 7: what citizens type at the kiosk and on the rating pad refuses control and direction characters (P1, P3). */
    @Test
    void complaintTextsAndRatingCommentsRefuseControlAndDirectionCharacters_P1_P3() {
        ValidationException text = assertThrows(ValidationException.class, () -> ComplaintRules.check(
                new ComplaintDraft(ComplaintSource.KIOSK, null, "态度\u202e不好", null, null, null, null, null), c -> true));
        assertEquals("text", text.errors().get(0).field());
        ValidationException comment = assertThrows(ValidationException.class, () -> RatingRules.check(
                new RatingRequest(1, RatingLevel.SATISFIED, List.of(), "很好\u0000", RatingChannel.PAD), RatingRules.DEFAULT_REASONS, 100));
        assertEquals("comment", comment.errors().get(0).field());
        RatingRules.check(new RatingRequest(1, RatingLevel.SATISFIED, List.of(), "很好，\n谢谢", RatingChannel.PAD), RatingRules.DEFAULT_REASONS, 100);
    }
}
