package org.servicehall.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.servicehall.attendance.AttendanceEvents;

class AttendancePublisherTest {

    @Test
    void aListenerThatFailsDoesNotKeepTheEventFromTheOthersAndAStoppedOneHearsNothing_A4() {
        AttendancePublisher bus = new AttendancePublisher();
        List<String> heard = new CopyOnWriteArrayList<>();
        bus.listen(e -> {
            throw new IllegalStateException("a screen that went away");
        });
        AttendanceEventBus.Subscription board = bus.listen(e -> heard.add("board " + e.topic()));
        bus.listen(e -> heard.add("rules " + e.topic()));

        bus.publish(new AttendanceEvent(AttendanceEvents.CLOCKED_IN, Map.of(AttendanceEvents.SITE, 1L)));
        board.close();
        bus.publish(new AttendanceEvent(AttendanceEvents.CLOCKED_OUT, Map.of(AttendanceEvents.SITE, 1L)));

        assertEquals(List.of("board " + AttendanceEvents.CLOCKED_IN, "rules " + AttendanceEvents.CLOCKED_IN,
                "rules " + AttendanceEvents.CLOCKED_OUT), heard);
    }
}
