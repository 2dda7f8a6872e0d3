package org.servicehall.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
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
import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Database;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Masking;
import org.servicehall.security.PersonalData;
import org.servicehall.security.PersonalDataService;
import org.servicehall.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention of citizens' personal data (S3, issue 16) over every area's {@link PersonalData}: once a
 * day the contact data of records that ended before the retention period is anonymised (365 days by
 * default, per site as configured); a central administrator exports or erases one citizen's data,
 * after the citizen's identity check and with a fresh sign-in (S4).
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
    /** The identity check of a personal-data request is recorded under a salted hash of the phone (S4). */
    static final String KIND = "personal-data";
    private final AuditLog audit;
    private final IdentityChecks identity;
    private final Supplier<String> salt;
    private volatile String saltValue;
    private final Clock clock;
    private final Duration period;
    private final Map<String, Duration> periods;
    private ScheduledExecutorService daily;

    @Activate
    public Retention(Config config, @Reference AuditLog audit, @Reference Clock clock, @Reference IdentityChecks identity,
            @Reference Database database) {
        this(audit, clock, Duration.ofDays(config.contactDays()), sitePeriods(config.sites()), identity,
                () -> InstallationSecrets.get(database.dataSource(), IdentityChecksImpl.SALT));
        daily = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "servicehall-retention"));
        daily.scheduleWithFixedDelay(this::runDaily, 10, 24 * 60, TimeUnit.MINUTES);
    }

    /** @param salt this installation's salt of the phones' hashes (read when first needed) */
    Retention(AuditLog audit, Clock clock, Duration period, Map<String, Duration> periods, IdentityChecks identity, Supplier<String> salt) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("contactDays must be at least 1, not " + period.toDays());
        }
        this.audit = audit;
        this.identity = identity;
        this.salt = salt;
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
        sensitive(by, p, TEXTS.message("security.operation.exportPersonalData"));
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
        sensitive(by, p, TEXTS.message("security.operation.erasePersonalData"));
        Map<String, PersonalData.Erasure> done = new TreeMap<>();
        for (PersonalData store : stores) {
            done.put(store.kind(), store.erase(by, p));
        }
        audit.record(by, "erase", "personal-data", Masking.phone(p), null, done.toString());
        return done;
    }

    @Override
    public IdentityCheck checkIdentity(Actor by, String phone, IdentityDocument document, String number) {
        by.requireEverywhere(Role.ADMIN, "check a citizen's identity for their personal data");
        String p = checked(phone);
        return identity.record(by, new IdentityCheckRequest(null, KIND, subject(p), document, number, null));
    }

    /** S4: the citizen's identity checked for this phone, and the administrator's password fresh. */
    private void sensitive(Actor by, String phone, Message operation) {
        identity.required(by, KIND, subject(phone), operation);
        identity.requireFreshSignIn(by, operation);
    }

    /**
     * The object id of a personal-data request's identity check: a salted SHA-256 of the phone's digits
     * (a leading 86 of a mobile dropped), so the checks' table and the audit log never hold the phone.
     */
    String subject(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        String s = saltValue;
        if (s == null) {
            s = salt.get();
            saltValue = s;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((s + ":phone:" + digits).getBytes(StandardCharsets.UTF_8));
            return "phone-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String checked(String phone) {
        String p = phone == null ? "" : phone.strip();
        if (p.chars().filter(Character::isDigit).count() < 7 || p.length() > 30) {
            throw ValidationException.of("phone", TEXTS.message("security.personalData.phone", p));
        }
        return p;
    }
}
