package org.servicehall.queue.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.queue.QueueSettings;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * Q3, Q4, Q7, Q9: a site's queue settings over the installation's defaults, each change audited and
 * seen on this node at once (on the others within seconds); new thresholds have the service's
 * alerts checked at once. A service's booking rule (issue 14 H5) is the site administrator's.
 */
@Component(service = QueueSettings.class)
public final class QueueSettingsImpl implements QueueSettings {
    private final QueueParts parts;
    private final AlertChecks alerts;

    @Activate
    public QueueSettingsImpl(@Reference QueueParts parts, @Reference AlertChecks alerts) {
        this.parts = parts;
        this.alerts = alerts;
    }

    @Override
    public Thresholds thresholds(long siteId, String serviceCode) {
        return parts.settingsCache.thresholds(siteId, serviceCode);
    }

    @Override
    public Thresholds setThresholds(Actor actor, long siteId, String serviceCode, Integer over, Integer targetMinutes) {
        parts.requireAt(actor, Role.SUPERVISOR, siteId, "thresholds", "site", siteId);
        String code = serviceCode == null ? "" : serviceCode.trim().toUpperCase();
        Validator v = new Validator();
        v.required("service", code);
        if (over != null) {
            v.range("alertWaitingOver", over, 1, 500);
        }
        if (targetMinutes != null) {
            v.range("waitTargetMinutes", targetMinutes, 1, 240);
        }
        v.throwIfInvalid();
        parts.sites.item(siteId, code).orElseThrow(() -> new NotFound("Service", code));
        Thresholds before = thresholds(siteId, code);
        parts.store.inTransaction(c -> {
            SettingsStore.putServiceSetting(c, siteId, code, over, targetMinutes);
            parts.audit.record(c, actor, "thresholds", "service-queue", siteId + "/" + code, before, "over " + over + ", target " + targetMinutes);
            return null;
        });
        parts.settingsCache.forget(siteId);
        alerts.check(parts.sites.site(siteId), code); // Q3, Q4: alerts follow the new thresholds at once
        return thresholds(siteId, code);
    }

    @Override
    public boolean announceInEnglish(long siteId) {
        return parts.settingsCache.announceInEnglish(siteId);
    }

    @Override
    public void setAnnounceInEnglish(Actor actor, long siteId, boolean english) {
        parts.requireAt(actor, Role.ADMIN, siteId, "boardLanguages", "site", siteId);
        boolean before = announceInEnglish(siteId);
        parts.store.inTransaction(c -> {
            SettingsStore.putAnnounceEnglish(c, siteId, english);
            parts.audit.record(c, actor, "announce-english", "site-queue", siteId, before, english);
            return null;
        });
        parts.settingsCache.forget(siteId);
    }

    @Override
    public BookingRule booking(long siteId, String serviceCode) {
        return parts.settingsCache.booking(siteId, serviceCode == null ? "" : serviceCode.trim().toUpperCase());
    }

    @Override
    public BookingRule setBooking(Actor actor, long siteId, String serviceCode, Boolean bookable, Integer slotMinutes, Integer places) {
        parts.requireAt(actor, Role.ADMIN, siteId, "booking", "site", siteId);
        String code = serviceCode == null ? "" : serviceCode.trim().toUpperCase();
        new Validator().required("service", code).throwIfInvalid();
        SlotRules.checkSettings(slotMinutes, places);
        parts.sites.item(siteId, code).orElseThrow(() -> new NotFound("Service", code));
        BookingRule before = booking(siteId, code);
        SettingsStore.BookingValues values = new SettingsStore.BookingValues(bookable, slotMinutes, places);
        parts.store.inTransaction(c -> {
            SettingsStore.putBookingSetting(c, siteId, code, values);
            parts.audit.record(c, actor, "booking-rule", "service-queue", siteId + "/" + code, before,
                    "bookable " + bookable + ", slot " + slotMinutes + " min, places " + places);
            return null;
        });
        parts.settingsCache.forget(siteId);
        return booking(siteId, code);
    }
}
