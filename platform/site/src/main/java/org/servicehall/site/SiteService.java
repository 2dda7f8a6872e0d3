package org.servicehall.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.common.NotFound;
import org.servicehall.security.Actor;

/**
 * Reading and changing sites, windows, service items, staff and calendars. Every change checks the
 * actor's role (S1), validates the whole input and names every problem
 * ({@link org.servicehall.common.ValidationException}, {@link org.servicehall.common.Conflict},
 * {@link org.servicehall.common.NotFound}), and is saved together with its audit entry (S2) or
 * not at all.
 */
@ProviderType
public interface SiteService {

    List<Site> sites();

    Site site(long siteId);

    Optional<Site> siteByCode(String code);

    /**
     * The site with this code, as REST paths and shell commands name a site: {@link #siteByCode},
     * or {@link NotFound} ("Site", the code) when there is none.
     *
     * @since 1.4
     */
    default Site siteWithCode(String code) {
        return siteByCode(code).orElseThrow(() -> new NotFound("Site", code));
    }

    /**
     * The installation's clock seen in the site's {@link Site#zone zone}: the one way to ask what
     * time and day it is at a site ({@code LocalDate.now(sites.clock(siteId))} is the site's business
     * date, {@code LocalTime.now(...)} its wall-clock time), whatever the server's zone is. It moves
     * with the installation's clock (demo start times, tests).
     *
     * @throws NotFound for an unknown site
     * @since 1.5
     */
    Clock clock(long siteId);

    /**
     * Today at the site, in its zone: {@code LocalDate.now(clock(siteId))}.
     *
     * @throws NotFound for an unknown site
     * @since 1.5
     */
    default LocalDate today(long siteId) {
        return LocalDate.now(clock(siteId));
    }

    /**
     * Creates a site; a draft without a zone gives it the installation's zone.
     */
    Site createSite(Actor actor, SiteDraft draft);

    /** Changes a site; a draft without a zone keeps the site's zone. */

    Site updateSite(Actor actor, long siteId, SiteDraft draft);

    List<Window> windows(long siteId);

    Window createWindow(Actor actor, long siteId, WindowDraft draft);

    Window updateWindow(Actor actor, long windowId, WindowDraft draft);

    void deleteWindow(Actor actor, long windowId);

    List<ServiceItem> serviceItems(long siteId);

    /** Whether the item can be used now: core items always, sector items while their plugin runs. */
    boolean isAvailable(ServiceItem item);

    ServiceItem createServiceItem(Actor actor, long siteId, ServiceItemDraft draft);

    ServiceItem updateServiceItem(Actor actor, long itemId, ServiceItemDraft draft);

    /** @throws org.servicehall.common.Conflict when windows still serve it */
    void deleteServiceItem(Actor actor, long itemId);

    /** Adopts a catalogue item of an installed sector plugin for the site, with the given ticket prefix. */
    ServiceItem adoptCatalogueItem(Actor actor, long siteId, String code, String ticketPrefix);

    List<Staff> staff(long siteId);

    /**
     * Creates the staff member and their login account (username = lower-case staff number). The platform
     * itself ({@link Actor#SYSTEM}) may pass a {@code null} password: the account cannot sign in until an
     * administrator sets one ({@link #setStaffPassword}).
     */
    Staff createStaff(Actor actor, long siteId, StaffDraft draft, String initialPassword);

    Staff updateStaff(Actor actor, long staffId, StaffDraft draft);

    /**
     * Gives the staff member's login account a new password (an administrator resets it to hand
     * the account over, S1), audited with the staff member and the account (S2).
     *
     * @return the staff member whose password was set
     * @throws org.servicehall.security.AccessDenied unless the actor is an administrator
     * @throws org.servicehall.common.ValidationException on field {@code password} when the password
     *         breaks the password rules; nothing is changed then
     * @throws org.servicehall.common.NotFound for an unknown staff member
     * @since 1.2
     */
    Staff setStaffPassword(Actor actor, long staffId, String newPassword);

    List<CalendarDay> calendarDays(long siteId);

    WorkingDayCalendar calendar(long siteId);

    CalendarDay setCalendarDay(Actor actor, long siteId, CalendarDay day);

    void removeCalendarDay(Actor actor, long siteId, LocalDate date);

    /**
     * Told after every committed change made through this node (other nodes' changes are not
     * announced: readers that keep site data keep it briefly). Returns a handle to stop listening.
     *
     * @since 1.1
     */
    AutoCloseable onChange(Runnable listener);
}
