package org.servicehall.casework.notice.internal;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.servicehall.persistence.Database;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * What the checklist and notice services share on a node: the tables (the casework schema migrated
 * when the bundle starts), the sites, the audit log, the clock, the shipped checklists, the PDF
 * writer (its font found on first use, so a missing font fails the notice with a message naming
 * what to install, not the bundle) and the settings. Plain Java: a test builds it on its data source.
 */
@Component(service = { NoticeParts.class, NoticeLinks.class }, configurationPid = NoticeConfig.PID)
@Designate(ocd = NoticeConfig.class)
public final class NoticeParts implements NoticeLinks {
    final NoticeStore store;
    final SiteService sites;
    final AuditLog audit;
    final Clock clock;
    final ChecklistHandler shipped;
    final String publicUrl;
    final String progressPath;
    final String oneNoticeRule;
    private final Supplier<NoticeFont> fonts;
    private volatile NoticePdf pdf;

    @Activate
    public NoticeParts(NoticeConfig config, @Reference Database database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock, @Reference ChecklistHandler shipped) {
        this(migrated(database), sites, audit, clock, shipped, () -> NoticeFont.locate(config.fontPath(), NoticeFont.SYSTEM_FONTS),
                config.publicUrl(), config.progressPath(), config.oneNoticeRule());
    }

    NoticeParts(NoticeStore store, SiteService sites, AuditLog audit, Clock clock, ChecklistHandler shipped, Supplier<NoticeFont> fonts,
            String publicUrl, String progressPath, String oneNoticeRule) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.shipped = shipped;
        this.fonts = fonts;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        this.progressPath = progressPath;
        this.oneNoticeRule = oneNoticeRule;
    }

    static NoticeStore migrated(Database database) {
        database.migrate("casework", NoticeParts.class.getClassLoader());
        return new NoticeStore(database.dataSource());
    }

    /** A store on a data source whose casework schema is migrated (tests, benchmarks). */
    static NoticeStore storeOn(DataSource dataSource) {
        return new NoticeStore(dataSource);
    }

    /** The PDF writer; the font is looked for until one is found. */
    NoticePdf pdf() {
        NoticePdf p = pdf;
        if (p == null) {
            p = new NoticePdf(fonts.get());
            pdf = p;
        }
        return p;
    }

    /** The case's progress page, as the QR code carries it. */
    @Override
    public String progressUrl(String siteCode, String caseNumber) {
        return publicUrl + MessageFormat.format(progressPath, siteCode, caseNumber);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The actor's staff record at the site, if they have one. */
    Optional<Staff> staffOf(Actor actor, long siteId) {
        return sites.staff(siteId).stream().filter(s -> actor.username().equals(s.username())).findFirst();
    }

    String serviceName(long siteId, String serviceCode) {
        return sites.serviceItems(siteId).stream().filter(i -> i.code().equals(serviceCode)).map(ServiceItem::name).findFirst()
                .orElse(serviceCode);
    }
}
