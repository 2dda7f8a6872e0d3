package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.PluginSource;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.site.WorkingDayCalendar;
import org.servicehall.testing.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

/**
 * Sites, windows, service items, staff and calendars on the real schema, with the real security
 * service (accounts, audit log) and a real catalogue, on H2 and on PostgreSQL.
 */
class SiteServicePersistenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-28T01:00:00Z"), ZoneOffset.UTC);
    private static final PluginSource TAX = new PluginSource(41, "org.servicehall.sector.taxhall", "1.0.0", "tax-hall");
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);
    private static final String TAX_CATALOGUE = """
            TX-REG-SETUP.name      = Tax registration: set-up
            TX-REG-SETUP.name.zh   = 税务登记（设立）
            TX-REG-SETUP.prefix    = T
            TX-REG-SETUP.timeLimit = LEGAL:10
            TX-REG-SETUP.order     = 10
            TX-VAT-GENERAL.name      = VAT general-taxpayer recognition
            TX-VAT-GENERAL.name.zh   = 增值税一般纳税人资格登记
            TX-VAT-GENERAL.prefix    = V
            TX-VAT-GENERAL.timeLimit = LEGAL:22
            TX-VAT-GENERAL.order     = 20
            TX-INVOICE.name      = Invoice services
            TX-INVOICE.name.zh   = 发票业务
            TX-INVOICE.prefix    = F
            TX-INVOICE.timeLimit = ON_THE_SPOT
            TX-INVOICE.order     = 30
            """;

    @TempDir
    Path dir;

    private TestDatabase db;
    private JdbcConnectionPool pool;
    private EntityManagerFactory securityEmf;
    private EntityManagerFactory siteEmf;
    private SecurityService security;
    private ServiceCatalogueImpl catalogue;
    private URL taxCatalogue;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    private SiteServiceImpl start(TestDatabase.Kind kind) throws IOException {
        return start(kind, CLOCK);
    }

    /** The site service on a fresh database, with the installation's clock given (its zone is the installation's). */
    private SiteServiceImpl start(TestDatabase.Kind kind, Clock installation) throws IOException {
        db = TestDatabase.create(kind);
        // pooled, as in production; a new PostgreSQL connection per transaction made this test slow
        pool = db.pool(10);
        ClassLoader loader = getClass().getClassLoader();
        SchemaMigrations.migrate(pool, loader, "security");
        SchemaMigrations.migrate(pool, loader, "site");
        securityEmf = PersistenceUnits.create("security", loader, pool);
        siteEmf = PersistenceUnits.create("site", loader, pool);
        security = new SecurityService(securityEmf, CLOCK, 1_000);
        Path file = dir.resolve("tax.properties");
        Files.writeString(file, TAX_CATALOGUE, StandardCharsets.UTF_8);
        taxCatalogue = file.toUri().toURL();
        catalogue = new ServiceCatalogueImpl();
        catalogue.added(TAX, List.of(taxCatalogue));
        return new SiteServiceImpl(siteEmf, catalogue, security, security, installation);
    }

    @AfterEach
    void close() {
        if (siteEmf != null) {
            siteEmf.close();
        }
        if (securityEmf != null) {
            securityEmf.close();
        }
        if (pool != null) {
            pool.dispose();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Plain SQL outside the code under test, e.g. to break the database on purpose. */
    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String table) {
        return ((Number) db.query("SELECT COUNT(*) FROM " + table).get(0)[0]).longValue();
    }

    private List<String> actions(String entityType, Object id) {
        return security.history(entityType, id).stream().map(AuditEntry::action).toList();
    }

    private static Site demoSite(SiteServiceImpl sites) {
        return sites.createSite(ADMIN, new SiteDraft("TAX-01", "办税服务厅", "1 Example Road", NINE, FIVE));
    }

    private static ServiceItem consult(SiteServiceImpl sites, long siteId) {
        return sites.createServiceItem(ADMIN, siteId, new ServiceItemDraft("CONSULT", "咨询", "C", null,
                TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /**
     * Issue 12 (Time): each site has its zone, kept with it; a site's clock is the installation's clock
     * in that zone, so its date flips at its own midnight, not the server's. The installation runs in
     * UTC here, 17:30 UTC: already the next day in Shanghai.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void eachSiteKeepsItsZoneAndItsClockAndDateAreInIt(TestDatabase.Kind kind) throws IOException {
        Clock utc = Clock.fixed(Instant.parse("2026-09-27T17:30:00Z"), ZoneOffset.UTC);
        SiteServiceImpl sites = start(kind, utc);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Site hall = sites.createSite(ADMIN, new SiteDraft("TAX-01", "办税服务厅", null, NINE, FIVE, shanghai));
        Site plain = sites.createSite(ADMIN, new SiteDraft("HOSP", "医院窗口", null, NINE, FIVE));
        assertEquals(shanghai, sites.site(hall.id()).zone(), "the zone the admin gave is stored");
        assertEquals(ZoneOffset.UTC, sites.site(plain.id()).zone(), "without one, the installation's zone");

        assertEquals(shanghai, sites.clock(hall.id()).getZone());
        assertEquals(utc.instant(), sites.clock(hall.id()).instant(), "the same instant, seen in the site's zone");
        assertEquals(LocalTime.of(1, 30), LocalTime.now(sites.clock(hall.id())));
        assertEquals(d(9, 28), sites.today(hall.id()), "past midnight in Shanghai");
        assertEquals(d(9, 27), sites.today(plain.id()), "still the 27th in UTC");

        Site renamed = sites.updateSite(ADMIN, hall.id(), new SiteDraft("TAX-01", "办税服务大厅", null, NINE, FIVE));
        assertEquals(shanghai, renamed.zone(), "a change without a zone keeps the site's");
        ZoneId urumqi = ZoneId.of("Asia/Urumqi");
        Site moved = sites.updateSite(ADMIN, hall.id(), new SiteDraft("TAX-01", "办税服务大厅", null, NINE, FIVE, urumqi));
        assertEquals(urumqi, sites.site(hall.id()).zone());
        assertEquals(urumqi, sites.clock(hall.id()).getZone(), "a change on this node is seen at once");
        assertEquals(moved, sites.sites().stream().filter(s -> s.id() == hall.id()).findFirst().orElseThrow());
        assertTrue(security.history("site", hall.id()).get(2).after().contains("Asia/Urumqi"), "the zone is audited (S2)");
        assertThrows(NotFound.class, () -> sites.clock(999_999));
    }

    /** Sites stored before sites had zones (schema V1) take the installation's zone when the service starts. */
    @ParameterizedTest
    @MethodSource("kinds")
    void sitesOfBeforeZonesTakeTheInstallationsZone(TestDatabase.Kind kind) throws IOException, SQLException {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        SiteServiceImpl first = start(kind, CLOCK.withZone(shanghai));
        Site site = demoSite(first);
        execute("UPDATE sh_site SET zone = NULL");
        SiteServiceImpl restarted = new SiteServiceImpl(siteEmf, catalogue, security, security, CLOCK.withZone(shanghai));
        assertEquals(shanghai, restarted.site(site.id()).zone());
        assertEquals(1L, ((Number) db.query("SELECT COUNT(*) FROM sh_site WHERE zone = 'Asia/Shanghai'").get(0)[0]).longValue());
    }

    /** The demo hall of before zones is Beijing time (schema V3), whatever the installation's zone. */
    @ParameterizedTest
    @MethodSource("kinds")
    void theDemoHallOfBeforeZonesIsInShanghai(TestDatabase.Kind kind) throws IOException, SQLException {
        SiteServiceImpl sites = start(kind);
        Site demo = sites.createSite(ADMIN, new SiteDraft("DEMO", "演示服务大厅", null, NINE, FIVE));
        assertEquals(ZoneOffset.UTC, demo.zone());
        execute("UPDATE sh_site SET zone = NULL");
        // V4 (roles per site) came after V3 and runs again with it: it changes nothing the second time
        execute("DELETE FROM \"flyway_history_site\" WHERE \"version\" IN ('3', '4')");
        SchemaMigrations.migrate(pool, getClass().getClassLoader(), "site");
        assertEquals(ZoneId.of("Asia/Shanghai"), sites.site(demo.id()).zone());
    }

    /**
     * S1 (issue 16): an account of a staff member held its roles on every site; schema V4 moves them to
     * the staff member's own site, where it keeps what it could do; an administrator stays central.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void staffAccountsOfBeforeRolesPerSiteKeepTheirRolesAtTheirOwnSite_S1(TestDatabase.Kind kind) throws IOException, SQLException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        sites.createStaff(ADMIN, site.id(), new StaffDraft("S001", "李娜", Set.of(Role.SUPERVISOR), true), "window-1-pass");
        sites.createStaff(ADMIN, site.id(), new StaffDraft("S002", "王芳", Set.of(Role.ADMIN), true), "window-2-pass");
        execute("UPDATE sh_account SET roles = 'SUPERVISOR' WHERE username = 's001'");
        execute("UPDATE sh_account SET roles = 'ADMIN' WHERE username = 's002'");
        execute("DELETE FROM sh_account_site_role");
        execute("DELETE FROM \"flyway_history_site\" WHERE \"version\" = '4'");
        SchemaMigrations.migrate(pool, getClass().getClassLoader(), "site");
        org.servicehall.security.Account li = security.find("s001").orElseThrow();
        assertEquals(Set.of(), li.roles(), "no longer on every site");
        assertEquals(java.util.Map.of(site.code(), Set.of(Role.SUPERVISOR)), li.siteRoles());
        assertEquals(Set.of(Role.ADMIN), security.find("s002").orElseThrow().roles(), "an administrator stays central");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sitesAreSavedFoundAndEveryChangeIsAudited_S2(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = sites.createSite(ADMIN, new SiteDraft(" tax-01 ", " 办税服务厅 ", "1 Example Road", NINE, FIVE));
        assertEquals("TAX-01", site.code());
        assertEquals("办税服务厅", site.name());
        assertEquals(site, sites.site(site.id()));
        assertEquals(Optional.of(site), sites.siteByCode("tax-01"));
        assertEquals(site, sites.siteWithCode("tax-01"));
        assertEquals(List.of(site), sites.sites());

        Site moved = sites.updateSite(ADMIN, site.id(), new SiteDraft("TAX-01", "办税服务厅", "2 New Road", LocalTime.of(8, 30), FIVE));
        assertEquals(moved, sites.site(site.id()));
        assertEquals(LocalTime.of(8, 30), sites.site(site.id()).opensAt());

        List<AuditEntry> history = security.history("site", site.id());
        assertEquals(List.of("create", "update"), history.stream().map(AuditEntry::action).toList());
        assertEquals("zhang.admin", history.get(0).actor());
        assertEquals(CLOCK.instant(), history.get(0).at());
        assertNull(history.get(0).before());
        assertTrue(history.get(1).before().contains("1 Example Road"), history.get(1).before());
        assertTrue(history.get(1).after().contains("2 New Road"), history.get(1).after());

        Site other = sites.createSite(ADMIN, new SiteDraft("HOSP", "医院窗口", null, NINE, FIVE));
        ValidationException dup = assertThrows(ValidationException.class,
                () -> sites.updateSite(ADMIN, other.id(), new SiteDraft("tax-01", "医院窗口", null, NINE, FIVE)));
        assertTrue(dup.byField().get("code").contains("already used by the site '办税服务厅'"), dup.getMessage());
        assertEquals("HOSP", sites.site(other.id()).code());
        assertThrows(NotFound.class, () -> sites.site(999_999));
        assertTrue(sites.siteByCode("NOPE").isEmpty());
        assertEquals(new NotFound("Site", "NOPE").getMessage(), assertThrows(NotFound.class, () -> sites.siteWithCode("NOPE")).getMessage());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void windowsServeTheSiteItemsAndEveryChangeIsAudited_Q5_S2(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        ServiceItem consult = consult(sites, site.id());
        ServiceItem reg = sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", null);
        assertEquals(List.of("CONSULT", "TX-REG-SETUP"), sites.serviceItems(site.id()).stream().map(ServiceItem::code).toList());

        Window w1 = sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "办税服务窗口", Set.of("consult", "tx-reg-setup")));
        Window w2 = sites.createWindow(ADMIN, site.id(), new WindowDraft(2, "咨询台", Set.of("CONSULT")));
        assertEquals(Set.of("CONSULT", "TX-REG-SETUP"), w1.serviceCodes());
        assertEquals(List.of(w1, w2), sites.windows(site.id()));

        Window changed = sites.updateWindow(ADMIN, w1.id(), new WindowDraft(1, "办税服务窗口", Set.of("TX-REG-SETUP")));
        assertEquals(Set.of("TX-REG-SETUP"), changed.serviceCodes());
        assertEquals(Set.of("TX-REG-SETUP"), sites.windows(site.id()).get(0).serviceCodes());
        assertEquals(2, count("sh_window_service"));

        sites.deleteWindow(ADMIN, w2.id());
        assertEquals(List.of(changed), sites.windows(site.id()));
        assertEquals(1, count("sh_window_service"), "the deleted window's services go with it");

        assertEquals(List.of("create"), actions("service-item", consult.id()));
        assertEquals(List.of("create"), actions("service-item", reg.id()));
        assertEquals(List.of("create", "update"), actions("window", w1.id()));
        assertEquals(List.of("create", "delete"), actions("window", w2.id()));
        AuditEntry deleted = security.history("window", w2.id()).get(1);
        assertTrue(deleted.before().contains("咨询台"), deleted.before());
        assertNull(deleted.after());
        assertThrows(NotFound.class, () -> sites.deleteWindow(ADMIN, w2.id()));
        assertThrows(NotFound.class, () -> sites.createWindow(ADMIN, 999_999, new WindowDraft(1, "W", Set.of())));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void duplicateWindowNumberIsRefusedNamingTheOtherWindowAndNothingIsSaved_Q5(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        consult(sites, site.id());
        Window three = sites.createWindow(ADMIN, site.id(), new WindowDraft(3, "办税服务窗口", Set.of("CONSULT")));
        Window four = sites.createWindow(ADMIN, site.id(), new WindowDraft(4, "咨询台", Set.of()));
        long audit = count("sh_audit_log");

        ValidationException e = assertThrows(ValidationException.class,
                () -> sites.createWindow(ADMIN, site.id(), new WindowDraft(3, "New counter", Set.of("CONSULT"))));
        assertEquals("window number 3 is already used by '办税服务窗口'", e.byField().get("number"));
        ValidationException moved = assertThrows(ValidationException.class,
                () -> sites.updateWindow(ADMIN, four.id(), new WindowDraft(3, "咨询台", Set.of("CONSULT"))));
        assertTrue(moved.byField().get("number").contains("'办税服务窗口'"), moved.getMessage());

        assertEquals(2, count("sh_window"));
        assertEquals(1, count("sh_window_service"));
        assertEquals(audit, count("sh_audit_log"), "no audit entry for a refused change");
        assertEquals(List.of(three, four), sites.windows(site.id()));

        // a different site may use number 3
        Site other = sites.createSite(ADMIN, new SiteDraft("HOSP", "医院窗口", null, NINE, FIVE));
        assertDoesNotThrow(() -> sites.createWindow(ADMIN, other.id(), new WindowDraft(3, "药房", Set.of())));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aWindowGetsOnlyKnownServicesAndAllProblemsAreNamed_Q5(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Site other = sites.createSite(ADMIN, new SiteDraft("HOSP", "医院窗口", null, NINE, FIVE));
        consult(sites, other.id());
        ValidationException e = assertThrows(ValidationException.class,
                () -> sites.createWindow(ADMIN, site.id(), new WindowDraft(0, "", Set.of("CONSULT", "X"))));
        assertEquals(4, e.errors().size(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown service 'CONSULT'"), "another site's item is unknown here: " + e.getMessage());
        assertTrue(e.getMessage().contains("unknown service 'X'"), e.getMessage());
        assertEquals(0, count("sh_window"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void staffGetALoginAccountInTheSameTransaction_S1_S2(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Staff li = sites.createStaff(ADMIN, site.id(), new StaffDraft(" S001 ", " 李娜 ", Set.of(Role.STAFF), true), "window-1-pass");
        assertEquals("S001", li.staffNumber());
        assertEquals("s001", li.username());
        assertEquals(List.of(li), sites.staff(site.id()));

        Actor actor = security.authenticate("S001", "window-1-pass").orElseThrow();
        assertEquals("s001", actor.username());
        assertEquals("李娜", actor.displayName());
        assertTrue(actor.has(Role.STAFF));
        assertFalse(actor.has(Role.SUPERVISOR));
        assertTrue(security.authenticate("s001", "wrong-password").isEmpty());

        Staff promoted = sites.updateStaff(ADMIN, li.id(), new StaffDraft("s001", "李娜", Set.of(Role.SUPERVISOR), true));
        assertEquals(Set.of(Role.SUPERVISOR), promoted.roles());
        assertTrue(security.authenticate("s001", "window-1-pass").orElseThrow().has(Role.SUPERVISOR));
        Staff left = sites.updateStaff(ADMIN, li.id(), new StaffDraft("S001", "李娜", Set.of(Role.SUPERVISOR), false));
        assertFalse(left.active());
        assertTrue(security.authenticate("s001", "window-1-pass").isEmpty(), "an inactive staff member cannot log in");

        ValidationException renumber = assertThrows(ValidationException.class,
                () -> sites.updateStaff(ADMIN, li.id(), new StaffDraft("S002", "李娜", Set.of(Role.STAFF), true)));
        assertTrue(renumber.byField().containsKey("staffNumber"), renumber.getMessage());
        assertThrows(NotFound.class, () -> sites.updateStaff(ADMIN, 999_999, new StaffDraft("S001", "x", Set.of(Role.STAFF), true)));

        assertEquals(List.of("create", "update", "update"), actions("staff", li.id()));
        List<AuditEntry> account = security.history("account", "s001");
        assertEquals(List.of("create", "update", "update"), account.stream().map(AuditEntry::action).toList());
        assertEquals("zhang.admin", account.get(0).actor());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAdminSetsAStaffMembersNewPasswordAudited_S1_S2(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Staff li = sites.createStaff(ADMIN, site.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "window-1-pass");

        Staff set = sites.setStaffPassword(ADMIN, li.id(), "handed-over-2026");
        assertEquals(li, set);
        assertEquals("s001", security.authenticate("S001", "handed-over-2026").orElseThrow().username());
        assertTrue(security.authenticate("s001", "window-1-pass").isEmpty(), "the old password no longer works");

        assertEquals(List.of("create", "set-password"), actions("staff", li.id()));
        List<AuditEntry> account = security.history("account", "s001");
        assertEquals(List.of("create", "set-password"), account.stream().map(AuditEntry::action).toList());
        assertEquals("zhang.admin", account.get(1).actor());
        assertFalse(account.get(1).after().contains("handed-over-2026"), "the password itself is never audited");
        assertEquals(java.util.Map.of(site.code(), Set.of(Role.STAFF)), security.find("s001").orElseThrow().siteRoles(),
                "only the password changed: staff of this site alone (S1)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPasswordBreakingTheRulesChangesNothing_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Staff li = sites.createStaff(ADMIN, site.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "window-1-pass");
        long audit = count("sh_audit_log");

        ValidationException tooShort = assertThrows(ValidationException.class, () -> sites.setStaffPassword(ADMIN, li.id(), "short"));
        assertTrue(tooShort.byField().get("password").contains("at least 10"), tooShort.getMessage());
        ValidationException login = assertThrows(ValidationException.class,
                () -> sites.setStaffPassword(ADMIN, li.id(), "my-s001-password"));
        assertTrue(login.byField().get("password").contains("username"), login.getMessage());
        assertThrows(ValidationException.class, () -> sites.setStaffPassword(ADMIN, li.id(), null));

        assertTrue(security.authenticate("s001", "window-1-pass").isPresent(), "the old password still works");
        assertEquals(audit, count("sh_audit_log"));
        assertThrows(NotFound.class, () -> sites.setStaffPassword(ADMIN, 999_999, "handed-over-2026"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void onlyAnAdminSetsAStaffMembersPassword_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Staff li = sites.createStaff(ADMIN, site.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "window-1-pass");
        long audit = count("sh_audit_log");

        for (Actor actor : List.of(new Actor("wang.fang", "王芳", EnumSet.of(Role.SUPERVISOR)),
                new Actor("s001", "李娜", EnumSet.of(Role.STAFF)), new Actor("kiosk", "Kiosk", Set.of()))) {
            AccessDenied denied = assertThrows(AccessDenied.class, () -> sites.setStaffPassword(actor, li.id(), "taken-over-2026"));
            assertTrue(denied.getMessage().contains("Administrator"), denied.getMessage());
        }
        assertTrue(security.authenticate("s001", "window-1-pass").isPresent());
        assertTrue(security.authenticate("s001", "taken-over-2026").isEmpty());
        assertEquals(List.of("create", "refuse", "refuse", "refuse"), actions("staff", li.id()), "only the refusals, audited (S1)");
        assertEquals(audit + 3, count("sh_audit_log"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTooShortPasswordSavesNeitherAccountNorStaffRow_S1_S2(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        long audit = count("sh_audit_log");
        ValidationException e = assertThrows(ValidationException.class,
                () -> sites.createStaff(ADMIN, site.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "short"));
        assertTrue(e.byField().get("password").contains("at least 10"), e.getMessage());
        assertEquals(0, count("sh_account"));
        assertEquals(0, count("sh_staff"));
        assertEquals(audit, count("sh_audit_log"));
        assertTrue(security.find("s001").isEmpty());
        assertTrue(sites.staff(site.id()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aStaffNumberWhoseLoginIsTakenSavesNothing_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site tax = demoSite(sites);
        Site hospital = sites.createSite(ADMIN, new SiteDraft("HOSP", "医院窗口", null, NINE, FIVE));
        sites.createStaff(ADMIN, tax.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "window-1-pass");
        long audit = count("sh_audit_log");

        ValidationException sameSite = assertThrows(ValidationException.class,
                () -> sites.createStaff(ADMIN, tax.id(), new StaffDraft("s001", "王芳", Set.of(Role.STAFF), true), "window-2-pass"));
        assertTrue(sameSite.byField().get("staffNumber").contains("already used by 李娜"), sameSite.getMessage());
        // staff numbers are per site, login names are not: the second S001 clashes on the account
        Conflict otherSite = assertThrows(Conflict.class,
                () -> sites.createStaff(ADMIN, hospital.id(), new StaffDraft("S001", "王芳", Set.of(Role.STAFF), true), "window-2-pass"));
        assertTrue(otherSite.getMessage().contains("'s001'"), otherSite.getMessage());

        assertEquals(1, count("sh_staff"));
        assertEquals(1, count("sh_account"));
        assertEquals(audit, count("sh_audit_log"));
        assertTrue(sites.staff(hospital.id()).isEmpty());
        assertEquals("李娜", security.find("s001").orElseThrow().displayName());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void calendarDaysAreSavedAuditedAndDeadlinesCountedOnThem_T1_T2_TX1_S2(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Site other = sites.createSite(ADMIN, new SiteDraft("HOSP", "医院窗口", null, NINE, FIVE));
        for (int day = 1; day <= 7; day++) {
            sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(d(10, day), CalendarDay.Kind.HOLIDAY, " 国庆节 "));
        }
        CalendarDay makeUp = sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(d(10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"));
        assertEquals(new CalendarDay(d(10, 10), CalendarDay.Kind.MAKEUP_WORKDAY, "调休上班"), makeUp);
        assertEquals(8, sites.calendarDays(site.id()).size());
        assertEquals(new CalendarDay(d(10, 1), CalendarDay.Kind.HOLIDAY, "国庆节"), sites.calendarDays(site.id()).get(0),
                "sorted by date, note trimmed");
        assertTrue(sites.calendarDays(other.id()).isEmpty(), "calendars are per site");

        ServiceItem reg = sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", null);
        WorkingDayCalendar cal = sites.calendar(site.id());
        // Wed 30 Sep + 10 working days: Thu 8, Fri 9, Sat 10 (make-up), Mon 12 .. Fri 16, Mon 19, Tue 20 Oct
        assertEquals(d(10, 20), reg.timeLimit().deadline(d(9, 30), cal));
        // the other site has no holidays: Thu 1 .. Wed 14 Oct
        assertEquals(d(10, 14), reg.timeLimit().deadline(d(9, 30), sites.calendar(other.id())));

        // a day changed and a day removed
        sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(d(10, 7), CalendarDay.Kind.MAKEUP_WORKDAY, null));
        sites.removeCalendarDay(ADMIN, site.id(), d(10, 10));
        assertEquals(7, sites.calendarDays(site.id()).size());
        WorkingDayCalendar changed = sites.calendar(site.id());
        assertTrue(changed.isWorkingDay(d(10, 7)));
        assertFalse(changed.isWorkingDay(d(10, 10)));
        assertEquals(List.of("create", "update"), actions("calendar-day", site.id() + "/2026-10-07"));
        assertEquals(List.of("create", "delete"), actions("calendar-day", site.id() + "/2026-10-10"));
        assertThrows(NotFound.class, () -> sites.removeCalendarDay(ADMIN, site.id(), d(10, 10)));

        ValidationException bad = assertThrows(ValidationException.class,
                () -> sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(null, null, "x".repeat(101))));
        assertEquals(Set.of("date", "kind", "note"), bad.byField().keySet());
        assertThrows(NotFound.class,
                () -> sites.setCalendarDay(ADMIN, 999_999, new CalendarDay(d(10, 1), CalendarDay.Kind.HOLIDAY, null)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deletingAServiceItemStillServedByAWindowIsAConflictNamingTheWindow_Q5(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        ServiceItem consult = consult(sites, site.id());
        Window three = sites.createWindow(ADMIN, site.id(), new WindowDraft(3, "办税服务窗口", Set.of("CONSULT")));
        Conflict e = assertThrows(Conflict.class, () -> sites.deleteServiceItem(ADMIN, consult.id()));
        assertTrue(e.getMessage().contains("'咨询'"), e.getMessage());
        assertTrue(e.getMessage().contains("3 办税服务窗口"), e.getMessage());
        assertEquals(List.of(consult), sites.serviceItems(site.id()));
        assertEquals(List.of("create"), actions("service-item", consult.id()));

        sites.updateWindow(ADMIN, three.id(), new WindowDraft(3, "办税服务窗口", Set.of()));
        sites.deleteServiceItem(ADMIN, consult.id());
        assertTrue(sites.serviceItems(site.id()).isEmpty());
        assertEquals(List.of("create", "delete"), actions("service-item", consult.id()));
        assertThrows(NotFound.class, () -> sites.deleteServiceItem(ADMIN, consult.id()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aServiceItemKeepsItsCodeAndItsPrefixStaysUnique_Q1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        ServiceItem consult = consult(sites, site.id());
        ServiceItem reg = sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", null);

        ServiceItem renamed = sites.updateServiceItem(ADMIN, consult.id(),
                new ServiceItemDraft(null, "政策咨询", "q", "hospital", TimeLimit.of(TimeLimitClass.SAME_DAY)));
        assertEquals("CONSULT", renamed.code());
        assertEquals("Q", renamed.ticketPrefix());
        assertEquals("core", renamed.sector(), "the sector does not change");
        assertEquals(TimeLimit.of(TimeLimitClass.SAME_DAY), renamed.timeLimit());
        assertEquals(List.of("create", "update"), actions("service-item", consult.id()));

        ValidationException code = assertThrows(ValidationException.class, () -> sites.updateServiceItem(ADMIN, consult.id(),
                new ServiceItemDraft("ADVICE", "政策咨询", "Q", null, TimeLimit.of(TimeLimitClass.SAME_DAY))));
        assertTrue(code.byField().get("code").contains("cannot change"), code.getMessage());
        ValidationException prefix = assertThrows(ValidationException.class, () -> sites.updateServiceItem(ADMIN, consult.id(),
                new ServiceItemDraft("consult", "政策咨询", "t", null, TimeLimit.of(TimeLimitClass.SAME_DAY))));
        assertEquals("prefix 'T' is in use by '税务登记（设立）'", prefix.byField().get("ticketPrefix"));
        ValidationException duplicate = assertThrows(ValidationException.class, () -> sites.createServiceItem(ADMIN, site.id(),
                new ServiceItemDraft("TX-REG-SETUP", "Copy", "Z", null, TimeLimit.legal(10))));
        assertTrue(duplicate.byField().get("code").contains("already used"), duplicate.getMessage());

        assertEquals(List.of(renamed, reg), sites.serviceItems(site.id()));
        assertEquals(List.of("create", "update"), actions("service-item", consult.id()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void adoptingACatalogueItemUsesThePluginsDefaultPrefixAndSector_T1_TX1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        ServiceItem reg = sites.adoptCatalogueItem(ADMIN, site.id(), "tx-reg-setup", null);
        assertEquals("TX-REG-SETUP", reg.code());
        assertEquals("T", reg.ticketPrefix());
        assertEquals("tax-hall", reg.sector());
        assertEquals(TimeLimit.legal(10), reg.timeLimit());
        assertEquals("税务登记（设立）", reg.name());
        assertTrue(sites.isAvailable(reg));

        ServiceItem vat = sites.adoptCatalogueItem(ADMIN, site.id(), "TX-VAT-GENERAL", "z");
        assertEquals("Z", vat.ticketPrefix(), "a given prefix wins over the default");
        assertEquals(TimeLimit.legal(22), vat.timeLimit());

        ValidationException clash = assertThrows(ValidationException.class,
                () -> sites.adoptCatalogueItem(ADMIN, site.id(), "TX-INVOICE", "T"));
        assertEquals("prefix 'T' is in use by '税务登记（设立）'", clash.byField().get("ticketPrefix"));
        assertThrows(ValidationException.class, () -> sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", "R"),
                "adopted twice");
        NotFound unknown = assertThrows(NotFound.class, () -> sites.adoptCatalogueItem(ADMIN, site.id(), "H-REG", null));
        assertTrue(unknown.getMessage().contains("H-REG"), unknown.getMessage());
        assertEquals(List.of(reg, vat), sites.serviceItems(site.id()));
        assertEquals(List.of("create"), actions("service-item", reg.id()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void whenThePluginIsRemovedItsItemsStayButCannotBeGivenToWindows_Q5_T1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        ServiceItem consult = consult(sites, site.id());
        ServiceItem reg = sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", null);
        Window one = sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "办税服务窗口", Set.of("TX-REG-SETUP")));

        catalogue.removed(TAX);
        assertEquals(List.of(consult, reg), sites.serviceItems(site.id()), "the item and its data stay");
        assertEquals(1, count("sh_service_item WHERE code = 'TX-REG-SETUP'"));
        assertFalse(sites.isAvailable(reg));
        assertTrue(sites.isAvailable(consult), "core items are always available");
        assertEquals(List.of(one), sites.windows(site.id()), "the window keeps what it had");

        ValidationException e = assertThrows(ValidationException.class,
                () -> sites.createWindow(ADMIN, site.id(), new WindowDraft(2, "新窗口", Set.of("TX-REG-SETUP", "CONSULT"))));
        assertEquals(List.of("serviceCodes"), e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertTrue(e.getMessage().contains("'TX-REG-SETUP' belongs to the sector 'tax-hall', whose plugin is not installed"),
                e.getMessage());
        assertEquals(1, count("sh_window"));
        assertThrows(NotFound.class, () -> sites.adoptCatalogueItem(ADMIN, site.id(), "TX-VAT-GENERAL", null),
                "a removed plugin's items cannot be adopted");

        catalogue.added(TAX, List.of(taxCatalogue));
        assertTrue(sites.isAvailable(reg), "available again when the plugin is back");
        assertDoesNotThrow(() -> sites.createWindow(ADMIN, site.id(), new WindowDraft(2, "新窗口", Set.of("TX-REG-SETUP"))));
    }

    /**
     * S1 (issue 16): a site's administrator changes that site's windows, items, staff and calendar,
     * and another site's are refused with a message naming the operation and the site, audited; the
     * central administrator changes both.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void aSiteAdminChangesOnlyTheirOwnSitesObjects_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site a = demoSite(sites);
        Site b = sites.createSite(ADMIN, new SiteDraft("HOSP-02", "医院窗口", null, NINE, FIVE));
        ServiceItem itemB = consult(sites, b.id());
        Window windowB = sites.createWindow(ADMIN, b.id(), new WindowDraft(1, "挂号", Set.of("CONSULT")));
        Staff staffB = sites.createStaff(ADMIN, b.id(), new StaffDraft("H001", "周", Set.of(Role.STAFF), true), "window-1-pass");
        Actor adminOfA = new Actor("a.admin", "站点A管理员", Set.of(), java.util.Map.of(a.code(), Set.of(Role.ADMIN)));

        Staff own = sites.createStaff(adminOfA, a.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "window-1-pass");
        sites.updateStaff(adminOfA, own.id(), new StaffDraft("S001", "李娜", Set.of(Role.SUPERVISOR), true));
        consult(sites, a.id());
        sites.createWindow(adminOfA, a.id(), new WindowDraft(1, "办税", Set.of("CONSULT")));

        List<Executable> others = List.of(
                () -> sites.updateStaff(adminOfA, staffB.id(), new StaffDraft("H001", "周", Set.of(Role.ADMIN), true)),
                () -> sites.setStaffPassword(adminOfA, staffB.id(), "taken-over-pass"),
                () -> sites.createStaff(adminOfA, b.id(), new StaffDraft("H002", "吴", Set.of(Role.STAFF), true), "window-2-pass"),
                () -> sites.updateWindow(adminOfA, windowB.id(), new WindowDraft(1, "X", Set.of())),
                () -> sites.deleteWindow(adminOfA, windowB.id()),
                () -> sites.updateServiceItem(adminOfA, itemB.id(), new ServiceItemDraft(null, "x", "C", null,
                        TimeLimit.of(TimeLimitClass.SAME_DAY))),
                () -> sites.setCalendarDay(adminOfA, b.id(), new CalendarDay(d(10, 2), CalendarDay.Kind.HOLIDAY, null)),
                () -> sites.updateSite(adminOfA, b.id(), new SiteDraft("HOSP-02", "Mine", null, NINE, FIVE)),
                () -> sites.createSite(adminOfA, new SiteDraft("NEW", "New", null, NINE, FIVE)));
        for (Executable change : others) {
            AccessDenied denied = assertThrows(AccessDenied.class, change);
            String english = denied.message(java.util.Locale.ENGLISH);
            assertTrue(english.startsWith("a.admin may not "), english);
            assertTrue(english.contains("HOSP-02") || english.contains("every site"), english);
            assertTrue(denied.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("无权"), "in Chinese too");
        }
        AccessDenied staff = assertThrows(AccessDenied.class, others.get(0));
        assertEquals("a.admin may not change staff at site HOSP-02: the role Administrator is required there",
                staff.message(java.util.Locale.ENGLISH));
        List<AuditEntry> refusals = security.history("staff", staffB.id()).stream().filter(e -> e.action().equals("refuse")).toList();
        assertEquals(3, refusals.size(), "each refusal on B's staff member is audited");
        assertEquals("a.admin", refusals.get(0).actor());
        assertEquals(Set.of(Role.STAFF), sites.staff(b.id()).get(0).roles(), "nothing changed on B");
        assertEquals(List.of(windowB), sites.windows(b.id()));

        // the central administrator changes either site
        assertEquals(Set.of(Role.SUPERVISOR),
                sites.updateStaff(ADMIN, staffB.id(), new StaffDraft("H001", "周", Set.of(Role.SUPERVISOR), true)).roles());
        assertDoesNotThrow(() -> sites.updateStaff(Actor.SYSTEM, own.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true)));
    }

    /**
     * S1: roles are granted by the site's code; a new code carries the grants over, so nobody is
     * orphaned on a code no site has. Only a central administrator changes a code.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void aSitesNewCodeCarriesItsGrants_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site a = demoSite(sites);
        sites.createStaff(ADMIN, a.id(), new StaffDraft("S001", "李娜", Set.of(Role.SUPERVISOR), true), "window-1-pass");
        Actor adminOfA = new Actor("a.admin", "站点A管理员", Set.of(), java.util.Map.of(a.code(), Set.of(Role.ADMIN)));
        AccessDenied denied = assertThrows(AccessDenied.class,
                () -> sites.updateSite(adminOfA, a.id(), new SiteDraft("TAX-09", "办税服务厅", null, NINE, FIVE)));
        assertTrue(denied.message(java.util.Locale.ENGLISH).contains("change a site's code"), denied.getMessage());
        assertEquals("TAX-01", sites.site(a.id()).code());
        assertDoesNotThrow(() -> sites.updateSite(adminOfA, a.id(), new SiteDraft("TAX-01", "办税服务大厅", null, NINE, FIVE)),
                "the site's own administrator changes its name");

        sites.updateSite(ADMIN, a.id(), new SiteDraft("TAX-09", "办税服务大厅", null, NINE, FIVE));
        assertEquals(java.util.Map.of("TAX-09", Set.of(Role.SUPERVISOR)), security.find("s001").orElseThrow().siteRoles());
        assertTrue(security.authenticate("s001", "window-1-pass").orElseThrow().hasAt(Role.SUPERVISOR, "TAX-09"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void onlyAdminsMayChangeSitesWindowsItemsStaffAndCalendars_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        ServiceItem consult = consult(sites, site.id());
        Window one = sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "办税服务窗口", Set.of("CONSULT")));
        sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(d(10, 1), CalendarDay.Kind.HOLIDAY, "国庆节"));
        long audit = count("sh_audit_log");
        long accounts = count("sh_account");

        for (Actor actor : List.of(new Actor("wang.fang", "王芳", EnumSet.of(Role.SUPERVISOR)),
                new Actor("s001", "李娜", EnumSet.of(Role.STAFF)), new Actor("kiosk", "Kiosk", Set.of()))) {
            List<Executable> changes = List.of(
                    () -> sites.createSite(actor, new SiteDraft("NEW", "New", null, NINE, FIVE)),
                    () -> sites.updateSite(actor, site.id(), new SiteDraft("TAX-01", "Renamed", null, NINE, FIVE)),
                    () -> sites.createWindow(actor, site.id(), new WindowDraft(2, "W", Set.of())),
                    () -> sites.updateWindow(actor, one.id(), new WindowDraft(1, "W", Set.of())),
                    () -> sites.deleteWindow(actor, one.id()),
                    () -> sites.createServiceItem(actor, site.id(), new ServiceItemDraft("NEW", "New", "N", null,
                            TimeLimit.of(TimeLimitClass.SAME_DAY))),
                    () -> sites.updateServiceItem(actor, consult.id(), new ServiceItemDraft(null, "x", "C", null,
                            TimeLimit.of(TimeLimitClass.SAME_DAY))),
                    () -> sites.deleteServiceItem(actor, consult.id()),
                    () -> sites.adoptCatalogueItem(actor, site.id(), "TX-REG-SETUP", null),
                    () -> sites.createStaff(actor, site.id(), new StaffDraft("S009", "赵", Set.of(Role.STAFF), true), "long-enough-pw"),
                    () -> sites.setCalendarDay(actor, site.id(), new CalendarDay(d(10, 2), CalendarDay.Kind.HOLIDAY, null)),
                    () -> sites.removeCalendarDay(actor, site.id(), d(10, 1)));
            for (Executable change : changes) {
                AccessDenied denied = assertThrows(AccessDenied.class, change);
                assertTrue(denied.getMessage().contains("ADMIN") || denied.getMessage().contains("Administrator"), denied.getMessage());
                assertTrue(denied.getMessage().startsWith(actor.username()), denied.getMessage());
            }
        }
        // S1: every refusal on the site's objects is audited (the central-only site creation by the actor's check alone)
        assertEquals(audit + 3 * 11, count("sh_audit_log"));
        assertEquals(3 * 11, security.recent(100).stream().filter(e -> e.action().equals("refuse")).count());
        assertEquals(accounts, count("sh_account"));
        assertEquals(List.of(site), sites.sites());
        assertEquals(List.of(one), sites.windows(site.id()));
        assertEquals(List.of(consult), sites.serviceItems(site.id()));
        assertTrue(sites.staff(site.id()).isEmpty());
        assertEquals(1, sites.calendarDays(site.id()).size());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aChangeWhoseAuditEntryCannotBeWrittenIsNotSaved_S2(TestDatabase.Kind kind) throws Exception {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        execute("ALTER TABLE sh_audit_log ADD CONSTRAINT ck_test_no_windows CHECK (entity_type <> 'window')");
        assertThrows(RuntimeException.class,
                () -> sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "办税服务窗口", Set.of())));
        assertEquals(0, count("sh_window"), "the window is rolled back with its audit entry");
        assertTrue(sites.windows(site.id()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDatabaseFailureThatIsNoConcurrentChangeIsNotReportedAsOne_S2(TestDatabase.Kind kind) throws Exception {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        execute("ALTER TABLE sh_audit_log ADD CONSTRAINT ck_test_no_windows CHECK (entity_type <> 'window')");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "办税服务窗口", Set.of())));
        assertFalse(e instanceof Conflict, "reported as a concurrent change: " + e.getMessage());
        assertTrue(e.getCause() != null, "the database's error is kept as the cause");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aOneCharacterStaffNumberIsRefusedOnItsOwnField_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        StaffDraft seven = new StaffDraft("7", "周七", Set.of(Role.STAFF), true);
        ValidationException e = assertThrows(ValidationException.class,
                () -> sites.createStaff(ADMIN, site.id(), seven, "counter-pass-abc"));
        assertTrue(e.byField().containsKey("staffNumber"), "the form's own field is named: " + e.getMessage());
        assertEquals(0, count("sh_staff"));
        Staff staff = sites.createStaff(ADMIN, site.id(), new StaffDraft("07", "周七", Set.of(Role.STAFF), true), "counter-pass-abc");
        assertEquals("07", staff.username());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void updatingStaffWithoutAStaffNumberNamesTheField_S1(TestDatabase.Kind kind) throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        Staff li = sites.createStaff(ADMIN, site.id(), new StaffDraft("S001", "李娜", Set.of(Role.STAFF), true), "window-1-pass");
        ValidationException e = assertThrows(ValidationException.class,
                () -> sites.updateStaff(ADMIN, li.id(), new StaffDraft(null, "李娜", Set.of(Role.STAFF), true)));
        assertTrue(e.byField().containsKey("staffNumber"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anItemIsUnavailableWhenItsOwnPluginStopsEvenIfAnotherPluginOfTheSectorRuns_Q5(TestDatabase.Kind kind)
            throws IOException {
        SiteServiceImpl sites = start(kind);
        Site site = demoSite(sites);
        PluginSource taxExtra = new PluginSource(77, "com.example.taxhall.extra", "1.0.0", "tax-hall");
        Path extra = dir.resolve("extra.properties");
        Files.writeString(extra, "TX-EXPORT-REBATE.name = Export rebate\nTX-EXPORT-REBATE.prefix = E\n"
                + "TX-EXPORT-REBATE.timeLimit = LEGAL:20\n", StandardCharsets.UTF_8);
        catalogue.added(taxExtra, List.of(extra.toUri().toURL()));
        ServiceItem rebate = sites.adoptCatalogueItem(ADMIN, site.id(), "TX-EXPORT-REBATE", null);
        catalogue.removed(taxExtra);
        assertTrue(catalogue.item("TX-EXPORT-REBATE").isEmpty());
        assertFalse(sites.isAvailable(rebate));
        assertThrows(ValidationException.class,
                () -> sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "W", Set.of("TX-EXPORT-REBATE"))));
    }
}
