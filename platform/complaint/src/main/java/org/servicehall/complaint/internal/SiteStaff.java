package org.servicehall.complaint.internal;

import java.util.Optional;

import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/** The staff member of a site a case or a ticket names: by staff number (工号) or by account, in any case. */
public final class SiteStaff {
    private SiteStaff() {
    }

    /** The site's staff member whose staff number or account is {@code numberOrAccount}; empty for none or null. */
    public static Optional<Staff> find(SiteService sites, long siteId, String numberOrAccount) {
        String n = numberOrAccount == null ? null : numberOrAccount.strip();
        if (n == null || n.isEmpty()) {
            return Optional.empty();
        }
        return sites.staff(siteId).stream().filter(s -> n.equalsIgnoreCase(s.staffNumber()) || n.equalsIgnoreCase(s.username()))
                .findFirst();
    }
}
