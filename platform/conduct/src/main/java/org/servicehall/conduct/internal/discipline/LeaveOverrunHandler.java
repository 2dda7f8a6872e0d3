package org.servicehall.conduct.internal.discipline;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.conduct.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns attendance's {@link AttendanceEvents#LEAVE_OVERRUN} (a leave-post that lasted too long,
 * 擅自离岗) into a violation candidate for a supervisor to confirm or dismiss (C4).
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + AttendanceEvents.LEAVE_OVERRUN)
public final class LeaveOverrunHandler implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LeaveOverrunHandler.class);

    private final LeaveOverrunCandidates candidates;

    @Activate
    public LeaveOverrunHandler(@Reference Violations violations) {
        this.candidates = new LeaveOverrunCandidates(violations);
    }

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> props = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            props.put(name, event.getProperty(name));
        }
        try {
            candidates.accept(props);
        } catch (RuntimeException e) {
            LOG.warn("Leave-post overrun not recorded as a violation candidate: {}", e.getMessage());
        }
    }
}
