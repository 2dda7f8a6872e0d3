package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.servicehall.common.NotFound;
import org.servicehall.security.Actor;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.site.WorkingDayCalendar;

/**
 * The site structure (sites, windows, service items, calendars) as the queue's hot path reads it:
 * kept for a moment instead of queried on every ticket. A change made on this node clears it at
 * once; one made on another node is seen within {@link #TTL_NANOS}; a lookup that misses reloads
 * at once ({@link #invalidate}). Availability of
 * service items is always asked live. Writes go straight through.
 */
final class CachedSites implements SiteService {
    static final long TTL_NANOS = 2_000_000_000L;

    private record Entry(Object value, long loaded) {
    }

    private final SiteService sites;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CachedSites(SiteService sites) {
        this.sites = sites;
        sites.onChange(this::invalidate); // changes on this node: at once; on other nodes: within the TTL
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        return sites.onChange(listener);
    }

    void invalidate() {
        cache.clear();
    }

    /** A site by code; one created a moment ago is found too (a miss reads the structure again). */
    Site byCode(String code) {
        Optional<Site> site = siteByCode(code);
        if (site.isEmpty()) {
            invalidate(); // created a moment ago?
            site = siteByCode(code);
        }
        return site.orElseThrow(() -> new NotFound("Site", code));
    }

    /** A window of any site by id; one created a moment ago is found too. */
    Window window(long windowId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (Site s : sites()) {
                for (Window w : windows(s.id())) {
                    if (w.id() == windowId) {
                        return w;
                    }
                }
            }
            invalidate(); // created a moment ago?
        }
        throw new NotFound("Window", windowId);
    }

    /** A service item of the site by code; one created a moment ago is found too. */
    Optional<ServiceItem> item(long siteId, String code) {
        Optional<ServiceItem> item = serviceItems(siteId).stream().filter(i -> i.code().equals(code)).findFirst();
        if (item.isEmpty()) {
            invalidate();
            item = serviceItems(siteId).stream().filter(i -> i.code().equals(code)).findFirst();
        }
        return item;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> load) {
        long now = System.nanoTime();
        Entry e = cache.get(key);
        if (e == null || now - e.loaded() > TTL_NANOS) {
            e = new Entry(load.get(), now);
            cache.put(key, e);
        }
        return (T) e.value();
    }

    @Override
    public List<Site> sites() {
        return cached("sites", sites::sites);
    }

    @Override
    public Site site(long siteId) {
        return sites().stream().filter(s -> s.id() == siteId).findFirst().orElseGet(() -> sites.site(siteId));
    }

    @Override
    public Optional<Site> siteByCode(String code) {
        String c = code == null ? "" : code.trim().toUpperCase();
        return sites().stream().filter(s -> s.code().equals(c)).findFirst();
    }

    @Override
    public List<Window> windows(long siteId) {
        return cached("windows/" + siteId, () -> sites.windows(siteId));
    }

    @Override
    public List<ServiceItem> serviceItems(long siteId) {
        return cached("items/" + siteId, () -> sites.serviceItems(siteId));
    }

    @Override
    public boolean isAvailable(ServiceItem item) {
        return sites.isAvailable(item);
    }

    @Override
    public Clock clock(long siteId) {
        return sites.clock(siteId); // the site service keeps the zones for a moment itself
    }

    @Override
    public WorkingDayCalendar calendar(long siteId) {
        return cached("calendar/" + siteId, () -> sites.calendar(siteId));
    }

    @Override
    public List<CalendarDay> calendarDays(long siteId) {
        return sites.calendarDays(siteId);
    }

    @Override
    public List<Staff> staff(long siteId) {
        return sites.staff(siteId);
    }

    // ---- writes: straight through, and forget what was kept

    private <T> T write(Supplier<T> change) {
        try {
            return change.get();
        } finally {
            invalidate();
        }
    }

    private void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }

    @Override
    public Site createSite(Actor actor, SiteDraft draft) {
        return write(() -> sites.createSite(actor, draft));
    }

    @Override
    public Site updateSite(Actor actor, long siteId, SiteDraft draft) {
        return write(() -> sites.updateSite(actor, siteId, draft));
    }

    @Override
    public Window createWindow(Actor actor, long siteId, WindowDraft draft) {
        return write(() -> sites.createWindow(actor, siteId, draft));
    }

    @Override
    public Window updateWindow(Actor actor, long windowId, WindowDraft draft) {
        return write(() -> sites.updateWindow(actor, windowId, draft));
    }

    @Override
    public void deleteWindow(Actor actor, long windowId) {
        write(() -> sites.deleteWindow(actor, windowId));
    }

    @Override
    public ServiceItem createServiceItem(Actor actor, long siteId, ServiceItemDraft draft) {
        return write(() -> sites.createServiceItem(actor, siteId, draft));
    }

    @Override
    public ServiceItem updateServiceItem(Actor actor, long itemId, ServiceItemDraft draft) {
        return write(() -> sites.updateServiceItem(actor, itemId, draft));
    }

    @Override
    public void deleteServiceItem(Actor actor, long itemId) {
        write(() -> sites.deleteServiceItem(actor, itemId));
    }

    @Override
    public ServiceItem adoptCatalogueItem(Actor actor, long siteId, String code, String ticketPrefix) {
        return write(() -> sites.adoptCatalogueItem(actor, siteId, code, ticketPrefix));
    }

    @Override
    public Staff createStaff(Actor actor, long siteId, StaffDraft draft, String initialPassword) {
        return sites.createStaff(actor, siteId, draft, initialPassword);
    }

    @Override
    public Staff setStaffPassword(Actor actor, long staffId, String newPassword) {
        return sites.setStaffPassword(actor, staffId, newPassword);
    }

    @Override
    public Staff updateStaff(Actor actor, long staffId, StaffDraft draft) {
        return sites.updateStaff(actor, staffId, draft);
    }

    @Override
    public CalendarDay setCalendarDay(Actor actor, long siteId, CalendarDay day) {
        return write(() -> sites.setCalendarDay(actor, siteId, day));
    }

    @Override
    public void removeCalendarDay(Actor actor, long siteId, LocalDate date) {
        write(() -> sites.removeCalendarDay(actor, siteId, date));
    }
}
