package org.servicehall.conduct.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.queue.TextFinding;

/**
 * C3 the checker behind {@link org.servicehall.conduct.ConductPhrases#check}, fast enough for every
 * keystroke: each site's {@link ForbiddenPhraseMatcher} is built once from the phrases in force and
 * kept until they change here ({@link #forget}), the plugins' phrases change (the contributions'
 * version moves), or for {@value #MATCHER_TTL_MILLIS} ms (another node may have changed them).
 * Plain Java, thread-safe.
 */
final class ForbiddenPhraseChecker {
    static final long MATCHER_TTL_MILLIS = 30_000;

    private record CachedMatcher(ForbiddenPhraseMatcher matcher, long contributionsVersion, long builtAt) {
    }

    private final LongFunction<List<ForbiddenPhrase>> phrasesInForce;
    private final LongSupplier contributionsVersion;
    private final Clock clock;
    private final Map<Long, CachedMatcher> matchers = new ConcurrentHashMap<>();

    /**
     * @param phrasesInForce a site's forbidden phrases, read when its matcher is (re)built
     * @param contributionsVersion changes whenever a plugin's phrases come or go
     */
    ForbiddenPhraseChecker(LongFunction<List<ForbiddenPhrase>> phrasesInForce, LongSupplier contributionsVersion, Clock clock) {
        this.phrasesInForce = phrasesInForce;
        this.contributionsVersion = contributionsVersion;
        this.clock = clock;
    }

    /** The forbidden phrases in {@code text}, in text order; empty for a blank text. */
    List<TextFinding> check(long siteId, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return matcher(siteId).find(text);
    }

    /** The site's matcher, built once and reused until the phrases change (here, or after the TTL for other nodes). */
    ForbiddenPhraseMatcher matcher(long siteId) {
        long now = clock.millis();
        long version = contributionsVersion.getAsLong();
        CachedMatcher cached = matchers.get(siteId);
        if (cached != null && cached.contributionsVersion() == version && now - cached.builtAt() < MATCHER_TTL_MILLIS) {
            return cached.matcher();
        }
        ForbiddenPhraseMatcher m = new ForbiddenPhraseMatcher(phrasesInForce.apply(siteId).stream()
                .map(f -> new ForbiddenPhraseMatcher.Entry(f.phrase(), f.suggestion())).toList());
        matchers.put(siteId, new CachedMatcher(m, version, now));
        return m;
    }

    /** The site's phrases changed on this node: its next check builds the matcher again. */
    void forget(long siteId) {
        matchers.remove(siteId);
    }
}
