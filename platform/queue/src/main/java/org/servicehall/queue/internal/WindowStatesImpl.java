package org.servicehall.queue.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.WindowStates;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.Window;

/** Q11: a supervisor opens and closes windows for calling; audited, announced, and the services' alerts checked at once. */
@Component(service = WindowStates.class)
public final class WindowStatesImpl implements WindowStates {
    private final QueueParts parts;
    private final QueueEventBus events;
    private final AlertChecks alerts;

    @Activate
    public WindowStatesImpl(@Reference QueueParts parts, @Reference QueueEventBus events, @Reference AlertChecks alerts) {
        this.parts = parts;
        this.events = events;
        this.alerts = alerts;
    }

    @Override
    public void setWindowOpen(Actor actor, long windowId, boolean open) {
        Window w = parts.sites.window(windowId);
        parts.requireAt(actor, Role.SUPERVISOR, w.siteId(), "openWindow", "window", windowId); // S1: a window of the actor's site
        parts.openWindows.forget();
        parts.store.inTransaction(c -> {
            boolean before = WindowStateStore.isWindowOpen(c, windowId);
            WindowStateStore.setWindowOpen(c, windowId, open);
            parts.audit.record(c, actor, open ? "open" : "close", "window", windowId, before ? "open" : "closed", open ? "open" : "closed");
            return null;
        });
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(QueueEvents.SITE, w.siteId());
        props.put(QueueEvents.WINDOW, w.number());
        events.publish(new QueueChange(QueueEvents.PREFIX + (open ? "WindowOpened" : "WindowClosed"), props));
        // Q3, Q4: another window changes the predictions of its services (opening one is the remedy an alert asks for)
        Site site = parts.sites.site(w.siteId());
        w.serviceCodes().forEach(code -> alerts.check(site, code));
    }

    @Override
    public boolean isWindowOpen(long windowId) {
        return parts.store.read(c -> WindowStateStore.isWindowOpen(c, windowId));
    }
}
