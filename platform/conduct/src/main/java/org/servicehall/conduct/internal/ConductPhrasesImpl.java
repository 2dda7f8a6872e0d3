package org.servicehall.conduct.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.conduct.ConductEvents;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RefusedText;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.conduct.internal.jpa.ForbiddenPhraseEntity;
import org.servicehall.conduct.internal.jpa.RefusalEntity;
import org.servicehall.conduct.internal.jpa.StepPhraseEntity;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;

import jakarta.persistence.EntityManager;

/**
 * C2 and C3 on the shared database: each site's standard phrase per step over the shipped ones,
 * the forbidden phrases in force (shipped and contributed ones the site did not remove, and its
 * own), checked by the {@link ForbiddenPhraseChecker}, and the record of refused texts. One
 * transaction with its audit entry per change, then the catalogue's listeners and the event.
 */
@Component(service = ConductPhrases.class)
public final class ConductPhrasesImpl implements ConductPhrases {
    static final int MAX_REFUSED_TEXT = 2000;
    /** sh_conduct_forbidden.phrase and .phrase_key are this wide. */
    static final int MAX_PHRASE = MAX_FORBIDDEN_PHRASE;

    private final ConductDatabase database;
    private final ConductPluginFiles files;
    private final ConductContributions contributions;
    private final DomainEvents events;
    private final AuditLog audit;
    private final Clock clock;
    private final ForbiddenPhraseChecker checker;

    @Activate
    public ConductPhrasesImpl(@Reference ConductDatabase database, @Reference ConductPluginFiles files,
            @Reference DomainEvents events, @Reference AuditLog audit, @Reference Clock clock) {
        this.database = database;
        this.files = files;
        this.contributions = files.contributions();
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.checker = new ForbiddenPhraseChecker(this::forbiddenPhrases, contributions::version, clock);
    }

    /** After a change committed: the catalogue's listeners, then the event. */
    private void changed(String topic, Actor actor, long siteId, Map<String, Object> properties) {
        files.changed();
        events.publish(ConductCatalogueImpl.event(topic, actor, siteId, properties));
    }

    // ---- C2 step phrases

    @Override
    public List<StepPhrase> stepPhrases(long siteId) {
        Map<String, String> own = database.read(em -> phraseEntities(em, siteId)).stream()
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
        v.check(step != null, "step", CatalogueRules.TEXTS.message("conduct.error.step")).required("text", t).maxLength("text", t, MAX_STEP_PHRASE)
                .citizenText("text", t, false);
        v.throwIfInvalid();
        List<TextFinding> findings = check(siteId, t);
        if (!findings.isEmpty()) {
            v.error("text", CatalogueRules.TEXTS.message("conduct.error.forbidden", findings.get(0).phrase())).throwIfInvalid();
        }
        StepPhrase set = database.change(em -> {
            StepPhrase before = stepPhrase(siteId, step);
            phraseEntities(em, siteId).stream().filter(p -> p.step().equals(step.name())).findFirst()
                    .ifPresentOrElse(p -> p.setText(t), () -> em.persist(new StepPhraseEntity(siteId, step.name(), t)));
            StepPhrase after = new StepPhrase(siteId, step, t, before.defaultText(), true);
            audit.record(em, actor, "update", "conduct-phrase", siteId + "/" + step, before, after);
            return after;
        });
        changed(ConductEvents.PHRASE_CHANGED, actor, siteId, Map.of(ConductEvents.STEP, step.name(), ConductEvents.ACTION, "set"));
        return set;
    }

    @Override
    public StepPhrase resetStepPhrase(Actor actor, long siteId, ServiceStep step) {
        actor.require(Role.ADMIN, "change standard phrases");
        StepPhrase reset = database.change(em -> {
            StepPhrase before = stepPhrase(siteId, step);
            phraseEntities(em, siteId).stream().filter(p -> p.step().equals(step.name())).forEach(em::remove);
            StepPhrase after = new StepPhrase(siteId, step, before.defaultText(), before.defaultText(), false);
            audit.record(em, actor, "reset", "conduct-phrase", siteId + "/" + step, before, after);
            return after;
        });
        changed(ConductEvents.PHRASE_CHANGED, actor, siteId, Map.of(ConductEvents.STEP, step.name(), ConductEvents.ACTION, "reset"));
        return reset;
    }

    @Override
    public List<String> courtesyPhrases() {
        return contributions.courtesy();
    }

    // ---- C3 forbidden phrases, the checker and refusals

    @Override
    public List<ForbiddenPhrase> forbiddenPhrases(long siteId) {
        return merge(contributions.forbidden(), database.read(em -> forbiddenEntities(em, siteId)));
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
        v.check(p.isBlank() || !key.isEmpty(), "phrase", CatalogueRules.TEXTS.message("conduct.error.onlyPunctuation"));
        v.maxLength("phrase", p, MAX_PHRASE).maxLength("suggestion", s, MAX_SUGGESTION);
        v.citizenText("phrase", p, false).citizenText("suggestion", s, false);
        if (p.length() <= MAX_PHRASE) {
            v.check(key.length() <= MAX_PHRASE, "phrase", CatalogueRules.TEXTS.message("conduct.error.phraseTooLong", key.length(), MAX_PHRASE));
        }
        v.throwIfInvalid();
        ForbiddenPhrase added = database.change(em -> {
            List<ForbiddenPhraseEntity> rows = forbiddenEntities(em, siteId);
            ForbiddenPhrase before = merge(contributions.forbidden(), rows).stream()
                    .filter(f -> ForbiddenPhraseMatcher.key(f.phrase()).equals(key)).findFirst().orElse(null);
            rows.stream().filter(e -> e.phraseKey().equals(key)).findFirst().ifPresentOrElse(e -> e.set(p, s, false),
                    () -> em.persist(new ForbiddenPhraseEntity(siteId, key, p, s, false)));
            ForbiddenPhrase after = new ForbiddenPhrase(p, s, ConductRule.SITE);
            audit.record(em, actor, before == null ? "create" : "update", "conduct-forbidden-phrase", siteId + "/" + p, before, after);
            return after;
        });
        checker.forget(siteId);
        changed(ConductEvents.FORBIDDEN_PHRASES_CHANGED, actor, siteId, Map.of(ConductEvents.PHRASE, p, ConductEvents.ACTION, "add"));
        return added;
    }

    @Override
    public void removeForbiddenPhrase(Actor actor, long siteId, String phrase) {
        actor.require(Role.ADMIN, "change forbidden phrases");
        String key = ForbiddenPhraseMatcher.key(phrase);
        database.change(em -> {
            List<ForbiddenPhraseEntity> rows = forbiddenEntities(em, siteId);
            ForbiddenPhrase before = merge(contributions.forbidden(), rows).stream()
                    .filter(f -> ForbiddenPhraseMatcher.key(f.phrase()).equals(key)).findFirst()
                    .orElseThrow(() -> new NotFound(CatalogueRules.TEXTS.message("conduct.error.phraseNotFound", phrase)));
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
        checker.forget(siteId);
        changed(ConductEvents.FORBIDDEN_PHRASES_CHANGED, actor, siteId,
                Map.of(ConductEvents.PHRASE, phrase == null ? "" : phrase, ConductEvents.ACTION, "remove"));
    }

    @Override
    public List<TextFinding> check(long siteId, String text) {
        return checker.check(siteId, text);
    }

    @Override
    public RefusedText recordRefusal(Actor actor, long siteId, String text, List<TextFinding> findings) {
        actor.require(Role.STAFF, "send texts to citizens");
        String t = text == null ? "" : text.length() > MAX_REFUSED_TEXT ? text.substring(0, MAX_REFUSED_TEXT) : text;
        List<String> phrases = findings.stream().map(TextFinding::phrase).distinct().toList();
        RefusedText refused = database.change(em -> {
            RefusalEntity e = new RefusalEntity(siteId, actor.username(), clock.instant(), t, phrases);
            em.persist(e);
            em.flush();
            RefusedText r = e.toRefusedText();
            audit.record(em, actor, "refuse-text", "conduct-refusal", r.id(), null, "forbidden phrases " + phrases);
            return r;
        });
        changed(ConductEvents.FORBIDDEN_PHRASE_REFUSED, actor, siteId,
                Map.of(ConductEvents.PHRASES, phrases.toArray(String[]::new), ConductEvents.REFUSAL_ID, refused.id()));
        return refused;
    }

    @Override
    public List<RefusedText> refusals(long siteId, int limit) {
        return database.read(em -> em.createQuery(
                "SELECT r FROM RefusalEntity r WHERE r.siteId = :site ORDER BY r.refusedAt DESC, r.id DESC", RefusalEntity.class)
                .setParameter("site", siteId).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList())
                .stream().map(RefusalEntity::toRefusedText).toList();
    }
}
