package org.servicehall.conduct.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.servicehall.common.HallException;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.queue.ServiceStep;

/**
 * The rules and phrases of the running bundles' {@code HALL-INF/conduct/} files, merged
 * (DESIGN §3: plugins provide, the core merges). A bundle whose rule code another bundle already
 * ships is refused as a whole, naming both, so what a site sees never depends on start order.
 * The platform's own file comes first. Plain Java, thread-safe.
 */
public final class ConductContributions {
    private record Contribution(String name, boolean core, List<ConductFile> files) {
    }

    private final Map<Long, Contribution> byBundle = new LinkedHashMap<>();
    private volatile long version;

    /**
     * Adds (or replaces) a bundle's files.
     *
     * @param name the bundle as named in messages
     * @param core whether it is the platform's own
     * @throws HallException when a rule code is declared twice or already shipped by another bundle
     */
    public synchronized void add(long bundleId, String name, boolean core, List<ConductFile> files) {
        Map<String, String> known = new LinkedHashMap<>();
        byBundle.forEach((id, c) -> {
            if (id != bundleId) {
                c.files().forEach(f -> f.rules().forEach(r -> known.put(r.code(), c.name())));
            }
        });
        Set<String> own = new HashSet<>();
        for (ConductFile f : files) {
            for (ShippedRule r : f.rules()) {
                if (!own.add(r.code())) {
                    throw new HallException(name + " declares the conduct rule '" + r.code() + "' twice");
                }
                String other = known.get(r.code());
                if (other != null) {
                    throw new HallException(name + " ships the conduct rule '" + r.code() + "', which " + other + " already ships");
                }
            }
        }
        byBundle.put(bundleId, new Contribution(name, core, List.copyOf(files)));
        version++;
    }

    /** Withdraws a bundle's files; false when it had none. */
    public synchronized boolean remove(long bundleId) {
        boolean removed = byBundle.remove(bundleId) != null;
        if (removed) {
            version++;
        }
        return removed;
    }

    /** Changes on every add and remove, so caches built on the contributions can tell they are stale. */
    public long version() {
        return version;
    }

    private List<ConductFile> files() {
        List<ConductFile> files = new ArrayList<>();
        byBundle.values().stream().filter(Contribution::core).forEach(c -> files.addAll(c.files()));
        byBundle.values().stream().filter(c -> !c.core()).forEach(c -> files.addAll(c.files()));
        return files;
    }

    /** Every shipped rule, the platform's first. */
    public synchronized List<ShippedRule> rules() {
        List<ShippedRule> rules = new ArrayList<>();
        files().forEach(f -> rules.addAll(f.rules()));
        return rules;
    }

    public synchronized Optional<ShippedRule> rule(String code) {
        return rules().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Every shipped forbidden phrase, the platform's first; a later one with the same key replaces the earlier. */
    public synchronized List<ForbiddenPhrase> forbidden() {
        Map<String, ForbiddenPhrase> byKey = new LinkedHashMap<>();
        files().forEach(f -> f.forbidden().forEach(p -> byKey.put(ForbiddenPhraseMatcher.key(p.phrase()), p)));
        return List.copyOf(byKey.values());
    }

    /** The courtesy phrases, the platform's first, without repeats. */
    public synchronized List<String> courtesy() {
        List<String> all = new ArrayList<>();
        files().forEach(f -> f.courtesy().stream().filter(c -> !all.contains(c)).forEach(all::add));
        return all;
    }

    /** The shipped phrase of each step. */
    public synchronized Map<ServiceStep, String> stepPhrases() {
        Map<ServiceStep, String> phrases = new EnumMap<>(ServiceStep.class);
        files().forEach(f -> phrases.putAll(f.stepPhrases()));
        return phrases;
    }
}
