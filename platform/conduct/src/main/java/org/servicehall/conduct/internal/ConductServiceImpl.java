package org.servicehall.conduct.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.NotFound;
import org.servicehall.common.PluginSource;
import org.servicehall.common.Validator;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductEvents;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RefusedText;
import org.servicehall.conduct.RuleDraft;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.conduct.internal.jpa.ForbiddenPhraseEntity;
import org.servicehall.conduct.internal.jpa.RefusalEntity;
import org.servicehall.conduct.internal.jpa.SiteRuleEntity;
import org.servicehall.conduct.internal.jpa.StepPhraseEntity;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Transactions;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The conduct catalogue and phrases (C1-C3) on the shared database: reads the bundles'
 * {@code HALL-INF/conduct/} files (the platform's own {@code core.properties} among them), keeps
 * what each site changed, one transaction with its audit entry per change, events after commit.
 * The forbidden-phrase matcher of each site is built once and kept until the site's phrases or
 * the contributions change here, or for {@value #MATCHER_TTL_MILLIS} ms (another node may have
 * changed them).
 */
@Component(service = { ConductCatalogue.class, ConductPhrases.class, HallResourceHandler.class }, immediate = true)
public final class ConductServiceImpl implements ConductCatalogue, ConductPhrases, HallResourceHandler {
    static final String MODULE = "conduct";
    static final String FOLDER = "conduct";
    static final long MATCHER_TTL_MILLIS = 30_000;
    static final int MAX_REFUSED_TEXT = 2000;
    /** sh_conduct_forbidden.phrase and .phrase_key are this wide. */
    static final int MAX_PHRASE = MAX_FORBIDDEN_PHRASE;
    private static final Logger LOG = LoggerFactory.getLogger(ConductServiceImpl.class);

    private record CachedMatcher(ForbiddenPhraseMatcher matcher, long contributionsVersion, long builtAt) {
    }

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final Clock clock;
    private final ConductContributions contributions = new ConductContributions();
    private final Map<Long, CachedMatcher> matchers = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public ConductServiceImpl(@Reference Database database, @Reference AuditLog audit, @Reference Clock clock) {
        this(migratedUnit(database), audit, clock);
    }

    private static EntityManagerFactory migratedUnit(Database database) {
        database.migrate(MODULE, ConductServiceImpl.class.getClassLoader());
        return database.createEntityManagerFactory(MODULE, ConductServiceImpl.class.getClassLoader());
    }

    /** For tests and tools outside OSGi: the same service on a given persistence unit, without shipped files until {@link #added}. */
    public static ConductServiceImpl onUnit(EntityManagerFactory emf, AuditLog audit, Clock clock) {
        return new ConductServiceImpl(emf, audit, clock);
    }

    ConductServiceImpl(EntityManagerFactory emf, AuditLog audit, Clock clock) {
        this.emf = emf;
        this.audit = audit;
        this.clock = clock;
    }

    /** For tests: where events go (EventAdmin outside OSGi). */
    public void useEvents(EventAdmin eventAdmin) {
        this.events = eventAdmin;
    }

    @Deactivate
    void deactivate() {
        emf.close();
    }

    /** The platform's own shipped file, {@code HALL-INF/conduct/core.properties} of this bundle. */
    public static URL coreFile() {
        return ConductServiceImpl.class.getClassLoader().getResource("HALL-INF/conduct/core.properties");
    }

    // ---- HallResourceHandler: the bundles' HALL-INF/conduct/ files

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void added(PluginSource source, List<URL> files) {
        boolean core = "core".equals(source.sector());
        String label = core ? ConductRule.CORE : source.symbolicName();
        List<ConductFile> parsed = new ArrayList<>();
        for (URL file : files) {
            String name = "HALL-INF/" + FOLDER + "/" + file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            if (!name.endsWith(".properties")) {
                throw new HallException(source + ": " + name + " is not a .properties conduct file");
            }
            try (InputStream in = file.openStream()) {
                parsed.add(ConductFiles.parse(source + ": " + name, new InputStreamReader(in, StandardCharsets.UTF_8), label, core));
            } catch (IOException e) {
                throw new HallException(source + ": " + name + " could not be read: " + e.getMessage(), e);
            }
        }
        contributions.add(source.bundleId(), source.toString(), core, parsed);
        matchers.clear();
        LOG.info("Conduct: {} rule(s), {} forbidden phrase(s) from {}", parsed.stream().mapToInt(f -> f.rules().size()).sum(),
                parsed.stream().mapToInt(f -> f.forbidden().size()).sum(), source);
        fire();
    }

    @Override
    public void removed(PluginSource source) {
        if (contributions.remove(source.bundleId())) {
            matchers.clear();
            LOG.info("Conduct: rules and phrases of {} withdrawn", source);
            fire();
        }
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A conduct change listener failed", e);
            }
        }
    }

    // ---- transactions, audit, events

    private <T> T change(Function<EntityManager, T> work) {
        try {
            T result = Transactions.inTransaction(emf, work);
            fire();
            return result;
        } catch (PersistenceException e) {
            if (org.servicehall.persistence.Jdbc.isUniqueViolation(e)) {
                throw new Conflict("the change clashed with another change made at the same time; reload and try again");
            }
            throw e;
        }
    }

    private <T> T read(Function<EntityManager, T> work) {
        return Transactions.read(emf, work);
    }

    private void publish(String topic, Actor actor, long siteId, Map<String, Object> more) {
        EventAdmin ea = events;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>(more);
        props.put(ConductEvents.SITE, siteId);
        props.put(ConductEvents.ACTOR, actor.username());
        ea.postEvent(new Event(topic, props));
    }

    // ---- C1 rules

    @Override
    public List<ConductRule> rules(long siteId) {
        return CatalogueRules.merge(siteId, contributions.rules(), read(em -> siteRules(em, siteId)));
    }

    @Override
    public Optional<ConductRule> rule(long siteId, String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        return rules(siteId).stream().filter(r -> r.code().equals(c)).findFirst();
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
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new NotFound("Conduct rule", code));
    }

    @Override
    public ConductRule addRule(Actor actor, long siteId, RuleDraft draft) {
        actor.require(Role.ADMIN, "add conduct rules");
        RuleDraft d = CatalogueRules.normalize(draft);
        ConductRule added = change(em -> {
            Set<String> taken = new java.util.HashSet<>();
            contributions.rules().forEach(r -> taken.add(r.code()));
            siteRules(em, siteId).forEach(r -> taken.add(r.code()));
            CatalogueRules.check(d, true, taken);
            String code = d.code() == null ? CatalogueRules.nextSiteCode(taken) : d.code();
            SiteRuleEntity e = new SiteRuleEntity(siteId,
                    new SiteRuleChange(code, true, d.category(), d.textZh(), d.textEn() == null ? d.textZh() : d.textEn(), true, 0));
            em.persist(e);
            em.flush();
            ConductRule rule = current(em, siteId, code);
            audit.record(em, actor, "create", "conduct-rule", siteId + "/" + code, null, rule);
            return rule;
        });
        publish(ConductEvents.RULE_CHANGED, actor, siteId, Map.of(ConductEvents.CODE, added.code(), ConductEvents.ACTION, "add"));
        return added;
    }

    @Override
    public ConductRule editRule(Actor actor, long siteId, String code, RuleDraft draft) {
        actor.require(Role.ADMIN, "edit conduct rules");
        RuleDraft d = CatalogueRules.normalize(draft);
        String c = upper(code);
        ConductRule edited = change(em -> {
            ConductRule before = current(em, siteId, c);
            CatalogueRules.check(d, false, Set.of());
            Optional<SiteRuleEntity> row = ruleEntity(em, siteId, c);
            if (before.siteAdded()) {
                row.orElseThrow().apply(new SiteRuleChange(c, true, d.category(), d.textZh(),
                        d.textEn() == null ? d.textZh() : d.textEn(), before.enabled(), 0));
            } else {
                ShippedRule shipped = contributions.rule(c).orElseThrow(() -> new NotFound("Conduct rule", c));
                SiteRuleChange change = new SiteRuleChange(c, false, d.category() == shipped.category() ? null : d.category(),
                        d.textZh().equals(shipped.textZh()) ? null : d.textZh(),
                        d.textEn() == null || d.textEn().equals(shipped.textEn()) ? null : d.textEn(), before.enabled(), 0);
                row.ifPresentOrElse(e -> e.apply(change), () -> em.persist(new SiteRuleEntity(siteId, change)));
            }
            em.flush();
            ConductRule after = current(em, siteId, c);
            audit.record(em, actor, "update", "conduct-rule", siteId + "/" + c, before, after);
            return after;
        });
        publish(ConductEvents.RULE_CHANGED, actor, siteId, Map.of(ConductEvents.CODE, c, ConductEvents.ACTION, "edit"));
        return edited;
    }

    @Override
    public ConductRule setEnabled(Actor actor, long siteId, String code, boolean enabled) {
        actor.require(Role.ADMIN, enabled ? "enable conduct rules" : "disable conduct rules");
        String c = upper(code);
        ConductRule changed = change(em -> {
            ConductRule before = current(em, siteId, c);
            Optional<SiteRuleEntity> row = ruleEntity(em, siteId, c);
            if (row.isPresent()) {
                SiteRuleChange old = row.get().toChange();
                row.get().apply(new SiteRuleChange(c, old.siteAdded(), old.category(), old.textZh(), old.textEn(), enabled, old.id()));
            } else {
                em.persist(new SiteRuleEntity(siteId, new SiteRuleChange(c, false, null, null, null, enabled, 0)));
            }
            em.flush();
            ConductRule after = current(em, siteId, c);
            audit.record(em, actor, enabled ? "enable" : "disable", "conduct-rule", siteId + "/" + c, before, after);
            return after;
        });
        publish(ConductEvents.RULE_CHANGED, actor, siteId,
                Map.of(ConductEvents.CODE, c, ConductEvents.ACTION, enabled ? "enable" : "disable"));
        return changed;
    }

    @Override
    public ConductRule resetRule(Actor actor, long siteId, String code) {
        actor.require(Role.ADMIN, "reset conduct rules");
        String c = upper(code);
        ConductRule reset = change(em -> {
            ConductRule before = current(em, siteId, c);
            if (before.siteAdded()) {
                throw new Conflict("rule " + c + " was added by the site and has no shipped wording to go back to; remove it instead");
            }
            ruleEntity(em, siteId, c).ifPresent(em::remove);
            em.flush();
            ConductRule after = current(em, siteId, c);
            audit.record(em, actor, "reset", "conduct-rule", siteId + "/" + c, before, after);
            return after;
        });
        publish(ConductEvents.RULE_CHANGED, actor, siteId, Map.of(ConductEvents.CODE, c, ConductEvents.ACTION, "reset"));
        return reset;
    }

    @Override
    public void removeRule(Actor actor, long siteId, String code) {
        actor.require(Role.ADMIN, "remove conduct rules");
        String c = upper(code);
        change(em -> {
            ConductRule before = current(em, siteId, c);
            if (!before.siteAdded()) {
                throw new Conflict("rule " + c + " comes from " + before.source() + " and cannot be removed; disable it instead");
            }
            em.remove(ruleEntity(em, siteId, c).orElseThrow());
            audit.record(em, actor, "delete", "conduct-rule", siteId + "/" + c, before, null);
            return null;
        });
        publish(ConductEvents.RULE_CHANGED, actor, siteId, Map.of(ConductEvents.CODE, c, ConductEvents.ACTION, "remove"));
    }

    private static String upper(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    // ---- C2 step phrases

    @Override
    public List<StepPhrase> stepPhrases(long siteId) {
        Map<String, String> own = read(em -> phraseEntities(em, siteId)).stream()
                .collect(Collectors.toMap(StepPhraseEntity::step, StepPhraseEntity::text, (a, b) -> a));
        Map<ServiceStep, String> shipped = contributions.stepPhrases();
        List<StepPhrase> phrases = new ArrayList<>();
        for (ServiceStep step : ServiceStep.values()) {
            String def = shipped.getOrDefault(step, "");
            String text = own.get(step.name());
            phrases.add(new StepPhrase(siteId, step, text == null ? def : text, def, text != null));
        }
        return phrases;
    }

    @Override
    public StepPhrase stepPhrase(long siteId, ServiceStep step) {
        return stepPhrases(siteId).get(step.ordinal());
    }

    private static List<StepPhraseEntity> phraseEntities(EntityManager em, long siteId) {
        return em.createQuery("SELECT p FROM StepPhraseEntity p WHERE p.siteId = :site", StepPhraseEntity.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public StepPhrase setStepPhrase(Actor actor, long siteId, ServiceStep step, String text) {
        actor.require(Role.ADMIN, "change standard phrases");
        String t = text == null ? null : text.strip();
        Validator v = new Validator();
        v.check(step != null, "step", "choose a step of service").required("text", t).maxLength("text", t, MAX_STEP_PHRASE)
                .citizenText("text", t, false);
        v.throwIfInvalid();
        List<TextFinding> findings = check(siteId, t);
        if (!findings.isEmpty()) {
            v.error("text", "contains the forbidden phrase “" + findings.get(0).phrase() + "”").throwIfInvalid();
        }
        StepPhrase set = change(em -> {
            StepPhrase before = stepPhrase(siteId, step);
            phraseEntities(em, siteId).stream().filter(p -> p.step().equals(step.name())).findFirst()
                    .ifPresentOrElse(p -> p.setText(t), () -> em.persist(new StepPhraseEntity(siteId, step.name(), t)));
            StepPhrase after = new StepPhrase(siteId, step, t, before.defaultText(), true);
            audit.record(em, actor, "update", "conduct-phrase", siteId + "/" + step, before, after);
            return after;
        });
        publish(ConductEvents.PHRASE_CHANGED, actor, siteId, Map.of(ConductEvents.STEP, step.name(), ConductEvents.ACTION, "set"));
        return set;
    }

    @Override
    public StepPhrase resetStepPhrase(Actor actor, long siteId, ServiceStep step) {
        actor.require(Role.ADMIN, "change standard phrases");
        StepPhrase reset = change(em -> {
            StepPhrase before = stepPhrase(siteId, step);
            phraseEntities(em, siteId).stream().filter(p -> p.step().equals(step.name())).forEach(em::remove);
            StepPhrase after = new StepPhrase(siteId, step, before.defaultText(), before.defaultText(), false);
            audit.record(em, actor, "reset", "conduct-phrase", siteId + "/" + step, before, after);
            return after;
        });
        publish(ConductEvents.PHRASE_CHANGED, actor, siteId, Map.of(ConductEvents.STEP, step.name(), ConductEvents.ACTION, "reset"));
        return reset;
    }

    @Override
    public List<String> courtesyPhrases() {
        return contributions.courtesy();
    }

    // ---- C3 forbidden phrases and the checker

    @Override
    public List<ForbiddenPhrase> forbiddenPhrases(long siteId) {
        return merge(contributions.forbidden(), read(em -> forbiddenEntities(em, siteId)));
    }

    private static List<ForbiddenPhrase> merge(List<ForbiddenPhrase> shipped, List<ForbiddenPhraseEntity> site) {
        Map<String, ForbiddenPhrase> byKey = new LinkedHashMap<>();
        shipped.forEach(p -> byKey.put(ForbiddenPhraseMatcher.key(p.phrase()), p));
        for (ForbiddenPhraseEntity e : site) {
            if (e.removed()) {
                byKey.remove(e.phraseKey());
            } else {
                byKey.put(e.phraseKey(), new ForbiddenPhrase(e.phrase(), e.suggestion(), ConductRule.SITE));
            }
        }
        return List.copyOf(byKey.values());
    }

    private static List<ForbiddenPhraseEntity> forbiddenEntities(EntityManager em, long siteId) {
        return em.createQuery("SELECT f FROM ForbiddenPhraseEntity f WHERE f.siteId = :site ORDER BY f.id", ForbiddenPhraseEntity.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public ForbiddenPhrase addForbiddenPhrase(Actor actor, long siteId, String phrase, String suggestion) {
        actor.require(Role.ADMIN, "change forbidden phrases");
        String p = phrase == null ? "" : phrase.strip();
        String s = suggestion == null ? "" : suggestion.strip();
        String key = ForbiddenPhraseMatcher.key(p);
        Validator v = new Validator();
        v.required("phrase", p);
        v.check(p.isBlank() || !key.isEmpty(), "phrase", "has only spaces and punctuation, which the checker skips");
        v.maxLength("phrase", p, MAX_PHRASE).maxLength("suggestion", s, MAX_SUGGESTION);
        v.citizenText("phrase", p, false).citizenText("suggestion", s, false);
        if (p.length() <= MAX_PHRASE) {
            v.check(key.length() <= MAX_PHRASE, "phrase", "is compared by the checker as " + key.length()
                    + " characters (some characters stand for several); at most " + MAX_PHRASE + " are allowed");
        }
        v.throwIfInvalid();
        ForbiddenPhrase added = change(em -> {
            List<ForbiddenPhraseEntity> rows = forbiddenEntities(em, siteId);
            ForbiddenPhrase before = merge(contributions.forbidden(), rows).stream()
                    .filter(f -> ForbiddenPhraseMatcher.key(f.phrase()).equals(key)).findFirst().orElse(null);
            rows.stream().filter(e -> e.phraseKey().equals(key)).findFirst().ifPresentOrElse(e -> e.set(p, s, false),
                    () -> em.persist(new ForbiddenPhraseEntity(siteId, key, p, s, false)));
            ForbiddenPhrase after = new ForbiddenPhrase(p, s, ConductRule.SITE);
            audit.record(em, actor, before == null ? "create" : "update", "conduct-forbidden-phrase", siteId + "/" + p, before, after);
            return after;
        });
        matchers.remove(siteId);
        publish(ConductEvents.FORBIDDEN_PHRASES_CHANGED, actor, siteId, Map.of(ConductEvents.PHRASE, p, ConductEvents.ACTION, "add"));
        return added;
    }

    @Override
    public void removeForbiddenPhrase(Actor actor, long siteId, String phrase) {
        actor.require(Role.ADMIN, "change forbidden phrases");
        String key = ForbiddenPhraseMatcher.key(phrase);
        change(em -> {
            List<ForbiddenPhraseEntity> rows = forbiddenEntities(em, siteId);
            ForbiddenPhrase before = merge(contributions.forbidden(), rows).stream()
                    .filter(f -> ForbiddenPhraseMatcher.key(f.phrase()).equals(key)).findFirst()
                    .orElseThrow(() -> new NotFound("Forbidden phrase", phrase));
            boolean shipped = contributions.forbidden().stream().anyMatch(f -> ForbiddenPhraseMatcher.key(f.phrase()).equals(key));
            Optional<ForbiddenPhraseEntity> row = rows.stream().filter(e -> e.phraseKey().equals(key)).findFirst();
            if (shipped) {
                // hidden at this site only; the shipped phrase stays for the others
                row.ifPresentOrElse(e -> e.set(before.phrase(), before.suggestion(), true),
                        () -> em.persist(new ForbiddenPhraseEntity(siteId, key, before.phrase(), before.suggestion(), true)));
            } else {
                row.ifPresent(em::remove);
            }
            audit.record(em, actor, "delete", "conduct-forbidden-phrase", siteId + "/" + before.phrase(), before, null);
            return null;
        });
        matchers.remove(siteId);
        publish(ConductEvents.FORBIDDEN_PHRASES_CHANGED, actor, siteId,
                Map.of(ConductEvents.PHRASE, phrase == null ? "" : phrase, ConductEvents.ACTION, "remove"));
    }

    @Override
    public List<TextFinding> check(long siteId, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return matcher(siteId).find(text);
    }

    /** The site's matcher, built once and reused until the phrases change (here, or after the TTL for other nodes). */
    ForbiddenPhraseMatcher matcher(long siteId) {
        long now = clock.millis();
        long version = contributions.version();
        CachedMatcher cached = matchers.get(siteId);
        if (cached != null && cached.contributionsVersion() == version && now - cached.builtAt() < MATCHER_TTL_MILLIS) {
            return cached.matcher();
        }
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(forbiddenPhrases(siteId).stream()
                .map(f -> new ForbiddenPhraseMatcher.Entry(f.phrase(), f.suggestion())).toList());
        matchers.put(siteId, new CachedMatcher(m, version, now));
        return m;
    }

    @Override
    public RefusedText recordRefusal(Actor actor, long siteId, String text, List<TextFinding> findings) {
        actor.require(Role.STAFF, "send texts to citizens");
        String t = text == null ? "" : text.length() > MAX_REFUSED_TEXT ? text.substring(0, MAX_REFUSED_TEXT) : text;
        List<String> phrases = findings.stream().map(TextFinding::phrase).distinct().toList();
        RefusedText refused = change(em -> {
            RefusalEntity e = new RefusalEntity(siteId, actor.username(), clock.instant(), t, phrases);
            em.persist(e);
            em.flush();
            RefusedText r = e.toRefusedText();
            audit.record(em, actor, "refuse-text", "conduct-refusal", r.id(), null, "forbidden phrases " + phrases);
            return r;
        });
        publish(ConductEvents.FORBIDDEN_PHRASE_REFUSED, actor, siteId,
                Map.of(ConductEvents.PHRASES, phrases.toArray(String[]::new), ConductEvents.REFUSAL_ID, refused.id()));
        return refused;
    }

    @Override
    public List<RefusedText> refusals(long siteId, int limit) {
        return read(em -> em.createQuery("SELECT r FROM RefusalEntity r WHERE r.siteId = :site ORDER BY r.refusedAt DESC, r.id DESC",
                RefusalEntity.class).setParameter("site", siteId).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList())
                .stream().map(RefusalEntity::toRefusedText).toList();
    }
}
