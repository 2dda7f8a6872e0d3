package org.servicehall.conduct.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductEvents;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.RuleDraft;
import org.servicehall.conduct.internal.jpa.SiteRuleEntity;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;

import jakarta.persistence.EntityManager;

/**
 * C1 on the shared database: the shipped and contributed rules ({@link ConductPluginFiles}) merged
 * with what each site changed ({@link CatalogueRules#merge}); one transaction with its audit entry
 * per change, then the {@link #onChange} listeners and the event.
 */
@Component(service = ConductCatalogue.class)
public final class ConductCatalogueImpl implements ConductCatalogue {
    static final String AUDITED = "conduct-rule";

    private final ConductDatabase database;
    private final ConductPluginFiles files;
    private final ConductContributions contributions;
    private final DomainEvents events;
    private final AuditLog audit;

    @Activate
    public ConductCatalogueImpl(@Reference ConductDatabase database, @Reference ConductPluginFiles files,
            @Reference DomainEvents events, @Reference AuditLog audit) {
        this.database = database;
        this.files = files;
        this.contributions = files.contributions();
        this.events = events;
        this.audit = audit;
    }

    @Override
    public List<ConductRule> rules(long siteId) {
        return CatalogueRules.merge(siteId, contributions.rules(), database.read(em -> siteRules(em, siteId)));
    }

    @Override
    public Optional<ConductRule> rule(long siteId, String code) {
        String c = upper(code);
        return rules(siteId).stream().filter(r -> r.code().equals(c)).findFirst();
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        return files.onChange(listener);
    }

    private static String upper(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static List<SiteRuleChange> siteRules(EntityManager em, long siteId) {
        return ruleEntities(em, siteId).stream().map(SiteRuleEntity::toChange).toList();
    }

    private static List<SiteRuleEntity> ruleEntities(EntityManager em, long siteId) {
        return em.createQuery("SELECT r FROM SiteRuleEntity r WHERE r.siteId = :site", SiteRuleEntity.class)
                .setParameter("site", siteId).getResultList();
    }

    private static Optional<SiteRuleEntity> ruleEntity(EntityManager em, long siteId, String code) {
        return em.createQuery("SELECT r FROM SiteRuleEntity r WHERE r.siteId = :site AND r.code = :code", SiteRuleEntity.class)
                .setParameter("site", siteId).setParameter("code", code).getResultList().stream().findFirst();
    }

    private ConductRule current(EntityManager em, long siteId, String code) {
        return CatalogueRules.merge(siteId, contributions.rules(), siteRules(em, siteId)).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new NotFound(CatalogueRules.TEXTS.message("conduct.error.ruleNotFound", code)));
    }

    /** After a change committed: the listeners, then the event. */
    private void changed(Actor actor, long siteId, String code, String action) {
        files.changed();
        events.publish(event(ConductEvents.RULE_CHANGED, actor, siteId, Map.of(ConductEvents.CODE, code, ConductEvents.ACTION, action)));
    }

    /** A catalogue or phrase event (C1-C3): its own properties with the site and who acted ({@link ConductEvents}). */
    static DomainEvent event(String topic, Actor actor, long siteId, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put(ConductEvents.SITE, siteId);
        all.put(ConductEvents.ACTOR, actor.username());
        return new DomainEvent(topic, all);
    }

    @Override
    public ConductRule addRule(Actor actor, long siteId, RuleDraft draft) {
        actor.require(Role.ADMIN, "add conduct rules");
        RuleDraft d = CatalogueRules.normalize(draft);
        ConductRule added = database.change(em -> {
            Set<String> taken = new HashSet<>();
            contributions.rules().forEach(r -> taken.add(r.code()));
            siteRules(em, siteId).forEach(r -> taken.add(r.code()));
            CatalogueRules.check(d, true, taken);
            String code = d.code() == null ? CatalogueRules.nextSiteCode(taken) : d.code();
            SiteRuleEntity e = new SiteRuleEntity(siteId,
                    new SiteRuleChange(code, true, d.category(), d.textZh(), d.textEn() == null ? d.textZh() : d.textEn(), true, 0));
            em.persist(e);
            em.flush();
            ConductRule rule = current(em, siteId, code);
            audit.record(em, actor, "create", AUDITED, siteId + "/" + code, null, rule);
            return rule;
        });
        changed(actor, siteId, added.code(), "add");
        return added;
    }

    @Override
    public ConductRule editRule(Actor actor, long siteId, String code, RuleDraft draft) {
        actor.require(Role.ADMIN, "edit conduct rules");
        RuleDraft d = CatalogueRules.normalize(draft);
        String c = upper(code);
        return changeRule(actor, siteId, c, "update", "edit", (em, before) -> {
            CatalogueRules.check(d, false, Set.of());
            Optional<SiteRuleEntity> row = ruleEntity(em, siteId, c);
            if (before.siteAdded()) {
                row.orElseThrow().apply(new SiteRuleChange(c, true, d.category(), d.textZh(),
                        d.textEn() == null ? d.textZh() : d.textEn(), before.enabled(), 0));
            } else {
                ShippedRule shipped = contributions.rule(c).orElseThrow(() -> new NotFound(CatalogueRules.TEXTS.message("conduct.error.ruleNotFound", c)));
                SiteRuleChange change = new SiteRuleChange(c, false, d.category() == shipped.category() ? null : d.category(),
                        d.textZh().equals(shipped.textZh()) ? null : d.textZh(),
                        d.textEn() == null || d.textEn().equals(shipped.textEn()) ? null : d.textEn(), before.enabled(), 0);
                row.ifPresentOrElse(e -> e.apply(change), () -> em.persist(new SiteRuleEntity(siteId, change)));
            }
        });
    }

    @Override
    public ConductRule setEnabled(Actor actor, long siteId, String code, boolean enabled) {
        actor.require(Role.ADMIN, enabled ? "enable conduct rules" : "disable conduct rules");
        String c = upper(code);
        String action = enabled ? "enable" : "disable";
        return changeRule(actor, siteId, c, action, action, (em, before) -> {
            Optional<SiteRuleEntity> row = ruleEntity(em, siteId, c);
            if (row.isPresent()) {
                SiteRuleChange old = row.get().toChange();
                row.get().apply(new SiteRuleChange(c, old.siteAdded(), old.category(), old.textZh(), old.textEn(), enabled, old.id()));
            } else {
                em.persist(new SiteRuleEntity(siteId, new SiteRuleChange(c, false, null, null, null, enabled, 0)));
            }
        });
    }

    @Override
    public ConductRule resetRule(Actor actor, long siteId, String code) {
        actor.require(Role.ADMIN, "reset conduct rules");
        String c = upper(code);
        return changeRule(actor, siteId, c, "reset", "reset", (em, before) -> {
            if (before.siteAdded()) {
                throw new Conflict(CatalogueRules.TEXTS.message("conduct.error.noShippedWording", c));
            }
            ruleEntity(em, siteId, c).ifPresent(em::remove);
        });
    }

    /** What a change does to the site's rows of a rule, given the rule as it was. */
    @FunctionalInterface
    private interface RuleChange {
        void apply(EntityManager em, ConductRule before);
    }

    /**
     * One change of the site's rule {@code c} in its transaction: the rule after it audited against
     * the rule before ({@code audited} the audit action), then announced ({@code announced}).
     */
    private ConductRule changeRule(Actor actor, long siteId, String c, String audited, String announced, RuleChange change) {
        ConductRule changed = database.change(em -> {
            ConductRule before = current(em, siteId, c);
            change.apply(em, before);
            em.flush();
            ConductRule after = current(em, siteId, c);
            audit.record(em, actor, audited, AUDITED, siteId + "/" + c, before, after);
            return after;
        });
        changed(actor, siteId, c, announced);
        return changed;
    }

    @Override
    public void removeRule(Actor actor, long siteId, String code) {
        actor.require(Role.ADMIN, "remove conduct rules");
        String c = upper(code);
        database.change(em -> {
            ConductRule before = current(em, siteId, c);
            if (!before.siteAdded()) {
                throw new Conflict(CatalogueRules.TEXTS.message("conduct.error.cannotRemove", c, String.valueOf(before.source())));
            }
            em.remove(ruleEntity(em, siteId, c).orElseThrow());
            audit.record(em, actor, "delete", AUDITED, siteId + "/" + c, before, null);
            return null;
        });
        changed(actor, siteId, c, "remove");
    }
}
