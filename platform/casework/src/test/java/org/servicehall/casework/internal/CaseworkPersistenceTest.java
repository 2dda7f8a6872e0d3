package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.ApplicantPrivacy;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseEvents;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.CaseStep;
import org.servicehall.casework.HolidayTables;
import org.servicehall.casework.InvalidCaseStage;
import org.servicehall.casework.Light;
import org.servicehall.casework.ProgressQuery.Progress;
import org.servicehall.casework.StepKind;
import org.servicehall.casework.internal.rest.ProgressResource;
import org.servicehall.casework.Supervision;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import java.util.EnumSet;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.PersonalData;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.testing.MutableClock;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * Casework on a real database (H2, and PostgreSQL when present) with the real site, security and
 * queue services ({@link HallFixture}): cases opened from called tickets (T1/T3), steps in order,
 * 补正 pauses, hand-overs, return visits, supervision lights and escalation (T3), the public
 * progress query, holiday tables (T2). Each test has a site of its own with the items SETUP
 * (≤ 3 working days), PERMIT (LEGAL:10) and GENERAL (on the spot), windows 1 and 2, staff 李明,
 * 王芳 and the supervisor 督查.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkPersistenceTest {
    private static final LocalDateTime SEP_30_NINE = LocalDateTime.of(2026, 9, 30, 9, 0);
    private static final String PHONE = "13812345678";
    private static final String ID = "11010519491231002X";

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private HallFixture fx;
    private TestSite hall;
    private QueueService queue;
    private EventDispatcher dispatcher;
    private CaseParts parts;
    private CaseLifecycleImpl cases;
    private CaseReadModelImpl reads;
    private SupervisionImpl supervision;
    private ProgressQueryImpl progress;
    private HolidayTablesImpl holidays;
    private Actor li;
    private Actor wang;
    private Actor sup;

    private void start(HallFixture fixture, LocalDateTime now) {
        fx = fixture;
        fx.clock().set(now);
        hall = fx.newSite("CW").service(new ServiceItemDraft("SETUP", "设立登记", "A", null, TimeLimit.of(TimeLimitClass.THREE_DAYS)))
                .service(new ServiceItemDraft("PERMIT", "经营许可", "B", null, TimeLimit.legal(10)))
                .service(new ServiceItemDraft("GENERAL", "综合业务", "C", null, TimeLimit.of(TimeLimitClass.ON_THE_SPOT)))
                .staff("李明", "王芳").staff("督查", Role.SUPERVISOR).create();
        li = hall.staff(1).actor();
        wang = hall.staff(2).actor();
        sup = hall.staff(3).actor();
        queue = fx.newQueue().start();
        events.clear();
        dispatcher = new EventDispatcher("casework-test");
        dispatcher.subscribe(CaseEvents.PREFIX, events::add);
        parts = new CaseParts(new CaseStore(fx.dataSource(), fx.kind()), fx.sites(), queue, fx.audit(), fx.clock(), dispatcher,
                LightRule.DEFAULT, 92, fx.identityChecks());
        cases = new CaseLifecycleImpl(parts);
        reads = new CaseReadModelImpl(parts);
        supervision = new SupervisionImpl(parts);
        progress = new ProgressQueryImpl(parts);
        holidays = new HolidayTablesImpl(parts);
        holidays.load(HallFixture.ADMIN, hall.id(), Holidays2026.text());
    }

    /**
     * A ticket for the item, called at the window by the actor; the window first finishes the visit
     * it is serving (issue 17: a window has one current ticket, and a call answers it again).
     */
    private Ticket called(String service, Actor by, int window) {
        long windowId = hall.windowId(window);
        for (Ticket current : queue.current(windowId)) {
            if (current.status() == TicketStatus.CALLED) {
                queue.start(by, current.id());
            }
            queue.finish(by, current.id());
        }
        queue.issue(new IssueRequest(hall.code(), service, PriorityClass.NORMAL, Channel.KIOSK));
        return queue.callNext(by, windowId).orElseThrow();
    }

    /** S4: the applicant's ID card checked at the desk and the staff member's password given again, as a result's hand-over needs. */
    private void readyToHandOut(Actor by, long caseId) {
        cases.checkApplicant(by, caseId, IdentityDocument.RESIDENT_ID_CARD, ID);
        fx.freshSignIn(by);
    }

    private Case open(String service, Actor by, int window) {
        return cases.open(by, new CaseIntake(called(service, by, window).id(), null, ApplicantKind.PERSON, "张三", ID, PHONE));
    }

    /** The events of this test's site. */
    private List<String> topics() throws InterruptedException {
        dispatcher.drain(Duration.ofSeconds(5));
        return events.stream().filter(e -> Long.valueOf(hall.id()).equals(e.property(CaseEvents.SITE))).map(DomainEvent::name).toList();
    }

    @EachDatabase("casework")
    void openFromTheCalledTicketAcrossNationalDay_T1_T3(HallFixture fixture) throws InterruptedException {
        start(fixture, SEP_30_NINE);
        Case c = open("SETUP", li, 1);
        assertEquals(hall.code() + "-20260930-0001", c.number());
        assertEquals(CaseStage.ACCEPTED, c.stage());
        // 3 working days from Wed 30 Sep: 1-7 Oct off, Thu 8 Oct (1), Fri 9 (2), Sat 10 make-up (3) -> due 10 Oct
        assertEquals(LocalDate.of(2026, 10, 10), c.due(), "3 working days over 1-7 Oct: 8, 9, 10 (make-up) Oct");
        assertEquals(Light.GREEN, c.light());
        assertEquals(1, c.visits());
        assertEquals(Integer.valueOf(1), c.windowNumber());
        assertEquals(hall.staffNumber(1), c.staffNumber());
        assertEquals("THREE_DAYS", c.timeLimit());
        assertEquals(3, c.daysLeft());
        assertEquals("张三", reads.byId(li, c.id()).applicant().name());
        assertEquals("张*", reads.byId(wang, c.id()).applicant().name(), "S3: 王芳 does not handle it");
        assertEquals("138****5678", reads.byNumber(wang, c.number()).applicant().phone());
        assertEquals(ID, reads.byId(sup, c.id()).applicant().idNumber());
        assertEquals(List.of("case.open"), fx.audit().history("Case", c.id()).stream().map(e -> e.action()).toList());
        assertEquals(List.of("CaseOpened"), topics());
        assertEquals(hall.code() + "-20260930-0002", open("SETUP", wang, 2).number());
    }

    @EachDatabase("casework")
    void aSectorsPrivacyRuleMasksItsOrganisationsForReadersWhoDoNotHandleTheCase_S3_TX3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        String sector = fx.sites().serviceItems(hall.id()).stream().filter(i -> i.code().equals("SETUP")).findFirst().orElseThrow().sector();
        String code = "91350100M000100Y43";
        Case c = cases.open(li, new CaseIntake(called("SETUP", li, 1).id(), null, ApplicantKind.ORGANISATION, "北京某某科技有限公司", code, PHONE));
        cases.pause(li, c.id(), "北京某某科技有限公司（" + code + "）的营业执照副本");
        assertEquals("北京某某科技有限公司", reads.byId(wang, c.id()).applicant().name(), "without a rule an organisation is public (S3)");
        ApplicantPrivacy wholly = new ApplicantPrivacy() {
            @Override
            public String sector() {
                return sector;
            }

            @Override
            public Applicant masked(Applicant applicant) {
                return applicant.maskedWholly();
            }
        };
        parts.privacy.add(wholly);
        try {
            Applicant seen = reads.byId(wang, c.id()).applicant();
            assertEquals(new Applicant(ApplicantKind.ORGANISATION, "北*******公司", "913***********0Y43", "138****5678"), seen);
            assertEquals(seen, reads.cases(wang, hall.id(), CaseFilter.ALL, 0, 10).cases().get(0).applicant());
            String note = reads.timeline(wang, c.id()).get(1).note();
            assertEquals("北*******公司（913***********0Y43）的营业执照副本", note, "the step's note masked alike");
            assertEquals(note, progress.progress(c.number(), "5678").missing(), "and what is missing on the public progress page");
            assertEquals(code, reads.byId(li, c.id()).applicant().idNumber(), "the staff member handling it sees it");
            assertEquals(code, reads.byId(sup, c.id()).applicant().idNumber(), "and the supervisor");
        } finally {
            parts.privacy.remove(wholly);
        }
    }

    @EachDatabase("casework")
    void stepsInOrderWithHandOversAndOutOfOrderStepsRefused_T3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        Case c = open("SETUP", li, 1);
        InvalidCaseStage e = assertThrows(InvalidCaseStage.class, () -> cases.complete(li, c.id(), null));
        assertEquals(CaseStage.ACCEPTED, e.current());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("当前已受理"), e.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(InvalidCaseStage.class, () -> cases.decide(li, c.id(), "准予登记"));
        assertEquals(1, fx.count("cw_case_step WHERE case_id = " + c.id()), "nothing recorded");
        assertEquals(1, fx.audit().history("Case", c.id()).size());

        cases.startReview(li, c.id());
        cases.handOver(li, c.id(), "审核科", "需科室审批");
        assertEquals("审核科", reads.byId(li, c.id()).unit());
        assertEquals(List.of(new Supervision.Tally("审核科", 1, 0, 0)), supervision.counts(li, hall.id(), Dimension.UNIT).rows(),
                "the board counts the case at the unit that holds it");
        assertThrows(Conflict.class, () -> cases.handOver(li, c.id(), "审核科", null));
        Progress held = progress.progress(c.number(), "5678");
        assertEquals("审核科", held.unit(), "the public progress says which unit holds the case");
        assertEquals(List.of("null>审核科"), held.handOvers().stream().map(h -> h.fromUnit() + ">" + h.toUnit()).toList());
        cases.decide(wang, c.id(), "准予登记");
        cases.handOver(wang, c.id(), null, "窗口出件");
        assertNull(reads.byId(li, c.id()).unit());
        readyToHandOut(li, c.id());
        Case done = cases.complete(li, c.id(), "当面领取");
        assertEquals(CaseStage.COMPLETED, done.stage());
        assertFalse(done.open());
        assertThrows(InvalidCaseStage.class, () -> cases.pause(li, c.id(), "身份证复印件"));

        assertEquals(List.of(StepKind.ACCEPTED, StepKind.REVIEW_STARTED, StepKind.HANDED_OVER, StepKind.DECIDED, StepKind.HANDED_OVER,
                StepKind.COMPLETED), reads.timeline(li, c.id()).stream().map(CaseStep::kind).toList());
        assertEquals(List.of("null>审核科", "审核科>null"),
                reads.handOvers(wang, c.id()).stream().map(h -> h.fromUnit() + ">" + h.toUnit()).toList());
        Progress handedOut = progress.progress(c.number(), "5678");
        assertNull(handedOut.unit(), "back at the front");
        assertEquals(List.of("null>审核科", "审核科>null"), handedOut.handOvers().stream().map(h -> h.fromUnit() + ">" + h.toUnit()).toList());
        assertEquals("SETUP", handedOut.serviceCode());
        assertFalse(handedOut.toString().contains(li.username()) || handedOut.toString().contains(wang.username()) || handedOut.toString().contains("窗口出件"), "no staff names, no notes: " + handedOut);
        assertEquals(6, fx.audit().history("Case", c.id()).size(), "every step audited");
        List<Supervision.MonthlyRow> month = supervision.monthly(sup, hall.id(), YearMonth.of(2026, 9));
        assertTrue(month.contains(new Supervision.MonthlyRow(Dimension.UNIT, "审核科", 1, 1, 0)), month.toString());
        assertTrue(month.contains(new Supervision.MonthlyRow(Dimension.STAFF, hall.staffNumber(1), 1, 1, 0)), month.toString());
    }

    @EachDatabase("casework")
    void notAcceptedAndRefusedNeedTheLegalReasonAndTheDecision_T3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        Case a = open("SETUP", li, 1);
        ValidationException missing = assertThrows(ValidationException.class, () -> cases.notAccept(li, a.id(), " ", "不予受理"));
        assertEquals(Set.of("legalReason"), missing.byField().keySet());
        Case na = cases.notAccept(li, a.id(), "《行政许可法》第三十二条", "申请事项不属于本机关职权范围，不予受理。");
        assertEquals(CaseStage.NOT_ACCEPTED, na.stage());
        assertEquals("《行政许可法》第三十二条", na.legalReason());
        Case b = open("SETUP", li, 1);
        assertThrows(InvalidCaseStage.class, () -> cases.refuse(li, b.id(), "第三十八条", "不予许可"));
        cases.startReview(li, b.id());
        assertEquals(CaseStage.REFUSED, cases.refuse(li, b.id(), "第三十八条", "经审查不符合条件，不予许可。").stage());
    }

    @EachDatabase("casework")
    void pauseForMaterialsAndResume_T3(HallFixture fixture) {
        start(fixture, LocalDateTime.of(2026, 9, 28, 9, 0));
        Case c = open("PERMIT", li, 1);
        // Mon 28 Sep + 10: 29, 30 Sep (2), 1-7 Oct off, 8, 9, 10 make-up (5), 12-16 Oct (10) -> due Fri 16 Oct
        assertEquals(LocalDate.of(2026, 10, 16), c.due());
        fx.clock().set(LocalDateTime.of(2026, 9, 29, 10, 0));
        Case paused = cases.pause(li, c.id(), "营业执照副本");
        assertTrue(paused.paused());
        assertNull(paused.due());
        assertEquals(1, paused.daysUsed());
        assertThrows(InvalidCaseStage.class, () -> cases.pause(li, c.id(), "again"));
        Progress p = progress.progress(c.number(), "5678");
        assertEquals("营业执照副本", p.missing());
        fx.clock().set(LocalDateTime.of(2026, 10, 12, 9, 0));
        assertEquals(1, reads.byId(li, c.id()).daysUsed(), "the clock stood");
        Case resumed = cases.resume(li, c.id());
        assertEquals(LocalDate.of(2026, 10, 23), resumed.due(), "9 working days left from 12 Oct");
        assertEquals(9, resumed.daysLeft());
        assertNull(resumed.missing());
        assertThrows(InvalidCaseStage.class, () -> cases.resume(li, c.id()));
    }

    @EachDatabase("casework")
    void badInputIsRefusedAndNothingStored_T3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        long before = fx.count("cw_case");
        NotFound unknownTicket = assertThrows(NotFound.class,
                () -> cases.open(li, new CaseIntake(999_999, null, ApplicantKind.PERSON, "张三", ID, PHONE)));
        assertEquals("没有号码为 999999 的票。", unknownTicket.message(Locale.SIMPLIFIED_CHINESE));
        Ticket t = called("SETUP", li, 1);
        ValidationException item = assertThrows(ValidationException.class,
                () -> cases.open(li, new CaseIntake(t.id(), "NO-SUCH", ApplicantKind.PERSON, "张三", ID, PHONE)));
        assertEquals("The site offers no service item 'NO-SUCH'.", item.byField().get("serviceCode"));
        assertThrows(ValidationException.class, () -> cases.open(li, new CaseIntake(t.id(), null, ApplicantKind.PERSON, "张三", "123", PHONE)));
        Ticket waiting = queue.issue(new IssueRequest(hall.code(), "SETUP", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        assertThrows(Conflict.class, () -> cases.open(li, new CaseIntake(waiting.id(), null, ApplicantKind.PERSON, "张三", ID, PHONE)));
        assertThrows(NotFound.class, () -> cases.startReview(li, 999_999));
        assertEquals(before, fx.count("cw_case"));
        assertEquals(0, fx.count("cw_case_counter WHERE site_id = " + hall.id()));
    }

    @EachDatabase("casework")
    void lightsTurnAsTheDaysPassAndRedCasesAreEscalated_T3(HallFixture fixture) throws InterruptedException {
        start(fixture, SEP_30_NINE);
        Case setup = open("SETUP", li, 1);      // due Sat 10 Oct: 8, 9, 10 (make-up)
        Case permit = open("PERMIT", wang, 2);  // due Tue 20 Oct: 8, 9, 10, 12-16, 19, 20 Oct
        Case spot = open("GENERAL", li, 1);     // due today
        assertEquals(Light.YELLOW, spot.light());
        supervision.sweep();
        assertEquals(List.of("CaseOpened", "CaseOpened", "CaseOpened"), topics(), "nothing changed on the day");
        fx.clock().set(LocalDateTime.of(2026, 10, 10, 9, 0)); // the make-up Saturday: SETUP's last day, yellow, not red
        events.clear();
        supervision.sweep();
        assertEquals(Light.YELLOW, reads.byId(li, setup.id()).light());
        assertEquals(Light.RED, reads.byId(li, spot.id()).light());
        assertEquals(Light.GREEN, reads.byId(li, permit.id()).light());
        assertEquals(List.of("LightChanged", "LightChanged", "Escalated"), topics().stream().sorted(
                (a, b) -> a.equals(b) ? 0 : a.equals("Escalated") ? 1 : -1).toList());
        assertEquals(List.of(spot.number()), supervision.escalations(sup, hall.id()).stream().map(Supervision.Escalation::number).toList());
        assertThrows(AccessDenied.class, () -> supervision.escalations(li, hall.id()));

        Supervision.Counts counts = supervision.counts(li, hall.id(), Dimension.SERVICE);
        assertEquals(new Supervision.Tally("", 1, 1, 1), counts.all());
        assertEquals("GENERAL", counts.rows().get(0).key(), "most red first");
        assertEquals(2, supervision.counts(li, hall.id(), Dimension.STAFF).rows().stream()
                .filter(t -> t.key().equals(hall.staffNumber(1))).findFirst().orElseThrow().total());
        CasePage red = reads.cases(li, hall.id(), CaseFilter.OPEN.withLight(Light.RED), 0, 20);
        assertEquals(1, red.total());
        assertEquals(spot.id(), red.cases().get(0).id());
        CasePage all = reads.cases(wang, hall.id(), CaseFilter.OPEN, 0, 2);
        assertEquals(3, all.total());
        assertEquals(List.of(spot.id(), setup.id()), all.cases().stream().map(Case::id).toList(), "earliest deadline first");
        assertEquals(Set.of("张*"), all.cases().stream().map(c -> c.applicant().name()).collect(Collectors.toSet()), "S3: 王芳 handles neither");

        cases.startReview(li, spot.id());
        cases.decide(li, spot.id(), "准予");
        readyToHandOut(li, spot.id());
        cases.complete(li, spot.id(), null);
        assertTrue(supervision.escalations(sup, hall.id()).isEmpty(), "the escalation ends with the case");
        for (Dimension d : Dimension.values()) {
            assertEquals(recount(d), supervision.counts(sup, hall.id(), d).rows().stream()
                    .collect(Collectors.toMap(Supervision.Tally::key, t -> List.of(t.green(), t.yellow(), t.red()))), "the counts kept: " + d);
        }
        assertEquals(new Supervision.MonthlyRow(Dimension.STAFF, hall.staffNumber(1), 1, 0, 1),
                supervision.monthly(sup, hall.id(), YearMonth.of(2026, 10)).stream().filter(r -> r.dimension() == Dimension.STAFF)
                        .findFirst().orElseThrow());
    }

    /** The site's open cases counted from cw_case itself, by the dimension's key: [green, yellow, red]. */
    private Map<String, List<Long>> recount(Dimension d) {
        String column = switch (d) {
            case SERVICE -> "service_code";
            case UNIT -> "unit_name";
            case WINDOW -> "COALESCE(CAST(window_number AS VARCHAR(12)), '')";
            case STAFF -> "staff_number";
        };
        Map<String, long[]> n = new TreeMap<>();
        for (Object[] row : fx.query("SELECT " + column + ", light, COUNT(*) FROM cw_case WHERE site_id = " + hall.id()
                + " AND is_open GROUP BY " + column + ", light")) {
            n.computeIfAbsent(String.valueOf(row[0]), k -> new long[3])[Light.valueOf(String.valueOf(row[1])).ordinal()] =
                    ((Number) row[2]).longValue();
        }
        return n.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2])));
    }

    @EachDatabase("casework")
    void publicProgressNeverShowsPersonalDataAndWrongDigitsAnswerAsUnknown_T3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        Case c = open("SETUP", li, 1);
        Progress p = progress.progress(c.number().toLowerCase(), "5678");
        assertEquals(CaseStage.ACCEPTED, p.stage());
        assertEquals(LocalDate.of(2026, 10, 10), p.due(), "Wed 30 Sep + 3: 8, 9, 10 (make-up) Oct");
        assertEquals("设立登记", p.serviceName());
        assertFalse(p.toString().contains("张三") || p.toString().contains(PHONE) || p.toString().contains(ID), p.toString());
        assertEquals(c.number(), progress.progress(c.number(), "002x").number(), "the ID's last four");
        String wrong = assertThrows(NotFound.class, () -> progress.progress(c.number(), "1234")).message(Locale.ENGLISH);
        String unknown = assertThrows(NotFound.class, () -> progress.progress(c.number().replace("0001", "0009"), "5678"))
                .message(Locale.ENGLISH);
        assertEquals(wrong.replace(c.number(), "N"), unknown.replace(c.number().replace("0001", "0009"), "N"));
        assertThrows(NotFound.class, () -> progress.progress(c.number(), ""));

        ProgressResource page = new ProgressResource(progress);
        String shown = page.page(c.number(), "5678", chinese());
        assertTrue(shown.contains("已受理") && shown.contains("设立登记") && shown.contains("2026年10月10日"), shown);
        assertFalse(shown.contains("张") || shown.contains(PHONE) || shown.contains(ID), "no personal data on the page");
        String refused = page.page(c.number(), "1234", chinese());
        assertTrue(refused.contains("not-found") && !refused.contains("设立登记"), refused);
    }

    /** A request whose Accept-Language is Chinese. */
    private static HttpHeaders chinese() {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] { HttpHeaders.class },
                (proxy, method, args) -> method.getName().equals("getAcceptableLanguages") ? List.of(Locale.SIMPLIFIED_CHINESE) : null);
    }

    @EachDatabase("casework")
    void aResultIsHandedOutOnlyAfterTheApplicantsIdentityCheckAndAFreshSignIn_S4_T3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        Case c = open("SETUP", li, 1);
        cases.startReview(li, c.id());
        cases.decide(li, c.id(), "准予登记");
        int steps = (int) fx.count("cw_case_step WHERE case_id = " + c.id());

        IdentityCheckNeeded unchecked = assertThrows(IdentityCheckNeeded.class, () -> cases.complete(li, c.id(), "当面领取"));
        assertFalse(unchecked.reauthentication(), "the citizen's check is missing");
        assertTrue(unchecked.message(Locale.SIMPLIFIED_CHINESE).startsWith("执行“领取办结结果”前"), unchecked.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(unchecked.message(Locale.ENGLISH).startsWith("To hand out the case's result,"), unchecked.getMessage());
        RefusalLanguage.assertInOneLanguage(unchecked);
        ValidationException other = assertThrows(ValidationException.class,
                () -> cases.checkApplicant(li, c.id(), IdentityDocument.RESIDENT_ID_CARD, "440524188001010014"));
        assertEquals("number", other.errors().get(0).field());
        assertEquals("证件号码与办件登记的不一致", other.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
        ValidationException malformed = assertThrows(ValidationException.class,
                () -> cases.checkApplicant(li, c.id(), IdentityDocument.RESIDENT_ID_CARD, "11010519491231002Y"));
        assertEquals("number", malformed.errors().get(0).field());
        Actor elsewhere = new Actor("zhao", "赵六", null, Map.of("OTHER", EnumSet.of(Role.STAFF)));
        assertThrows(AccessDenied.class, () -> cases.checkApplicant(elsewhere, c.id(), IdentityDocument.RESIDENT_ID_CARD, ID));
        assertThrows(IdentityCheckNeeded.class, () -> cases.complete(li, c.id(), null), "a refused check is not a check");

        IdentityCheck check = cases.checkApplicant(wang, c.id(), IdentityDocument.RESIDENT_ID_CARD, "11010519491231002x");
        assertEquals("110***********002X", check.numberMasked());
        IdentityCheckNeeded stale = assertThrows(IdentityCheckNeeded.class, () -> cases.complete(li, c.id(), null));
        assertTrue(stale.reauthentication(), "now the staff member's own password");
        assertTrue(stale.message(Locale.SIMPLIFIED_CHINESE).startsWith("执行“领取办结结果”前，请再次输入您的密码"), stale.message(Locale.SIMPLIFIED_CHINESE));
        RefusalLanguage.assertInOneLanguage(stale);
        assertEquals(steps, fx.count("cw_case_step WHERE case_id = " + c.id()), "nothing recorded while refused");
        assertEquals(CaseStage.DECIDED, reads.byId(li, c.id()).stage());

        fx.freshSignIn(li);
        assertEquals(CaseStage.COMPLETED, cases.complete(li, c.id(), "当面领取").stage());
        assertEquals(List.of(check), fx.identityChecks().of(li, CaseLifecycleImpl.CHECK_KIND, String.valueOf(c.id())));
        assertEquals(0, fx.count("sh_identity_check WHERE number_masked LIKE '%1231002%' OR number_hash LIKE '%1231002%'"),
                "never the number in full");
    }

    @EachDatabase("casework")
    void aCheckIsGoodForThirtyMinutes_S4(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        Case c = open("SETUP", li, 1);
        cases.startReview(li, c.id());
        cases.decide(li, c.id(), "准予登记");
        cases.checkApplicant(li, c.id(), IdentityDocument.RESIDENT_ID_CARD, ID);
        fx.clock().advanceMinutes(31);
        fx.freshSignIn(li);
        IdentityCheckNeeded expired = assertThrows(IdentityCheckNeeded.class, () -> cases.complete(li, c.id(), null));
        assertFalse(expired.reauthentication());
        readyToHandOut(li, c.id());
        assertEquals(CaseStage.COMPLETED, cases.complete(li, c.id(), null).stage());
    }

    @EachDatabase("casework")
    void returnVisitsAreLinkedAndTheOneVisitShareCounted_T3(HallFixture fixture) {
        start(fixture, SEP_30_NINE);
        Case once = open("GENERAL", li, 1);
        Case twice = open("SETUP", li, 1);
        Ticket back = called("SETUP", li, 1);
        assertEquals(2, cases.returnVisit(li, twice.id(), back.id()).visits());
        assertThrows(Conflict.class, () -> cases.returnVisit(li, twice.id(), back.id()));
        for (Case c : List.of(once, twice)) {
            cases.startReview(li, c.id());
            cases.decide(li, c.id(), "准予");
            readyToHandOut(li, c.id());
            cases.complete(li, c.id(), null);
        }
        var share = reads.visitShare(hall.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        assertEquals(2, share.completed());
        assertEquals(1, share.oneVisit());
        assertEquals(0.5, share.share());
    }

    @EachDatabase("casework")
    void aYearWithoutATableIsFlaggedToAdmins_T2(HallFixture fixture) {
        start(fixture, MutableClock.MONDAY_NINE);
        List<HolidayTables.Warning> mine = holidays.warnings().stream().filter(w -> w.siteId() == hall.id()).toList();
        assertEquals(List.of(2027), mine.stream().map(HolidayTables.Warning::year).toList(), "2026 loaded; 2027 starts within 92 days");
        assertEquals(List.of(2026), holidays.tables(hall.id()).stream().map(HolidayTables.Table::year).toList());
        assertFalse(fx.sites().calendar(hall.id()).isWorkingDay(LocalDate.of(2026, 10, 7)), "National Day 1-7 Oct");
        assertTrue(fx.sites().calendar(hall.id()).isWorkingDay(LocalDate.of(2026, 10, 10)), "the make-up Saturday");
        assertThrows(AccessDenied.class, () -> holidays.load(li, hall.id(), Holidays2026.text()));
        assertThrows(ValidationException.class, () -> holidays.load(HallFixture.ADMIN, hall.id(), "year 2027\nholiday 2026-01-01"));
        assertEquals(1, holidays.tables(hall.id()).size(), "nothing stored");
        holidays.load(HallFixture.ADMIN, hall.id(), "year 2027\nholiday 2027-01-01 元旦");
        assertTrue(holidays.warnings().stream().noneMatch(w -> w.siteId() == hall.id()));
    }

    /**
     * S3 (issue 16): a citizen's request for their data finds their cases with the applicant as
     * stored; a case is an administrative record (T6), so an erasure keeps it, naming it, and the
     * retention sweep leaves it alone.
     */
    @EachDatabase("casework")
    void aCitizensCasesAreExportedOnRequestAndKeptAsAdministrativeRecords_S3(HallFixture fixture) {
        start(fixture, LocalDateTime.of(2026, 11, 30, 9, 0));
        Case c = open("SETUP", li, 1);
        CasePersonalData data = new CasePersonalData(parts);
        List<String> export = data.export(PHONE);
        assertTrue(export.stream().anyMatch(l -> l.startsWith(c.number() + " SETUP ") && l.contains("张三") && l.contains(ID)), export.toString());
        PersonalData.Erasure erasure = data.erase(HallFixture.ADMIN, PHONE);
        assertEquals(0, erasure.erased());
        assertTrue(erasure.kept().contains("case " + c.number() + " is an administrative record kept under the archive rules: its applicant is"
                + " not erased"), erasure.kept().toString());
        assertEquals(0, data.anonymise(HallFixture.ADMIN, java.time.Instant.parse("2099-01-01T00:00:00Z"), java.util.Map.of()));
        assertEquals("张三", reads.byId(sup, c.id()).applicant().name(), "the case keeps its applicant");
    }
}
