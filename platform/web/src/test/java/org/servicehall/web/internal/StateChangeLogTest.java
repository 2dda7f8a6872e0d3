package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Issue 17: one operations-log line per state change, with site, window and ids, and no personal data (S3). */
class StateChangeLogTest {

    @Test
    void aCallIsOneLineWithItsSiteWindowAndIdsInAFixedOrder() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", "A012");
        p.put("service", "GEN");
        p.put("ticketId", 812L);
        p.put("window", 3);
        p.put("site", 1L);
        assertEquals("queue TicketCalled site=1 window=3 ticketId=812 number=A012 service=GEN",
                StateChangeLog.line(new Event("org/servicehall/queue/TicketCalled", p)));
    }

    @Test
    void namesPhonesMessagesAndFreeTextAreNeverWritten() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("site", 2L);
        p.put("staffNumber", "D003");
        p.put("staffName", "张三");
        p.put("window", 3);
        p.put("reason", "去医院看病");
        p.put("message", "窗口 3 张三 离岗超时");
        p.put("contactPhone", "13812345678");
        assertEquals("attendance LeftPost site=2 window=3 staffNumber=D003",
                StateChangeLog.line(new Event("org/servicehall/attendance/LeftPost", p)));
    }

    @Test
    void aCodeWithSpacesStaysOneToken() {
        assertEquals("complaint ComplaintStepTaken site=1 step=ASSIGNED_TO_OWNER",
                StateChangeLog.line(new Event("org/servicehall/complaint/ComplaintStepTaken", Map.of("site", 1L, "step", "ASSIGNED TO\nOWNER"))));
    }
}
