package org.servicehall.complaint.internal;

import org.servicehall.common.NotFound;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/** The site a REST path or console command names by its code (any case, spaces around ignored). */
public final class SiteCodes {
    private SiteCodes() {
    }

    /** @throws NotFound naming the code when no site has it */
    public static Site site(SiteService sites, String code) {
        return sites.siteByCode(code == null ? "" : code.strip().toUpperCase()).orElseThrow(() -> new NotFound(ComplaintTexts.text("complaint.error.site.unknown", code)));
    }
}
