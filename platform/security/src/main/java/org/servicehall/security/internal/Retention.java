package org.servicehall.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Masking;
import org.servicehall.security.PersonalData;
import org.servicehall.security.PersonalDataService;
import org.servicehall.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention of citizens' personal data (S3, issue 16) over every area's {@link PersonalData}: once a
 * day the contact data of records that ended before the retention period is anonymised (365 days by
 * default, per site as configured); a central administrator exports or erases one citizen's data.
 */
@Component(service = PersonalDataService.class, immediate = true, configurationPid = "org.servicehall.retention")
@Designate(ocd = Retention.Config.class)
public final class Retention implements PersonalDataService {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    static final Texts TEXTS = Texts.of(Retention.class, "security");

    @ObjectClassDefinition(name = "ServiceHall retention of personal data")
    public @interface Config {
        @AttributeDefinition(description = "Days after a record ended (a complaint closed, a booking's day) until its contact data is anonymised")
        int contactDays() default 365;

        @AttributeDefinition(description = "Sites with a period of their own: CODE=days, separated by commas (DEMO=90,TAX-01=180)")
        String sites() default "";
    }

    private final List<PersonalData> stores = new CopyOnWriteArrayList<>();
    private final AuditLog audit;
    private final Clock clock;
    private final Duration period;
    private final Map<String, Duration> periods;
    private ScheduledExecutorService daily;

    @Activate
    public Retention(Config config, @Reference AuditLog audit, @Reference Clock clock) {
        this(audit, clock, Duration.ofDays(config.contactDays()), sitePeriods(config.sites()));
        daily = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "servicehall-retention"));
        daily.scheduleWithFixedDelay(this::runDaily, 10, 24 * 60, TimeUnit.MINUTES);
    }

    Retention(AuditLog audit, Clock clock, Duration period, Map<String, Duration> periods) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("contactDays must be at least 1, not " + period.toDays());
        }
        this.audit = audit;
        this.clock = clock;
        this.period = period;
        this.periods = Map.copyOf(periods);
    }

    @Deactivate
    void deactivate() {
        if (daily != null) {
            daily.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(PersonalData store) {
        stores.add(store);
    }

    void removeStore(PersonalData store) {
        stores.remove(store);
    }

    /** {@code DEMO=90, TAX-01=180} as periods by site code. */
    static Map<String, Duration> sitePeriods(String text) {
        Map<String, Duration> bySite = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return bySite;
        }
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2 || !AccountRules.SITE_CODE.matcher(kv[0].strip()).matches() || !kv[1].strip().matches("[1-9][0-9]{0,4}")) {
                throw new IllegalArgumentException("sites: '" + part.strip() + "' is not CODE=days (DEMO=90)");
            }
            bySite.put(kv[0].strip(), Duration.ofDays(Long.parseLong(kv[1].strip())));
        }
        return bySite;
    }

    private void runDaily() {
        try {
            Map<String, Integer> done = anonymiseLapsed(Actor.SYSTEM);
            LOG.info("Retention: anonymised the personal data of {}", done);
        } catch (RuntimeException e) {
            LOG.error("Retention: anonymising lapsed personal data failed; tried again tomorrow", e);
        }
    }

    @Override
    public Map<String, Integer> anonymiseLapsed(Actor by) {
        by.requireEverywhere(Role.ADMIN, "anonymise personal data");
        Instant now = clock.instant();
        Map<String, Instant> bySite = new TreeMap<>();
        periods.forEach((site, days) -> bySite.put(site, now.minus(days)));
        Map<String, Integer> done = new TreeMap<>();
        for (PersonalData store : stores) {
            done.put(store.kind(), store.anonymise(by, now.minus(period), bySite));
        }
        return done;
    }

    @Override
    public Map<String, List<String>> export(Actor by, String phone) {
        by.requireEverywhere(Role.ADMIN, "export a citizen's personal data");
        String p = checked(phone);
        Map<String, List<String>> found = new TreeMap<>();
        for (PersonalData store : stores) {
            found.put(store.kind(), store.export(p));
        }
        audit.record(by, "export", "personal-data", Masking.phone(p), null,
                found.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList().toString());
        return found;
    }

    @Override
    public Map<String, PersonalData.Erasure> erase(Actor by, String phone) {
        by.requireEverywhere(Role.ADMIN, "erase a citizen's personal data");
        String p = checked(phone);
        Map<String, PersonalData.Erasure> done = new TreeMap<>();
        for (PersonalData store : stores) {
            done.put(store.kind(), store.erase(by, p));
        }
        audit.record(by, "erase", "personal-data", Masking.phone(p), null, done.toString());
        return done;
    }

    private static String checked(String phone) {
        String p = phone == null ? "" : phone.strip();
        if (p.chars().filter(Character::isDigit).count() < 7 || p.length() > 30) {
            throw ValidationException.of("phone", TEXTS.message("security.personalData.phone", p));
        }
        return p;
    }
}
