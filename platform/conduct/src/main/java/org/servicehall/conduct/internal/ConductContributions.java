package org.servicehall.conduct.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.servicehall.common.ContributionClash;
import org.servicehall.common.ContributionRegistry;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.queue.ServiceStep;

/**
 * The rules and phrases of the running bundles' {@code HALL-INF/conduct/} files, merged in the
 * platform's {@link ContributionRegistry} (DESIGN §3: plugins provide, the core merges). A bundle
 * whose rule code another bundle already ships, or that ships a code twice, is refused as a whole,
 * naming both, so what a site sees never depends on start order. The platform's own file comes
 * first. Plain Java, thread-safe.
 */
public final class ConductContributions {
    /** A bundle's phrases: forbidden and courtesy phrases, and (the platform's only) the step phrases. */
    private record Phrases(long bundleId, boolean core, List<ForbiddenPhrase> forbidden, List<String> courtesy,
            Map<ServiceStep, String> steps) {
    }

    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final ContributionRegistry<String, ShippedRule> rules = new ContributionRegistry<>("conduct rules", ShippedRule::code,
            Comparator.comparing((ShippedRule r) -> !ConductRule.CORE.equals(r.source())), this::clashMessage);
    private final ContributionRegistry<Long, Phrases> phrases = new ContributionRegistry<>("conduct phrases", Phrases::bundleId,
            Comparator.comparing((Phrases p) -> !p.core()));

    private String clashMessage(ContributionRegistry.Clash<String, ShippedRule> c) {
        String offering = names.getOrDefault(c.bundleId(), "bundle " + c.bundleId());
        if (c.sameBundle()) {
            return offering + " declares the conduct rule '" + c.key() + "' twice";
        }
        return offering + " ships the conduct rule '" + c.key() + "', which " + names.getOrDefault(c.takenBy(), "bundle " + c.takenBy())
                + " already ships";
    }

    /**
     * Adds (or replaces) a bundle's files.
     *
     * @param name the bundle as named in messages
     * @param core whether it is the platform's own
     * @throws ContributionClash when a rule code is declared twice or already shipped by another bundle; nothing changes then
     */
    public synchronized void add(long bundleId, String name, boolean core, List<ConductFile> files) {
        String before = names.put(bundleId, name);
        List<ShippedRule> shipped = new ArrayList<>();
        List<ForbiddenPhrase> forbidden = new ArrayList<>();
        List<String> courtesy = new ArrayList<>();
        Map<ServiceStep, String> steps = new EnumMap<>(ServiceStep.class);
        for (ConductFile f : files) {
            shipped.addAll(f.rules());
            forbidden.addAll(f.forbidden());
            courtesy.addAll(f.courtesy());
            steps.putAll(f.stepPhrases());
        }
        try {
            rules.replace(bundleId, shipped);
        } catch (ContributionClash e) {
            if (before == null) {
                names.remove(bundleId);
            } else {
                names.put(bundleId, before);
            }
            throw e;
        }
        phrases.replace(bundleId, List.of(new Phrases(bundleId, core, List.copyOf(forbidden), List.copyOf(courtesy), Map.copyOf(steps))));
    }

    /** Withdraws a bundle's files; false when it had none. */
    public synchronized boolean remove(long bundleId) {
        names.remove(bundleId);
        boolean removed = rules.withdraw(bundleId);
        return phrases.withdraw(bundleId) || removed;
    }

    /** Changes on every add and remove, so caches built on the contributions can tell they are stale. */
    public long version() {
        return rules.version() + phrases.version();
    }

    /** Every shipped rule, the platform's first. */
    public List<ShippedRule> rules() {
        return rules.items();
    }

    public Optional<ShippedRule> rule(String code) {
        return rules.item(code);
    }

    /** Every shipped forbidden phrase, the platform's first; a later one with the same key replaces the earlier. */
    public List<ForbiddenPhrase> forbidden() {
        Map<String, ForbiddenPhrase> byKey = new LinkedHashMap<>();
        phrases.items().forEach(p -> p.forbidden().forEach(f -> byKey.put(ForbiddenPhraseMatcher.key(f.phrase()), f)));
        return List.copyOf(byKey.values());
    }

    /** The courtesy phrases, the platform's first, without repeats. */
    public List<String> courtesy() {
        List<String> all = new ArrayList<>();
        phrases.items().forEach(p -> p.courtesy().stream().filter(c -> !all.contains(c)).forEach(all::add));
        return all;
    }

    /** The shipped phrase of each step. */
    public Map<ServiceStep, String> stepPhrases() {
        Map<ServiceStep, String> steps = new EnumMap<>(ServiceStep.class);
        phrases.items().forEach(p -> steps.putAll(p.steps()));
        return steps;
    }
}
