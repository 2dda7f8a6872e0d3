package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.testing.MutableClock;

/**
 * S1 (roles per site, issue 16) and S4 (核实客户的身份) in the complaint area: the steps of a case,
 * its rectification and the site's deadlines need the role on the case's site; the complainant's
 * contact data changes only after the staff member's fresh re-authentication and the citizen's
 * identity check for the case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintSiteAccessTest {
    private static final Actor ADMIN = HallFixture.ADMIN;
    private HallFixture fx;
    private Site site;
    private Complaints complaints;
    private Actor li;
    private Actor sup;
    private Actor staffOfOther;
    private Actor supervisorOfOther;

    private void start(HallFixture fixture) {
        fx = fixture;
        fx.clock().set(MutableClock.MONDAY_NINE);
        TestSite hall = fx.newSite("CSA").staff("李明").staff("督查", Role.SUPERVISOR).create();
        TestSite other = fx.newSite("CSB").staff("外站").staff("外站督查", Role.SUPERVISOR).create();
        site = hall.site();
        // the accounts' roles as held since roles are per site: on their own site only
        li = atOwnSite(hall.staff(1).actor(), site.code());
        sup = atOwnSite(hall.staff(2).actor(), site.code());
        staffOfOther = atOwnSite(other.staff(1).actor(), other.site().code());
        supervisorOfOther = atOwnSite(other.staff(2).actor(), other.site().code());
        complaints = Complaints.onDataSource(fx.dataSource(), fx.newQueue().start(), fx.sites(), fx.audit(), fx.clock(),
                ComplaintSettings.DEFAULTS, CategoryRegistry.withCoreDefaults()::all, null, e -> { }, new Random(site.id()));
    }

    private static Actor atOwnSite(Actor a, String siteCode) {
        Set<Role> held = a.rolesAt(siteCode);
        return new Actor(a.username(), a.displayName(), Set.of(), Map.of(siteCode, held));
    }

    private Complaint phoneCase() {
        return complaints.register(li, site.id(), new ComplaintDraft(ComplaintSource.PHONE, "ATTITUDE", "窗口推诿", "张三", "13812345678",
                null, 1, null));
    }

    private List<AuditEntry> refusals(String entity, Object id) {
        return fx.audit().history(entity, id).stream().filter(e -> e.action().equals("refuse")).toList();
    }

    /**
     * S3 per site: an account that is staff here and a supervisor at another site reads this site's
     * case as staff do (the contact masked, not its owner); this site's supervisor reads it whole.
     */
    @EachDatabase("complaint")
    void aSupervisorOfAnotherSiteWhoIsStaffHereSeesTheContactMasked_S3(HallFixture fixture) {
        start(fixture);
        Complaint k = phoneCase();
        Actor both = new Actor("both.sites", "两站", Set.of(), Map.of(site.code(), Set.of(Role.STAFF),
                supervisorOfOther.siteRoles().keySet().iterator().next(), Set.of(Role.SUPERVISOR)));
        Complaint seen = complaints.complaint(both, k.id());
        assertEquals("138****5678", seen.contactPhone());
        assertEquals("张*", seen.contactName());
        assertEquals(false, seen.contactVisible());
        assertEquals("13812345678", complaints.complaint(sup, k.id()).contactPhone(), "this site's supervisor handles it");
        assertTrue(complaints.complaints(both, site.id(), false).stream().filter(c -> c.id() == k.id()).allMatch(c -> !c.contactVisible()),
                "the site's list masks it too");
    }

    /**
     * S1: another site's staff and supervisors are refused this site's cases — reading, recording a
     * phone complaint at its desk, each step, the rectification — with the operation and the site
     * named in both languages, audited; nothing changes. The central administrator passes.
     */
    @EachDatabase("complaint")
    void anotherSitesStaffAndSupervisorsAreRefusedThisSitesCases_S1(HallFixture fixture) {
        start(fixture);
        Complaint k = phoneCase();

        AccessDenied read = assertThrows(AccessDenied.class, () -> complaints.complaint(supervisorOfOther, k.id()));
        assertEquals(supervisorOfOther.username() + " may not read complaint cases at site " + site.code()
                + ": the role Staff is required there", read.message(Locale.ENGLISH));
        assertTrue(read.message(Locale.SIMPLIFIED_CHINESE).contains("无权在站点 " + site.code() + " 执行“查看投诉"),
                read.message(Locale.SIMPLIFIED_CHINESE));
        List<Executable> refused = List.of(
                () -> complaints.complaints(supervisorOfOther, site.id(), true),
                () -> complaints.assign(supervisorOfOther, k.id(), li.username()),
                () -> complaints.reject(supervisorOfOther, k.id(), "不属实"),
                () -> complaints.startInvestigation(staffOfOther, k.id()),
                () -> complaints.register(staffOfOther, site.id(), new ComplaintDraft(ComplaintSource.PHONE, "ATTITUDE", "代录", null,
                        null, null, null, null)),
                () -> complaints.setDeadlineSettings(new Actor("other.admin", "外站管理员", Set.of(),
                        Map.of(supervisorOfOther.siteRoles().keySet().iterator().next(), Set.of(Role.ADMIN))), site.id(),
                        new DeadlineSettings(3, 10, 15, 2)));
        for (Executable op : refused) {
            AccessDenied denied = assertThrows(AccessDenied.class, op);
            assertTrue(denied.message(Locale.ENGLISH).contains("at site " + site.code()), denied.message(Locale.ENGLISH));
        }
        assertEquals(ComplaintStatus.REGISTERED, complaints.complaint(sup, k.id()).status(), "nothing changed");
        assertEquals(4, refusals("complaint", k.id()).size(), "each refusal on the case is audited");
        assertEquals(supervisorOfOther.username(), refusals("complaint", k.id()).get(0).actor());

        complaints.assign(ADMIN, k.id(), li.username());
        assertEquals(ComplaintStatus.ASSIGNED, complaints.complaint(sup, k.id()).status(), "a central administrator on every site");
        assertEquals(ComplaintStatus.INVESTIGATING, complaints.startInvestigation(li, k.id()).status(), "the case's own handler");
    }

    // ---- S4

    /** A desk's identity checks in memory: what the test recorded and who signed in again. */
    private static final class DeskChecks implements IdentityChecks {
        final Set<String> fresh = new HashSet<>();
        final Set<String> checked = new HashSet<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public IdentityCheck record(Actor by, IdentityCheckRequest request) {
            checked.add(request.objectKind() + "/" + request.objectId());
            return null;
        }

        @Override
        public IdentityCheck required(Actor by, String objectKind, String objectId, Message operation) {
            asked.add(objectKind + "/" + objectId + " for " + operation.in(Locale.ENGLISH) + " / " + operation.in(Locale.SIMPLIFIED_CHINESE));
            if (!checked.contains(objectKind + "/" + objectId)) {
                throw new IdentityCheckNeeded(ComplaintTexts.text("complaint.error.identityChecks.unavailable"), false);
            }
            return null;
        }

        @Override
        public List<IdentityCheck> of(Actor by, String objectKind, String objectId) {
            return List.of();
        }

        @Override
        public void reauthenticate(Actor by, String password, String clientAddress) {
            fresh.add(by.username());
        }

        @Override
        public void requireFreshSignIn(Actor by, Message operation) {
            if (!fresh.contains(by.username())) {
                throw new IdentityCheckNeeded(ComplaintTexts.text("complaint.error.contact.raced", operation), true);
            }
        }
    }

    /**
     * S4: changing a complainant's contact data needs the staff member's fresh re-authentication and
     * the citizen's identity check recorded for the case (by its tracking number); without either it
     * is refused, naming which, and nothing changes. Audited without the values.
     */
    @EachDatabase("complaint")
    void theContactDataChangesOnlyAfterAFreshSignInAndTheCitizensIdentityCheck_S4(HallFixture fixture) {
        start(fixture);
        Complaint k = phoneCase();
        complaints.assign(sup, k.id(), li.username());

        IdentityCheckNeeded unavailable = assertThrows(IdentityCheckNeeded.class,
                () -> complaints.changeContact(li, k.id(), "张三", "13900001111"), "without the security area's checks: refused");
        assertTrue(unavailable.message(Locale.SIMPLIFIED_CHINESE).contains("身份核验"), unavailable.getMessage());

        DeskChecks desk = new DeskChecks();
        complaints.useIdentityChecks(desk);
        IdentityCheckNeeded signIn = assertThrows(IdentityCheckNeeded.class,
                () -> complaints.changeContact(li, k.id(), "张三", "13900001111"));
        assertTrue(signIn.reauthentication(), "first the staff member's own password");
        desk.reauthenticate(li, "password", "127.0.0.1");
        IdentityCheckNeeded identity = assertThrows(IdentityCheckNeeded.class,
                () -> complaints.changeContact(li, k.id(), "张三", "13900001111"));
        assertFalse(identity.reauthentication(), "then the citizen's identity check");
        assertEquals(List.of("complaint/" + k.trackingNumber() + " for change a complaint's contact data / 修改投诉联系方式"), desk.asked,
                "the operation a label in both languages (issue 16)");
        assertEquals("13812345678", complaints.complaint(sup, k.id()).contactPhone(), "unchanged");

        assertThrows(AccessDenied.class, () -> complaints.checkComplainant(staffOfOther, k.id(),
                org.servicehall.security.IdentityDocument.RESIDENT_ID_CARD, "11010519491231002X"), "S1: not at another site's desk");
        complaints.checkComplainant(li, k.id(), org.servicehall.security.IdentityDocument.RESIDENT_ID_CARD, "11010519491231002X");
        ValidationException badPhone = assertThrows(ValidationException.class, () -> complaints.changeContact(li, k.id(), "张三", "12"));
        assertTrue(badPhone.byField().containsKey("contactPhone"), badPhone.getMessage());
        assertThrows(AccessDenied.class, () -> complaints.changeContact(staffOfOther, k.id(), "李四", "13900002222"),
                "S1: another site's staff member, whatever they checked");

        Complaint changed = complaints.changeContact(li, k.id(), " 张三丰 ", "13900001111");
        assertEquals("张三丰", changed.contactName());
        assertEquals("13900001111", complaints.complaint(sup, k.id()).contactPhone());
        AuditEntry entry = fx.audit().history("complaint", k.id()).stream().filter(e -> e.action().equals("change-contact"))
                .findFirst().orElseThrow();
        assertEquals(li.username(), entry.actor());
        assertFalse(entry.after().contains("13900001111") || entry.after().contains("张三丰"), "no values in the audit log (S3): " + entry.after());
        assertDoesNotThrow(() -> complaints.changeContact(li, k.id(), null, null), "blank clears them");
        assertTrue(complaints.complaint(sup, k.id()).contactPhone() == null);
    }
}
