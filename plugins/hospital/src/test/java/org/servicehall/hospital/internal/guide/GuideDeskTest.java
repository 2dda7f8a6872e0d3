package org.servicehall.hospital.internal.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.EmergencyFirstPolicy;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;

/** H1 on H2 and PostgreSQL: special-needs requests recorded, assigned, completed; a green channel's priority ticket. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuideDeskTest {
    private final EventDispatcher events = new EventDispatcher("hospital-guide-test");

    @AfterAll
    void closeAll() {
        events.close();
    }

    @EachDatabase("hospital")
    void aGreenChannelIssuesAPriorityTicketCalledFirst_H1(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "GD").window(1, "H-REG").window(2, "H-GUIDE", "H-PAY").create();
        QueueService queue = fx.newQueue().priorityPolicies(() -> List.of(new EmergencyFirstPolicy())).start();
        GuideDesk desk = new GuideDesk(HospitalTables.on(fx.dataSource()), fx.sites(), queue, fx.audit(), events, fx.clock());
        Actor guide = hall.staff(1).actor();
        Ticket normal = queue.issue(new IssueRequest(hall.code(), "H-REG", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
        SpecialNeed green = desk.request(guide, hall.id(), SpecialNeedKind.GREEN_CHANNEL, "张大爷", "行动不便", "H-REG", PriorityClass.ELDERLY);
        assertEquals(SpecialNeedStatus.OPEN, green.status());
        Ticket priority = queue.ticket(green.ticketId());
        assertEquals(PriorityClass.ELDERLY, priority.priority());
        assertEquals(Channel.DESK, priority.channel());
        assertEquals(priority.number(), green.ticketNumber());
        assertEquals(priority.id(), queue.callNext(guide, hall.windowId(1)).orElseThrow().id(), "before " + normal.number());

        SpecialNeed wheelchair = desk.request(guide, hall.id(), SpecialNeedKind.WHEELCHAIR, "李奶奶", null, null, null);
        assertNull(wheelchair.ticketNumber());
        assertThrows(HallException.class, () -> desk.complete(guide, wheelchair.id()), "not assigned");
        assertEquals("护工小陈", desk.assign(guide, wheelchair.id(), "护工小陈").helper());
        SpecialNeed done = desk.complete(guide, wheelchair.id());
        assertEquals(SpecialNeedStatus.DONE, done.status());
        assertEquals(guide.username(), done.completedBy());
        assertThrows(HallException.class, () -> desk.assign(guide, wheelchair.id(), "别人"));
        assertEquals(3, fx.audit().history("special-need", wheelchair.id()).size());
        assertEquals(2, desk.requests(hall.id()).size());

        assertEquals("H-PAY", desk.route(guide, hall.id(), "H-PAY", null).ticket().serviceCode(), "routing to the right service");
    }

    @EachDatabase("hospital")
    void badRequestsAreRefusedAndNothingIsIssuedOrStored_H1(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "GDBAD").create();
        QueueService queue = fx.newQueue().start();
        GuideDesk desk = new GuideDesk(HospitalTables.on(fx.dataSource()), fx.sites(), queue, fx.audit(), events, fx.clock());
        ValidationException e = assertThrows(ValidationException.class, () -> desk.request(hall.staff(1).actor(), hall.id(),
                SpecialNeedKind.GREEN_CHANNEL, "名".repeat(10_000), null, "H-GUIDE", PriorityClass.NORMAL));
        assertEquals(Set.of("patientName", "targetService", "priority"), e.byField().keySet());
        assertEquals(0, fx.count("sh_hospital_special_need WHERE site_id = " + hall.id()));
        assertEquals(0, fx.count("sh_ticket WHERE site_id = " + hall.id()));
    }
}
