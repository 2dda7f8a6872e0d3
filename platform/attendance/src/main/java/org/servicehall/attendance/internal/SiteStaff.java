package org.servicehall.attendance.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteAccess;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/** The staff and windows of a site as attendance looks them up: staff by their staff number (工号), windows by number. */
final class SiteStaff {
    private final SiteService sites;
    /** S1: an operation on a site's attendance needs the role on that site. */
    private final SiteAccess access;

    SiteStaff(SiteService sites, AuditLog audit) {
        this.sites = sites;
        this.access = new SiteAccess(audit);
    }

    /**
     * S1 (issue 16): refuses unless {@code actor} holds {@code role} on the site {@code siteId} (a
     * central administrator everywhere), naming the operation ({@code attendance.operation.<key>}) and
     * the site; the refusal is audited.
     */
    void requireAt(Actor actor, Role role, long siteId, String operation, String entityType, Object entityId) {
        access.require(actor, role, sites.site(siteId), AttendanceRules.TEXTS.message("attendance.operation." + operation), entityType,
                entityId);
    }

    private static String operationKey(String operation) {
        return switch (operation) {
            case "clock in" -> "clockIn";
            case "clock out" -> "clockOut";
            case "leave the post" -> "leavePost";
            case "return to the post" -> "returnToPost";
            default -> "other";
        };
    }

    /** The site's staff member with the number (any case); a missing number or an unknown one is named. */
    Staff byNumber(long siteId, String staffNumber) {
        if (staffNumber == null || staffNumber.isBlank()) {
            throw ValidationException.of("staffNumber", AttendanceRules.TEXTS.message("attendance.error.required"));
        }
        String n = staffNumber.trim();
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new NotFound(AttendanceRules.TEXTS.message("attendance.error.staffNotFound", n, sites.site(siteId).code())));
    }

    Map<Long, Staff> byId(long siteId) {
        return sites.staff(siteId).stream().collect(Collectors.toMap(Staff::id, Function.identity()));
    }

    /** The staff number of the account, when it belongs to a staff member of the site. */
    Optional<String> numberOf(long siteId, String username) {
        return sites.staff(siteId).stream().filter(s -> s.username() != null && s.username().equalsIgnoreCase(username))
                .map(Staff::staffNumber).findFirst();
    }

    /** The account of the staff member with the number, or "" when they have none. */
    String usernameOf(long siteId, String staffNumber) {
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equals(staffNumber)).map(Staff::username).findFirst().orElse("");
    }

    /** The name of the staff member with the number, or the number when nobody has it now. */
    String nameOf(long siteId, String staffNumber) {
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equals(staffNumber)).map(Staff::name).findFirst()
                .orElse(staffNumber);
    }

    /** Adds the problem "the site has no window N" under {@code window}. */
    void checkWindow(Validator v, long siteId, int windowNumber) {
        AttendanceRules.checkWindow(v, windowNumber, n -> sites.windows(siteId).stream().anyMatch(w -> w.number() == n));
    }

    /**
     * The staff member with the number, when the actor may {@code operation} for them: staff act for
     * themselves, a supervisor (or a badge reader's account with that role) for anyone.
     */
    Staff actedFor(Actor actor, long siteId, String staffNumber, String operation) {
        Staff s = byNumber(siteId, staffNumber);
        actor.require(Role.STAFF, operation);
        requireAt(actor, Role.STAFF, siteId, operationKey(operation), "site", siteId); // S1: staff of that site
        if (!actor.hasAt(Role.SUPERVISOR, sites.site(siteId).code()) && !actor.username().equalsIgnoreCase(s.username())) {
            throw new AccessDenied(actor.username() + " may not " + operation + " for " + s.name() + " (" + s.staffNumber()
                    + "): staff do it for themselves, a supervisor for anyone");
        }
        return s;
    }
}
