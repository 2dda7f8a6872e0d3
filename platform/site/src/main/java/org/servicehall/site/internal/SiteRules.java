package org.servicehall.site.internal;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.servicehall.common.Texts;
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
    /** The site's messages people read, in their language (issue 12). */
    static final Texts TEXTS = Texts.of(SiteRules.class, "site-errors");

    private SiteRules() {
    }

    /** A text given that does not match (none given is "must not be empty", said by {@code required}). */
    private static boolean invalid(String value, Pattern pattern) {
        return value != null && !value.isBlank() && !pattern.matcher(value).matches();
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
                .check(!invalid(d.code(), CODE), "code", TEXTS.message("site.error.code", d.code()))
                .required("name", d.name()).maxLength("name", d.name(), 100).citizenText("name", d.name(), false)
                .maxLength("address", d.address(), 200).citizenText("address", d.address(), false);
        if (d.opensAt() == null) {
            v.error("opensAt", TEXTS.message("site.error.opensAt"));
        }
        if (d.closesAt() == null) {
            v.error("closesAt", TEXTS.message("site.error.closesAt"));
        }
        if (d.opensAt() != null && d.closesAt() != null && !d.opensAt().isBefore(d.closesAt())) {
            v.error("closesAt", TEXTS.message("site.error.closesBeforeOpens", d.closesAt().toString(), d.opensAt().toString()));
        }
        existing.stream().filter(s -> !Objects.equals(s.id(), selfId) && s.code().equals(d.code())).findFirst()
                .ifPresent(s -> v.error("code", TEXTS.message("site.error.siteCodeUsed", d.code(), s.name())));
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
                .ifPresent(w -> v.error("number", TEXTS.message("site.error.windowNumberUsed", d.number(), w.name())));
        for (String code : d.serviceCodes()) {
            ServiceItem item = items.get(code);
            if (item == null) {
                v.error("serviceCodes", TEXTS.message("site.error.unknownService", code));
            } else if (!available.contains(code)) {
                v.error("serviceCodes", TEXTS.message("site.error.serviceWithoutPlugin", code, item.sector()));
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
                .check(!invalid(d.code(), CODE), "code", TEXTS.message("site.error.code", d.code()))
                .required("name", d.name()).maxLength("name", d.name(), 100).citizenText("name", d.name(), false)
                .required("ticketPrefix", d.ticketPrefix())
                .check(!invalid(d.ticketPrefix(), PREFIX), "ticketPrefix", TEXTS.message("site.error.ticketPrefix", d.ticketPrefix()))
                .check(d.timeLimit() != null, "timeLimit", TEXTS.message("site.error.timeLimitRequired"));
        for (ServiceItem other : existing) {
            if (Objects.equals(other.id(), selfId)) {
                continue;
            }
            if (other.code().equals(d.code())) {
                v.error("code", TEXTS.message("site.error.itemCodeUsed", d.code(), other.name()));
            }
            if (other.ticketPrefix().equals(d.ticketPrefix())) {
                v.error("ticketPrefix", TEXTS.message("site.error.prefixUsed", d.ticketPrefix(), other.name()));
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
                .check(!invalid(d.staffNumber(), STAFF_NUMBER), "staffNumber", TEXTS.message("site.error.staffNumber", d.staffNumber()))
                .required("name", d.name()).maxLength("name", d.name(), 60).citizenText("name", d.name(), false)
                .check(!d.roles().isEmpty(), "roles", TEXTS.message("site.error.rolesRequired"));
        existing.stream().filter(s -> !Objects.equals(s.id(), selfId) && s.staffNumber().equalsIgnoreCase(d.staffNumber()))
                .findFirst()
                .ifPresent(s -> v.error("staffNumber", TEXTS.message("site.error.staffNumberUsed", d.staffNumber(), s.name())));
        v.throwIfInvalid();
    }
}
