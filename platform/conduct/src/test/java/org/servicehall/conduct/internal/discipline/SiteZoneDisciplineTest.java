package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.Inspections;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/**
 * Issue 12 (Time; C4, C6): an inspection and a gift are dated on the site's day, in its zone,
 * whatever the server's zone is. Discipline runs on a clock in UTC; the hall is in Asia/Shanghai
 * (UTC+8), whose Tuesday begins at 16:00 UTC on Monday. H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteZoneDisciplineTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @EachDatabase("conduct")
    void anInspectionAndAGiftAfterMidnightInShanghaiAreTheNextDays_C4_C6(HallFixture fx, TestDatabase.Kind kind) {
        MutableClock utc = fx.clock().withZone(ZoneOffset.UTC);
        TestSite hall = fx.newSite("TZD" + kind.ordinal()).zone(SHANGHAI).window(new WindowDraft(1, "1号窗口", Set.of()))
                .staff("李娜").staff("赵强", Role.SUPERVISOR).create();
        DisciplineContext context = new DisciplineContext(new DisciplineStore(fx.dataSource(), fx.kind()), fx.sites(), fx.audit(),
                utc, event -> { }, (siteId, rule) -> true);
        Inspections inspections = new InspectionsImpl(context);
        Gifts gifts = new GiftsImpl(context);
        Actor li = hall.staff(1).actor();
        Actor supervisor = hall.staff(2).actor();

        utc.set(MONDAY.atTime(16, 30)); // Monday in UTC, Tuesday 00:30 in Shanghai
        Inspection night = inspections.recordInspection(supervisor, hall.site().id(),
                new InspectionDraft(1, hall.staff(1).number(), null, "夜间巡查", List.of(), null, null));
        GiftDeclaration tea = gifts.declareGift(li, hall.site().id(), new GiftDeclarationDraft(hall.staff(1).number(), "茶叶一盒",
                new BigDecimal("200.00"), "办事企业代表", TUESDAY, "放下即走，无法当场退还", "办公室 王主任"));

        assertEquals(List.of(night.id()), inspections.inspections(hall.site().id(), TUESDAY, TUESDAY).stream().map(Inspection::id).toList(),
                "Tuesday's inspection at the hall");
        assertEquals(List.of(), inspections.inspections(hall.site().id(), MONDAY, MONDAY), "none on Monday at the hall");
        assertEquals(TUESDAY, tea.receivedOn(), "a gift received today at the hall is not in the future");
    }
}
