package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicehall.common.ValidationException;
import org.servicehall.common.ValidationException.FieldError;
import org.servicehall.security.Role;
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

/** The validation rules for sites, windows, service items and staff, without a database. */
class SiteRulesTest {
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    private static ValidationException invalid(Executable check) {
        return assertThrows(ValidationException.class, check);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static String messageOf(ValidationException e, String field) {
        return e.errors().stream().filter(f -> f.field().equals(field)).map(FieldError::message).findFirst()
                .orElseThrow(() -> new AssertionError("no error on '" + field + "' in " + e.getMessage()));
    }

    // ---- sites

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Site DEMO = new Site(1, "DEMO", "演示服务大厅", "1 Example Road", NINE, FIVE, SHANGHAI);

    @Test
    void aGoodSitePasses() {
        SiteDraft d = SiteRules.normalize(new SiteDraft(" tax-01 ", " 办税服务厅 ", null, NINE, FIVE), SHANGHAI);
        assertEquals("TAX-01", d.code(), "codes are trimmed and upper-cased");
        assertEquals("办税服务厅", d.name());
        assertDoesNotThrow(() -> SiteRules.checkSite(d, List.of(DEMO), null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "D", "A B", "-AB", "TAX_HALL", "税务", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE" })
    void aSiteCodeMustBeTwoToFortyCapitalsDigitsOrDashes(String code) {
        SiteDraft d = SiteRules.normalize(new SiteDraft(code, "Hall", null, NINE, FIVE), SHANGHAI);
        ValidationException e = invalid(() -> SiteRules.checkSite(d, List.of(), null));
        assertEquals(List.of("code"), fields(e));
        assertTrue(messageOf(e, "code").contains("'" + d.code() + "' is not a valid code"), e.getMessage());
    }

    @Test
    void aSiteWithoutAZoneTakesTheOneGivenAndKeepsItsOwnOtherwise() {
        SiteDraft none = new SiteDraft("TAX-01", "Hall", null, NINE, FIVE);
        assertEquals(SHANGHAI, SiteRules.normalize(none, SHANGHAI).zone(), "the installation's zone for a new site");
        ZoneId urumqi = ZoneId.of("Asia/Urumqi");
        assertEquals(urumqi, SiteRules.normalize(none.withZone(urumqi), SHANGHAI).zone(), "the zone the admin named");
    }

    @Test
    void aSiteMustOpenBeforeItCloses_Q8() {
        ValidationException e = invalid(() -> SiteRules.checkSite(new SiteDraft("DEMO", "Hall", null, FIVE, NINE), List.of(), null));
        assertEquals(List.of("closesAt"), fields(e));
        assertTrue(messageOf(e, "closesAt").contains("closing time 09:00 must be after opening time 17:00"), e.getMessage());
        ValidationException same = invalid(() -> SiteRules.checkSite(new SiteDraft("DEMO", "Hall", null, NINE, NINE), List.of(), null));
        assertEquals(List.of("closesAt"), fields(same));
    }

    @Test
    void openingAndClosingTimesAreRequired() {
        ValidationException e = invalid(() -> SiteRules.checkSite(new SiteDraft("DEMO", "Hall", null, null, null), List.of(), null));
        assertEquals(List.of("opensAt", "closesAt"), fields(e));
    }

    @Test
    void aSiteCodeMayBeUsedOnlyOnceButASiteKeepsItsOwn() {
        SiteDraft d = new SiteDraft("DEMO", "Another hall", null, NINE, FIVE);
        ValidationException e = invalid(() -> SiteRules.checkSite(d, List.of(DEMO), null));
        assertEquals("the code 'DEMO' is already used by the site '演示服务大厅'", messageOf(e, "code"));
        assertDoesNotThrow(() -> SiteRules.checkSite(d, List.of(DEMO), 1L), "updating the site itself");
        assertThrows(ValidationException.class, () -> SiteRules.checkSite(d, List.of(DEMO), 2L));
    }

    @Test
    void everySiteProblemIsNamedAtOnce() {
        String longAddress = "x".repeat(201);
        ValidationException e = invalid(() -> SiteRules.checkSite(new SiteDraft("a b", " ", longAddress, FIVE, NINE),
                List.of(), null));
        assertEquals(List.of("code", "name", "address", "closesAt"), fields(e), e.getMessage());
    }

    // ---- windows

    private static final ServiceItem TAX_REG = new ServiceItem(10, 1, "TX-REG-SETUP", "税务登记（设立）", "T", "tax-hall",
            TimeLimit.legal(10));
    private static final ServiceItem CONSULT = new ServiceItem(11, 1, "CONSULT", "咨询", "C", "core",
            TimeLimit.of(TimeLimitClass.ON_THE_SPOT));
    private static final ServiceItem H_REG = new ServiceItem(12, 1, "H-REG", "挂号", "R", "hospital",
            TimeLimit.of(TimeLimitClass.ON_THE_SPOT));
    private static final Map<String, ServiceItem> ITEMS = Map.of(TAX_REG.code(), TAX_REG, CONSULT.code(), CONSULT, H_REG.code(), H_REG);
    /** The hospital plugin is not installed. */
    private static final Set<String> AVAILABLE = Set.of("TX-REG-SETUP", "CONSULT");
    private static final Window WINDOW_3 = new Window(5, 1, 3, "办税服务窗口", Set.of("TX-REG-SETUP"));

    @Test
    void aGoodWindowPasses_Q5() {
        WindowDraft d = SiteRules.normalize(new WindowDraft(4, "  Window 4 ", Set.of("tx-reg-setup", " consult ")));
        assertEquals("Window 4", d.name());
        assertEquals(Set.of("TX-REG-SETUP", "CONSULT"), d.serviceCodes(), "service codes are trimmed and upper-cased");
        assertDoesNotThrow(() -> SiteRules.checkWindow(d, List.of(WINDOW_3), null, ITEMS, AVAILABLE));
        assertDoesNotThrow(() -> SiteRules.checkWindow(new WindowDraft(1, "one", Set.of()), List.of(), null, ITEMS, AVAILABLE));
        assertDoesNotThrow(() -> SiteRules.checkWindow(new WindowDraft(999, "last", Set.of()), List.of(), null, ITEMS, AVAILABLE));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, 1000 })
    void aWindowNumberMustBeOneTo999_Q5(int number) {
        ValidationException e = invalid(() -> SiteRules.checkWindow(new WindowDraft(number, "W", Set.of()), List.of(), null,
                ITEMS, AVAILABLE));
        assertEquals(List.of("number"), fields(e));
        assertTrue(messageOf(e, "number").contains("between 1 and 999"), e.getMessage());
    }

    @Test
    void duplicateWindowNumberIsRefusedNamingTheOtherWindow_Q5() {
        WindowDraft d = new WindowDraft(3, "New counter", Set.of());
        ValidationException e = invalid(() -> SiteRules.checkWindow(d, List.of(WINDOW_3), null, ITEMS, AVAILABLE));
        assertEquals("window number 3 is already used by '办税服务窗口'", messageOf(e, "number"));
        assertDoesNotThrow(() -> SiteRules.checkWindow(d, List.of(WINDOW_3), 5L, ITEMS, AVAILABLE), "the window itself");
    }

    @Test
    void anUnknownServiceIsRefused_Q5() {
        ValidationException e = invalid(() -> SiteRules.checkWindow(new WindowDraft(1, "W", Set.of("X")), List.of(), null,
                ITEMS, AVAILABLE));
        assertEquals(List.of("serviceCodes"), fields(e));
        assertTrue(messageOf(e, "serviceCodes").startsWith("unknown service 'X'"), e.getMessage());
    }

    @Test
    void aServiceOfASectorWhosePluginIsNotInstalledIsRefused_Q5() {
        ValidationException e = invalid(() -> SiteRules.checkWindow(new WindowDraft(2, "挂号收费", Set.of("H-REG")), List.of(), null,
                ITEMS, AVAILABLE));
        assertEquals("the service 'H-REG' belongs to the sector 'hospital', whose plugin is not installed",
                messageOf(e, "serviceCodes"));
    }

    @Test
    void everyWindowProblemIsNamedAtOnce_Q5() {
        WindowDraft d = SiteRules.normalize(new WindowDraft(3, " ", Set.of("H-REG", "NOPE", "CONSULT")));
        ValidationException e = invalid(() -> SiteRules.checkWindow(d, List.of(WINDOW_3), null, ITEMS, AVAILABLE));
        assertEquals(4, e.errors().size(), e.getMessage());
        assertEquals(Set.of("number", "name", "serviceCodes"), Set.copyOf(fields(e)));
        assertTrue(e.getMessage().contains("unknown service 'NOPE'"), e.getMessage());
        assertTrue(e.getMessage().contains("'H-REG' belongs to the sector 'hospital'"), e.getMessage());
        assertTrue(e.getMessage().contains("already used by '办税服务窗口'"), e.getMessage());
    }

    // ---- service items

    @Test
    void aGoodServiceItemPasses_Q1_T1() {
        ServiceItemDraft d = SiteRules.normalize(new ServiceItemDraft(" vat-gen ", " 增值税一般纳税人登记 ", "v", null, TimeLimit.legal(22)));
        assertEquals("VAT-GEN", d.code());
        assertEquals("V", d.ticketPrefix(), "prefixes are upper-cased");
        assertEquals("core", d.sector(), "an admin's own item is a core item");
        assertEquals("core", SiteRules.normalize(new ServiceItemDraft("X1", "n", "A", "  ", TimeLimit.legal(1))).sector());
        assertEquals("tax-hall", SiteRules.normalize(new ServiceItemDraft("X1", "n", "A", " tax-hall ", TimeLimit.legal(1))).sector());
        assertDoesNotThrow(() -> SiteRules.checkServiceItem(d, List.of(TAX_REG, CONSULT), null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "X", "TX_REG", "TX REG", "-TX" })
    void aServiceCodeMustBeWellFormed_Q1(String code) {
        ServiceItemDraft d = SiteRules.normalize(new ServiceItemDraft(code, "Item", "Z", null, TimeLimit.legal(1)));
        ValidationException e = invalid(() -> SiteRules.checkServiceItem(d, List.of(), null));
        assertEquals(List.of("code"), fields(e));
        assertTrue(messageOf(e, "code").contains("'" + d.code() + "' is not a valid code"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ABC", "1", "A1", "É" })
    void aTicketPrefixMustBeOneOrTwoLetters_Q1(String prefix) {
        ServiceItemDraft d = SiteRules.normalize(new ServiceItemDraft("ITEM", "Item", prefix, null, TimeLimit.legal(1)));
        ValidationException e = invalid(() -> SiteRules.checkServiceItem(d, List.of(), null));
        assertEquals(List.of("ticketPrefix"), fields(e));
        assertTrue(messageOf(e, "ticketPrefix").contains("is not a valid ticket prefix"), e.getMessage());
    }

    @Test
    void aTimeLimitIsRequired_T1() {
        ValidationException e = invalid(() -> SiteRules.checkServiceItem(new ServiceItemDraft("ITEM", "Item", "Z", "core", null),
                List.of(), null));
        assertEquals(List.of("timeLimit"), fields(e));
    }

    @Test
    void aServiceCodeMayBeUsedOnlyOncePerSite_Q1() {
        ServiceItemDraft d = new ServiceItemDraft("TX-REG-SETUP", "Copy", "Z", "core", TimeLimit.legal(10));
        ValidationException e = invalid(() -> SiteRules.checkServiceItem(d, List.of(TAX_REG), null));
        assertEquals("the code 'TX-REG-SETUP' is already used by '税务登记（设立）'", messageOf(e, "code"));
        assertDoesNotThrow(() -> SiteRules.checkServiceItem(new ServiceItemDraft("TX-REG-SETUP", "Renamed", "T", "tax-hall",
                TimeLimit.legal(10)), List.of(TAX_REG), 10L), "the item itself keeps its code and prefix");
    }

    @Test
    void aTicketPrefixMayBeUsedOnlyOncePerSiteNamingTheOtherItem_Q1() {
        ServiceItemDraft d = new ServiceItemDraft("TX-REG-CHANGE", "税务登记（变更）", "T", "core", TimeLimit.legal(10));
        ValidationException e = invalid(() -> SiteRules.checkServiceItem(d, List.of(TAX_REG, CONSULT), null));
        assertEquals(List.of("ticketPrefix"), fields(e));
        assertEquals("prefix 'T' is in use by '税务登记（设立）'", messageOf(e, "ticketPrefix"));
    }

    @Test
    void everyServiceItemProblemIsNamedAtOnce_Q1() {
        ServiceItemDraft d = SiteRules.normalize(new ServiceItemDraft("x", "", "123", null, null));
        ValidationException e = invalid(() -> SiteRules.checkServiceItem(d, List.of(), null));
        assertEquals(List.of("code", "name", "ticketPrefix", "timeLimit"), fields(e), e.getMessage());
    }

    // ---- staff

    private static final Staff LI_NA = new Staff(20, 1, "S001", "李娜", Set.of(Role.STAFF), "s001", true);

    @Test
    void aGoodStaffMemberPasses_S1() {
        StaffDraft d = SiteRules.normalize(new StaffDraft(" S-002 ", " 王芳 ", EnumSet.of(Role.STAFF, Role.SUPERVISOR), true));
        assertEquals("S-002", d.staffNumber());
        assertEquals("王芳", d.name());
        assertEquals("s-002", SiteRules.usernameOf(d.staffNumber()), "the login name is the lower-case staff number");
        assertDoesNotThrow(() -> SiteRules.checkStaff(d, List.of(LI_NA), null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-12", "a b", "工号1", "S0000000000000000000X" })
    void aStaffNumberMustBeUpToTwentyLettersDigitsOrDashes_S1(String number) {
        ValidationException e = invalid(() -> SiteRules.checkStaff(new StaffDraft(number, "Name", Set.of(Role.STAFF), true),
                List.of(), null));
        assertEquals(List.of("staffNumber"), fields(e));
        assertTrue(messageOf(e, "staffNumber").contains("is not a valid staff number"), e.getMessage());
    }

    @Test
    void aStaffNumberMayBeUsedOnlyOncePerSiteIgnoringCase_S1() {
        StaffDraft d = new StaffDraft("s001", "Another", Set.of(Role.STAFF), true);
        ValidationException e = invalid(() -> SiteRules.checkStaff(d, List.of(LI_NA), null));
        assertEquals("staff number 's001' is already used by 李娜", messageOf(e, "staffNumber"));
        assertDoesNotThrow(() -> SiteRules.checkStaff(d, List.of(LI_NA), 20L), "the staff member itself");
    }

    @Test
    void aStaffMemberNeedsARole_S1() {
        ValidationException e = invalid(() -> SiteRules.checkStaff(new StaffDraft("S003", "Name", null, true), List.of(), null));
        assertEquals(List.of("roles"), fields(e));
        assertEquals("at least one role is required", messageOf(e, "roles"));
    }

    @Test
    void everyStaffProblemIsNamedAtOnce_S1() {
        ValidationException e = invalid(() -> SiteRules.checkStaff(new StaffDraft("S001", "x".repeat(61), Set.of(), true),
                List.of(LI_NA), null));
        assertEquals(List.of("name", "roles", "staffNumber"), fields(e), e.getMessage());
        ValidationException missing = invalid(() -> SiteRules.checkStaff(new StaffDraft(null, null, Set.of(Role.STAFF), true),
                List.of(LI_NA), null));
        assertEquals(List.of("staffNumber", "name"), fields(missing), missing.getMessage());
    }

    /** Issue 10 item 7: a name that the kiosk and the board show refuses control and direction characters. */
    @Test
    void aWindowNameWithADirectionOverrideIsRefusedNamingTheField() {
        ValidationException e = invalid(() -> SiteRules.checkWindow(new WindowDraft(4, "4号\u202e窗口", Set.of()), List.of(), null, ITEMS, AVAILABLE));
        assertEquals("name", e.errors().get(0).field());
    }
}
