package org.servicehall.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.ChangeListeners;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.Account;
import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.SiteAccess;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.site.WorkingDayCalendar;
import org.servicehall.site.internal.jpa.CalendarDayEntity;
import org.servicehall.site.internal.jpa.ServiceItemEntity;
import org.servicehall.site.internal.jpa.SiteEntity;
import org.servicehall.site.internal.jpa.StaffEntity;
import org.servicehall.site.internal.jpa.WindowEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * {@link SiteService} on the shared database: rules from {@link SiteRules}, one transaction per change.
 * Over 500 lines because it implements the one exported interface of 25 operations (sites, windows,
 * service items, staff, calendar) that plugins consume; each is a check, a rule call and a store call,
 * the rules themselves live in {@link SiteRules}.
 */
@Component(service = SiteService.class, immediate = true)
public final class SiteServiceImpl implements SiteService {
    static final String MODULE = "site";

    private final EntityManagerFactory emf;
    private final ServiceCatalogue catalogue;
    private final AccountService accounts;
    private final AuditLog audit;
    private final ChangeListeners listeners = new ChangeListeners("site");
    private final SiteClocks clocks;
    /** S1: operations on a site's objects need the role on that site; refusals audited. */
    private final SiteAccess access;

    @Activate
    public SiteServiceImpl(@Reference Database database, @Reference ServiceCatalogue catalogue,
            @Reference AccountService accounts, @Reference AuditLog audit, @Reference Clock clock) {
        this(migratedUnit(database), catalogue, accounts, audit, clock);
    }

    private static EntityManagerFactory migratedUnit(Database database) {
        database.migrate(MODULE, SiteServiceImpl.class.getClassLoader());
        return database.createEntityManagerFactory(MODULE, SiteServiceImpl.class.getClassLoader());
    }

    /**
     * For tests and tools outside OSGi: the same service on a given persistence unit, with the
     * installation's clock (its zone is the one new sites take).
     */
    public static SiteServiceImpl onUnit(EntityManagerFactory emf, ServiceCatalogue catalogue, AccountService accounts,
            AuditLog audit, Clock clock) {
        return new SiteServiceImpl(emf, catalogue, accounts, audit, clock);
    }

    SiteServiceImpl(EntityManagerFactory emf, ServiceCatalogue catalogue, AccountService accounts, AuditLog audit, Clock clock) {
        this.emf = emf;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
        this.access = new SiteAccess(audit);
        this.clocks = new SiteClocks(clock, id -> site(id).zone());
        listeners.add(clocks::invalidate);
        adoptInstallationZone();
    }

    /**
     * Sites stored before sites had zones (schema V2 adds the column empty) take the installation's
     * zone, the one they were run in until then.
     */
    private void adoptInstallationZone() {
        Transactions.inTransaction(emf, em -> em.createNativeQuery("UPDATE sh_site SET zone = ? WHERE zone IS NULL")
                .setParameter(1, clocks.installationZone().getId()).executeUpdate());
    }

    @Deactivate
    void deactivate() {
        emf.close();
    }

    /**
     * Runs a change in one transaction. A unique-key violation (SQLSTATE 23505: another admin saved
     * the same number or code a moment earlier, past the rules' check) becomes a clear conflict;
     * any other database failure is not the user's doing and propagates with its cause.
     */
    private <T> T change(Function<EntityManager, T> work) {
        try {
            T result = Transactions.inTransaction(emf, work);
            listeners.fire();
            return result;
        } catch (PersistenceException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new Conflict(SiteRules.TEXTS.message("site.error.concurrentChange", rootMessage(e)));
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return Transactions.read(emf, work);
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        return listeners.add(listener);
    }

    /** The entity of that id, or {@link NotFound} naming {@code what} and the id. */
    private static <E> E found(EntityManager em, Class<E> type, Object id, String what) {
        E e = em.find(type, id);
        if (e == null) {
            throw new NotFound(SiteRules.TEXTS.message("site.error.notFound", SiteRules.TEXTS.message(what), String.valueOf(id)));
        }
        return e;
    }

    /** A site's rows of one kind, as the API's values, in the given order. */
    private static <E, T> List<T> bySite(EntityManager em, Class<E> type, long siteId, Function<E, T> view, Comparator<T> order) {
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.siteId = :site", type)
                .setParameter("site", siteId).getResultList().stream().map(view).sorted(order).toList();
    }

    /** Saves a new entity and records its creation; returns it as the API's value. */
    private <E, T> T created(EntityManager em, Actor actor, String what, E entity, Function<E, T> view, Function<T, Long> id) {
        em.persist(entity);
        em.flush();
        T value = view.apply(entity);
        audit.record(em, actor, "create", what, id.apply(value), null, value);
        return value;
    }

    /** Applies a change to an entity and records it with its value before; returns the value after. */
    private <T> T updated(EntityManager em, Actor actor, String what, long id, T before, Runnable apply, Supplier<T> view) {
        apply.run();
        em.flush();
        T after = view.get();
        audit.record(em, actor, "update", what, id, before, after);
        return after;
    }

    /**
     * S1: refuses unless {@code actor} holds {@code role} on the site {@code siteId} (a central
     * administrator on every site), naming the operation ({@code site.operation.*}) and the site.
     */
    private void requireAt(Actor actor, Role role, long siteId, String operation, String entityType, Object entityId) {
        String code = read(em -> siteEntity(em, siteId).toSite().code());
        access.require(actor, role, code, SiteRules.TEXTS.message("site.operation." + operation), entityType, entityId);
    }

    /** The site of an object of that kind and id, or {@link NotFound}. */
    private <E> long siteOf(Class<E> type, Object id, String what, Function<E, Long> site) {
        return read(em -> site.apply(found(em, type, id, what)));
    }

    // ---- sites

    @Override
    public List<Site> sites() {
        return read(em -> em.createQuery("SELECT s FROM SiteEntity s ORDER BY s.code", SiteEntity.class).getResultList())
                .stream().map(SiteEntity::toSite).toList();
    }

    @Override
    public Site site(long siteId) {
        return read(em -> siteEntity(em, siteId).toSite());
    }

    @Override
    public Optional<Site> siteByCode(String code) {
        String c = SiteRules.upper(code);
        return sites().stream().filter(s -> s.code().equals(c)).findFirst();
    }

    @Override
    public Clock clock(long siteId) {
        return clocks.clock(siteId);
    }

    private static SiteEntity siteEntity(EntityManager em, long siteId) {
        return found(em, SiteEntity.class, siteId, "site.thing.site");
    }

    @Override
    public Site createSite(Actor actor, SiteDraft draft) {
        actor.requireEverywhere(Role.ADMIN, "create sites"); // S1: a new site is the central administrator's
        SiteDraft d = SiteRules.normalize(draft, clocks.installationZone());
        return change(em -> {
            SiteRules.checkSite(d, allSites(em), null);
            return created(em, actor, "site", new SiteEntity(d), SiteEntity::toSite, Site::id);
        });
    }

    @Override
    public Site updateSite(Actor actor, long siteId, SiteDraft draft) {
        requireAt(actor, Role.ADMIN, siteId, "changeSite", "site", siteId);
        String code = site(siteId).code();
        if (draft != null && draft.code() != null && !SiteRules.upper(draft.code()).equals(code)) {
            access.requireEverywhere(actor, Role.ADMIN, SiteRules.TEXTS.message("site.operation.changeSiteCode"), "site", siteId);
        }
        return change(em -> {
            SiteEntity e = siteEntity(em, siteId);
            Site before = e.toSite();
            SiteDraft d = SiteRules.normalize(draft, before.zone());
            SiteRules.checkSite(d, allSites(em), siteId);
            Site after = updated(em, actor, "site", siteId, before, () -> e.apply(d), e::toSite);
            if (!after.code().equals(before.code())) {
                carryGrants(em, actor, before.code(), after.code());
            }
            return after;
        });
    }

    /**
     * S1: roles are granted per site by the site's code; a new code takes the grants of the old one,
     * in the same transaction, so nobody loses (or keeps on a code no site has) what they could do
     * there. Only a central administrator changes a site's code: the grants of every account on the
     * site move, a site administrator's own among them.
     */
    private void carryGrants(EntityManager em, Actor actor, String oldCode, String newCode) {
        for (Account account : accounts.list()) {
            Set<Role> held = account.siteRoles().get(oldCode);
            if (held != null && !held.isEmpty()) {
                accounts.grant(em, actor, account.username(), newCode, held);
                accounts.grant(em, actor, account.username(), oldCode, Set.of());
            }
        }
    }

    private static List<Site> allSites(EntityManager em) {
        return em.createQuery("SELECT s FROM SiteEntity s", SiteEntity.class).getResultList().stream().map(SiteEntity::toSite).toList();
    }

    // ---- windows

    @Override
    public List<Window> windows(long siteId) {
        return read(em -> windows(em, siteId));
    }

    private static List<Window> windows(EntityManager em, long siteId) {
        return bySite(em, WindowEntity.class, siteId, WindowEntity::toWindow, Comparator.comparingInt(Window::number));
    }

    @Override
    public Window createWindow(Actor actor, long siteId, WindowDraft draft) {
        requireAt(actor, Role.ADMIN, siteId, "createWindow", "site", siteId);
        WindowDraft d = SiteRules.normalize(draft);
        return change(em -> {
            siteEntity(em, siteId);
            checkWindow(em, siteId, d, null);
            return created(em, actor, "window", new WindowEntity(siteId, d), WindowEntity::toWindow, Window::id);
        });
    }

    @Override
    public Window updateWindow(Actor actor, long windowId, WindowDraft draft) {
        requireAt(actor, Role.ADMIN, siteOf(WindowEntity.class, windowId, "site.thing.window", WindowEntity::siteId), "changeWindow",
                "window", windowId);
        WindowDraft d = SiteRules.normalize(draft);
        return change(em -> {
            WindowEntity e = windowEntity(em, windowId);
            Window before = e.toWindow();
            checkWindow(em, e.siteId(), d, windowId);
            return updated(em, actor, "window", windowId, before, () -> e.apply(d), e::toWindow);
        });
    }

    private void checkWindow(EntityManager em, long siteId, WindowDraft d, Long selfId) {
        Map<String, ServiceItem> items = items(em, siteId).stream().collect(Collectors.toMap(ServiceItem::code, i -> i));
        Set<String> available = items.values().stream().filter(this::isAvailable).map(ServiceItem::code).collect(Collectors.toSet());
        SiteRules.checkWindow(d, windows(em, siteId), selfId, items, available);
    }

    @Override
    public void deleteWindow(Actor actor, long windowId) {
        requireAt(actor, Role.ADMIN, siteOf(WindowEntity.class, windowId, "site.thing.window", WindowEntity::siteId), "deleteWindow",
                "window", windowId);
        change(em -> {
            WindowEntity e = windowEntity(em, windowId);
            Window before = e.toWindow();
            em.remove(e);
            audit.record(em, actor, "delete", "window", windowId, before, null);
            return null;
        });
    }

    private static StaffEntity staffEntity(EntityManager em, long staffId) {
        return found(em, StaffEntity.class, staffId, "site.thing.staff");
    }

    private static WindowEntity windowEntity(EntityManager em, long windowId) {
        return found(em, WindowEntity.class, windowId, "site.thing.window");
    }

    // ---- service items

    @Override
    public List<ServiceItem> serviceItems(long siteId) {
        return read(em -> items(em, siteId));
    }

    private static List<ServiceItem> items(EntityManager em, long siteId) {
        return bySite(em, ServiceItemEntity.class, siteId, ServiceItemEntity::toItem, Comparator.comparing(ServiceItem::code));
    }

    @Override
    public boolean isAvailable(ServiceItem item) {
        // a sector item is available while a running plugin of its sector offers its code
        return "core".equals(item.sector())
                || catalogue.item(item.code()).map(c -> c.sector().equals(item.sector())).orElse(false);
    }

    @Override
    public ServiceItem createServiceItem(Actor actor, long siteId, ServiceItemDraft draft) {
        requireAt(actor, Role.ADMIN, siteId, "createServiceItem", "site", siteId);
        ServiceItemDraft d = SiteRules.normalize(draft);
        return change(em -> insertItem(em, actor, siteId, d));
    }

    private ServiceItem insertItem(EntityManager em, Actor actor, long siteId, ServiceItemDraft d) {
        siteEntity(em, siteId);
        SiteRules.checkServiceItem(d, items(em, siteId), null);
        return created(em, actor, "service-item", new ServiceItemEntity(siteId, d), ServiceItemEntity::toItem, ServiceItem::id);
    }

    @Override
    public ServiceItem updateServiceItem(Actor actor, long itemId, ServiceItemDraft draft) {
        requireAt(actor, Role.ADMIN, siteOf(ServiceItemEntity.class, itemId, "site.thing.serviceItem", ServiceItemEntity::siteId),
                "changeServiceItem", "service-item", itemId);
        return change(em -> {
            ServiceItemEntity e = itemEntity(em, itemId);
            ServiceItem before = e.toItem();
            // the code and sector identify the item for windows and tickets: they do not change
            ServiceItemDraft d = SiteRules.normalize(new ServiceItemDraft(before.code(), draft.name(), draft.ticketPrefix(),
                    before.sector(), draft.timeLimit()));
            if (draft.code() != null && !SiteRules.upper(draft.code()).equals(before.code())) {
                throw ValidationException.of("code", SiteRules.TEXTS.message("site.error.itemCodeFixed", before.name()));
            }
            SiteRules.checkServiceItem(d, items(em, e.siteId()), itemId);
            return updated(em, actor, "service-item", itemId, before, () -> e.apply(d), e::toItem);
        });
    }

    @Override
    public void deleteServiceItem(Actor actor, long itemId) {
        requireAt(actor, Role.ADMIN, siteOf(ServiceItemEntity.class, itemId, "site.thing.serviceItem", ServiceItemEntity::siteId),
                "deleteServiceItem", "service-item", itemId);
        change(em -> {
            ServiceItemEntity e = itemEntity(em, itemId);
            ServiceItem before = e.toItem();
            List<String> users = windows(em, e.siteId()).stream().filter(w -> w.serviceCodes().contains(before.code()))
                    .map(w -> w.number() + " " + w.name()).toList();
            if (!users.isEmpty()) {
                throw new Conflict(SiteRules.TEXTS.message("site.error.itemInUse", before.name(), String.join(", ", users)));
            }
            em.remove(e);
            audit.record(em, actor, "delete", "service-item", itemId, before, null);
            return null;
        });
    }

    @Override
    public ServiceItem adoptCatalogueItem(Actor actor, long siteId, String code, String ticketPrefix) {
        requireAt(actor, Role.ADMIN, siteId, "createServiceItem", "site", siteId);
        CatalogueItem item = catalogue.item(SiteRules.upper(code))
                .orElseThrow(() -> new NotFound(SiteRules.TEXTS.message("site.error.catalogueItemNotFound", code)));
        String prefix = ticketPrefix == null || ticketPrefix.isBlank() ? item.defaultPrefix() : ticketPrefix;
        ServiceItemDraft d = SiteRules.normalize(new ServiceItemDraft(item.code(), item.nameZh(), prefix, item.sector(), item.timeLimit()));
        return change(em -> insertItem(em, actor, siteId, d));
    }

    private static ServiceItemEntity itemEntity(EntityManager em, long itemId) {
        return found(em, ServiceItemEntity.class, itemId, "site.thing.serviceItem");
    }

    // ---- staff

    @Override
    public List<Staff> staff(long siteId) {
        return read(em -> staff(em, siteId));
    }

    private static List<Staff> staff(EntityManager em, long siteId) {
        return bySite(em, StaffEntity.class, siteId, StaffEntity::toStaff, Comparator.comparing(Staff::staffNumber));
    }

    @Override
    public Staff createStaff(Actor actor, long siteId, StaffDraft draft, String initialPassword) {
        requireAt(actor, Role.ADMIN, siteId, "createStaff", "site", siteId);
        StaffDraft d = SiteRules.normalize(draft);
        return change(em -> {
            String siteCode = siteEntity(em, siteId).toSite().code();
            SiteRules.checkStaff(d, staff(em, siteId), null);
            String username = SiteRules.usernameOf(d.staffNumber());
            // the account joins this transaction: both are saved, or neither; its roles are held at this site (S1)
            accounts.createAtSite(em, actor, username, d.name(), siteCode, d.roles(), initialPassword);
            return created(em, actor, "staff", new StaffEntity(siteId, username, d), StaffEntity::toStaff, Staff::id);
        });
    }

    @Override
    public Staff updateStaff(Actor actor, long staffId, StaffDraft draft) {
        requireAt(actor, Role.ADMIN, siteOf(StaffEntity.class, staffId, "site.thing.staff", StaffEntity::siteId), "changeStaff", "staff",
                staffId);
        return change(em -> {
            StaffEntity e = staffEntity(em, staffId);
            Staff before = e.toStaff();
            StaffDraft d = SiteRules.normalize(draft);
            if (d.staffNumber() == null || d.staffNumber().isBlank()) {
                throw ValidationException.of("staffNumber", SiteRules.TEXTS.message("site.error.staffNumberRequired"));
            }
            if (!d.staffNumber().equalsIgnoreCase(before.staffNumber())) {
                throw ValidationException.of("staffNumber", SiteRules.TEXTS.message("site.error.staffNumberFixed", before.name()));
            }
            SiteRules.checkStaff(d, staff(em, e.siteId()), staffId);
            accounts.updateAtSite(em, actor, before.username(), d.name(), siteEntity(em, e.siteId()).toSite().code(), d.roles(),
                    d.active());
            return updated(em, actor, "staff", staffId, before, () -> e.apply(d), e::toStaff);
        });
    }

    @Override
    public Staff setStaffPassword(Actor actor, long staffId, String newPassword) {
        requireAt(actor, Role.ADMIN, siteOf(StaffEntity.class, staffId, "site.thing.staff", StaffEntity::siteId), "setStaffPassword",
                "staff", staffId);
        return change(em -> {
            StaffEntity e = staffEntity(em, staffId);
            Staff staff = e.toStaff();
            // checks the password rules and records the account's own audit entry, in this transaction
            accounts.setPassword(em, actor, staff.username(), newPassword);
            audit.record(em, actor, "set-password", "staff", staffId, null, "(password of " + staff.username() + " changed)");
            return staff;
        });
    }

    // ---- calendar

    @Override
    public List<CalendarDay> calendarDays(long siteId) {
        return read(em -> days(em, siteId));
    }

    private static List<CalendarDay> days(EntityManager em, long siteId) {
        return bySite(em, CalendarDayEntity.class, siteId, CalendarDayEntity::toDay, Comparator.comparing(CalendarDay::date));
    }

    @Override
    public WorkingDayCalendar calendar(long siteId) {
        return new WorkingDayCalendar(calendarDays(siteId));
    }

    @Override
    public CalendarDay setCalendarDay(Actor actor, long siteId, CalendarDay day) {
        requireAt(actor, Role.ADMIN, siteId, "changeCalendar", "site", siteId);
        Validator v = new Validator();
        v.check(day != null && day.date() != null, "date", SiteRules.TEXTS.message("site.error.dateRequired"))
                .check(day != null && day.kind() != null, "kind", SiteRules.TEXTS.message("site.error.dayKindRequired"));
        if (day != null) {
            v.maxLength("note", day.note(), 100);
        }
        v.throwIfInvalid();
        CalendarDay d = new CalendarDay(day.date(), day.kind(), SiteRules.trim(day.note()));
        return change(em -> {
            siteEntity(em, siteId);
            CalendarDayEntity e = em.find(CalendarDayEntity.class, new CalendarDayEntity.Key(siteId, d.date()));
            CalendarDay before = e == null ? null : e.toDay();
            if (e == null) {
                em.persist(new CalendarDayEntity(siteId, d));
            } else {
                e.apply(d);
            }
            audit.record(em, actor, before == null ? "create" : "update", "calendar-day", siteId + "/" + d.date(), before, d);
            return d;
        });
    }

    @Override
    public void removeCalendarDay(Actor actor, long siteId, LocalDate date) {
        requireAt(actor, Role.ADMIN, siteId, "changeCalendar", "site", siteId);
        change(em -> {
            CalendarDayEntity e = em.find(CalendarDayEntity.class, new CalendarDayEntity.Key(siteId, date));
            if (e == null) {
                throw new NotFound(SiteRules.TEXTS.message("site.error.calendarEntryNotFound", String.valueOf(date)));
            }
            CalendarDay before = e.toDay();
            em.remove(e);
            audit.record(em, actor, "delete", "calendar-day", siteId + "/" + date, before, null);
            return null;
        });
    }
}
