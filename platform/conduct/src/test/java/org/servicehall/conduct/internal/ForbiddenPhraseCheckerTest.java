package org.servicehall.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.queue.TextFinding;
import org.servicehall.testing.MutableClock;

/**
 * C3: the checker reads a site's phrases once, not on every keystroke, and sees a change made here
 * or a plugin's phrases coming at once, a change made on another node within the TTL.
 */
class ForbiddenPhraseCheckerTest {
    private static final long SITE = 1;
    private static final long OTHER_SITE = 2;

    private final List<ForbiddenPhrase> inForce = new CopyOnWriteArrayList<>(
            List.of(new ForbiddenPhrase("不知道", "我帮您问一下", ConductRule.CORE)));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong contributionsVersion = new AtomicLong();
    private final MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
    private final ForbiddenPhraseChecker checker = new ForbiddenPhraseChecker(site -> {
        reads.incrementAndGet();
        return List.copyOf(inForce);
    }, contributionsVersion::get, clock);

    private List<String> found(long site, String text) {
        return checker.check(site, text).stream().map(TextFinding::phrase).toList();
    }

    @Test
    void aSitesMatcherIsBuiltOnceAndRebuiltWhenItsPhrasesChange_C3() {
        assertEquals(List.of("不知道"), found(SITE, "我不知道"));
        assertEquals(List.of(), found(SITE, "请稍候"));
        assertEquals(List.of(), found(SITE, " "));
        assertEquals(1, reads.get(), "one read for many checks");

        inForce.add(new ForbiddenPhrase("下班了", "请到值班窗口办理", ConductRule.SITE));
        assertEquals(List.of(), found(SITE, "下班了"), "another node's change is not seen at once");
        clock.advance(Duration.ofMillis(ForbiddenPhraseChecker.MATCHER_TTL_MILLIS));
        assertEquals(List.of("下班了"), found(SITE, "下班了"), "but within the TTL");
        assertEquals(2, reads.get());

        inForce.add(new ForbiddenPhrase("找领导去", "我帮您联系", ConductRule.SITE));
        checker.forget(SITE);
        assertEquals(List.of("找领导去"), found(SITE, "找领导去"), "a change made here: at once");

        inForce.add(new ForbiddenPhrase("自己去找医生", "我帮您联系医生", "org.servicehall.hospital"));
        contributionsVersion.incrementAndGet();
        assertEquals(List.of("自己去找医生"), found(SITE, "自己去找医生"), "a plugin's phrases: at once");
        assertEquals(4, reads.get());

        assertEquals(List.of("不知道"), found(OTHER_SITE, "不知道"));
        assertEquals(5, reads.get(), "each site has its own matcher");
    }
}
