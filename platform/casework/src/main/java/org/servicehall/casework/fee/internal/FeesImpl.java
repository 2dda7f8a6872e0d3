package org.servicehall.casework.fee.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.casework.fee.Fee;
import org.servicehall.casework.fee.FeeDraft;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRequest;
import org.servicehall.casework.fee.FeeTotal;
import org.servicehall.casework.fee.Fees;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Database;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/**
 * T5 on the shared database: a fee is asked of the sector's {@link FeePolicy} services (which come
 * and go with their plugins), then recorded with the site's next receipt number and its audit
 * entry in one transaction.
 */
@Component(service = Fees.class)
public final class FeesImpl implements Fees {
    private final FeeStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<List<FeePolicy>> policies;
    private final List<FeePolicy> registered = new CopyOnWriteArrayList<>();

    @Activate
    public FeesImpl(@Reference Database database, @Reference SiteService sites, @Reference AuditLog audit, @Reference Clock clock) {
        this(migrated(database), sites, audit, clock, null);
    }

    FeesImpl(DataSource dataSource, SiteService sites, AuditLog audit, Clock clock, Supplier<List<FeePolicy>> policies) {
        this.store = new FeeStore(dataSource);
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.policies = policies == null ? () -> registered : policies;
    }

    private static DataSource migrated(Database database) {
        database.migrate("casework", FeesImpl.class.getClassLoader());
        return database.dataSource();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPolicy(FeePolicy policy) {
        registered.add(policy);
    }

    void removePolicy(FeePolicy policy) {
        registered.remove(policy);
    }

    @Override
    public Fee record(Actor actor, FeeDraft draft) {
        actor.require(Role.STAFF, "record a fee");
        FeeRules.check(draft);
        Site site = sites.site(draft.siteId());
        ServiceItem item = sites.serviceItems(site.id()).stream().filter(i -> i.code().equals(draft.serviceCode().strip())).findFirst()
                .orElseThrow(() -> ValidationException.of("serviceCode", FeeRules.TEXTS.message("error.fee.unknownItem", draft.serviceCode())));
        FeeRequest request = new FeeRequest(site.id(), site.code(), draft.caseId(), item.code(), item.sector(), draft.feeCode(),
                draft.description(), draft.amount());
        String basis = FeeRules.allowed(request, policies.get());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = now.atZone(site.zone()).toLocalDate();
        int year = day.getYear();
        store.ensureCounter(site.id(), year);
        return store.inTransaction(c -> {
            long number = store.nextNumber(c, site.id(), year);
            String receipt = site.code() + "-" + year + "-" + String.format("%06d", number);
            Fee fee = new Fee(0, site.id(), draft.caseId(), item.code(), draft.feeCode(), draft.description(), draft.amount(), receipt,
                    basis, actor.username(), now);
            long id = store.insert(c, fee, year, number, day);
            audit.record(c, actor, "record", "fee", id, null, receipt + " " + draft.feeCode() + " " + draft.amount());
            return store.fee(c, id).orElseThrow();
        });
    }

    @Override
    public List<Fee> fees(long siteId, long caseId) {
        return store.read(c -> store.fees(c, siteId, caseId));
    }

    @Override
    public List<FeeTotal> totals(long siteId, LocalDate from, LocalDate to) {
        sites.site(siteId);
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", FeeRules.TEXTS.message("error.fee.period"));
        }
        return store.read(c -> store.totals(c, siteId, from, to));
    }

    /** For a test: the site's fee, or NotFound. */
    Fee fee(long id) {
        return store.read(c -> store.fee(c, id)).orElseThrow(() -> new NotFound("fee", id));
    }
}
