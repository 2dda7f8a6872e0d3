package org.servicehall.site.internal;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.servicehall.common.Validator;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;

/**
 * What makes a site, window, service item or staff member valid, checked against the records
 * that exist. Plain Java: every rule is unit-tested without a database. Each check collects all
 * problems and names them in the form's field names.
 */
final class SiteRules {
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Pattern PREFIX = Pattern.compile("[A-Z]{1,2}");
    static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,19}");
    static final int MAX_WINDOW_NUMBER = 999;

    private SiteRules() {
    }

    static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }

    /**
     * The draft with its code in capitals, its texts trimmed, and a zone: the one it names, else
     * {@code zoneIfNone} (the installation's for a new site, the site's own for a change).
     */
    static SiteDraft normalize(SiteDraft d, ZoneId zoneIfNone) {
        return new SiteDraft(upper(d.code()), trim(d.name()), trim(d.address()), d.opensAt(), d.closesAt(),
                d.zone() == null ? zoneIfNone : d.zone());
    }

    static void checkSite(SiteDraft d, Collection<Site> existing, Long selfId) {
        Validator v = new Validator();
        v.required("code", d.code())
                .matches("code", d.code(), CODE, "is not a valid code: use 2-40 capital letters, digits or '-'")
                .required("name", d.name()).maxLength("name", d.name(), 100).citizenText("name", d.name(), false)
                .maxLength("address", d.address(), 200).citizenText("address", d.address(), false);
        if (d.opensAt() == null) {
            v.error("opensAt", "an opening time is required");
        }
        if (d.closesAt() == null) {
            v.error("closesAt", "a closing time is required");
        }
        if (d.opensAt() != null && d.closesAt() != null && !d.opensAt().isBefore(d.closesAt())) {
            v.error("closesAt", "closing time " + d.closesAt() + " must be after opening time " + d.opensAt());
        }
        existing.stream().filter(s -> !Objects.equals(s.id(), selfId) && s.code().equals(d.code())).findFirst()
                .ifPresent(s -> v.error("code", "the code '" + d.code() + "' is already used by the site '" + s.name() + "'"));
        v.throwIfInvalid();
    }

    static WindowDraft normalize(WindowDraft d) {
        Set<String> codes = new TreeSet<>();
        d.serviceCodes().forEach(c -> codes.add(upper(c)));
        return new WindowDraft(d.number(), trim(d.name()), codes);
    }

    /**
     * @param items the site's service items by code
     * @param available which of them can be served now (their sector plugin runs)
     */
    static void checkWindow(WindowDraft d, Collection<Window> existing, Long selfId, Map<String, ServiceItem> items,
            Set<String> available) {
        Validator v = new Validator();
        v.range("number", d.number(), 1, MAX_WINDOW_NUMBER)
                .required("name", d.name()).maxLength("name", d.name(), 60).citizenText("name", d.name(), false);
        existing.stream().filter(w -> !Objects.equals(w.id(), selfId) && w.number() == d.number()).findFirst()
                .ifPresent(w -> v.error("number", "window number " + d.number() + " is already used by '" + w.name() + "'"));
        for (String code : d.serviceCodes()) {
            ServiceItem item = items.get(code);
            if (item == null) {
                v.error("serviceCodes", "unknown service '" + code + "': this site has no such service item");
            } else if (!available.contains(code)) {
                v.error("serviceCodes", "the service '" + code + "' belongs to the sector '" + item.sector()
                        + "', whose plugin is not installed");
            }
        }
        v.throwIfInvalid();
    }

    static ServiceItemDraft normalize(ServiceItemDraft d) {
        String sector = d.sector() == null || d.sector().isBlank() ? "core" : d.sector().trim();
        return new ServiceItemDraft(upper(d.code()), trim(d.name()), upper(d.ticketPrefix()), sector, d.timeLimit());
    }

    static void checkServiceItem(ServiceItemDraft d, Collection<ServiceItem> existing, Long selfId) {
        Validator v = new Validator();
        v.required("code", d.code())
                .matches("code", d.code(), CODE, "is not a valid code: use 2-40 capital letters, digits or '-'")
                .required("name", d.name()).maxLength("name", d.name(), 100).citizenText("name", d.name(), false)
                .required("ticketPrefix", d.ticketPrefix())
                .matches("ticketPrefix", d.ticketPrefix(), PREFIX, "is not a valid ticket prefix: use one or two letters A-Z")
                .check(d.timeLimit() != null, "timeLimit", "a time limit is required");
        for (ServiceItem other : existing) {
            if (Objects.equals(other.id(), selfId)) {
                continue;
            }
            if (other.code().equals(d.code())) {
                v.error("code", "the code '" + d.code() + "' is already used by '" + other.name() + "'");
            }
            if (other.ticketPrefix().equals(d.ticketPrefix())) {
                v.error("ticketPrefix", "prefix '" + d.ticketPrefix() + "' is in use by '" + other.name() + "'");
            }
        }
        v.throwIfInvalid();
    }

    static StaffDraft normalize(StaffDraft d) {
        return new StaffDraft(trim(d.staffNumber()), trim(d.name()), d.roles(), d.active());
    }

    static String usernameOf(String staffNumber) {
        return staffNumber.toLowerCase(Locale.ROOT);
    }

    static void checkStaff(StaffDraft d, Collection<Staff> existing, Long selfId) {
        Validator v = new Validator();
        v.required("staffNumber", d.staffNumber())
                .matches("staffNumber", d.staffNumber(), STAFF_NUMBER,
                        "is not a valid staff number: use 2-20 letters, digits or '-' (it is also the login name)")
                .required("name", d.name()).maxLength("name", d.name(), 60).citizenText("name", d.name(), false)
                .check(!d.roles().isEmpty(), "roles", "at least one role is required");
        existing.stream().filter(s -> !Objects.equals(s.id(), selfId) && s.staffNumber().equalsIgnoreCase(d.staffNumber()))
                .findFirst()
                .ifPresent(s -> v.error("staffNumber", "staff number '" + d.staffNumber() + "' is already used by " + s.name()));
        v.throwIfInvalid();
    }
}
