package org.servicehall.queue.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.Board;

/** Q7: the board lights up the newest call for a few seconds and redraws its calls only when they change. */
class BoardRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T01:30:00Z");
    private static final Duration FRESH = Duration.ofSeconds(10);

    private static Board.Call call(String number, int window, int secondsAgo, int recalls) {
        return new Board.Call(number, window, "窗口", "综合业务", NOW.minusSeconds(secondsAgo), recalls);
    }

    @Test
    void theNewestCallIsLitUpForTenSeconds_Q7() {
        List<Board.Call> calls = List.of(call("A001", 1, 60, 0), call("A002", 2, 3, 0));
        assertEquals("A002", BoardRules.freshest(calls, NOW, FRESH).orElseThrow().number());
        assertEquals(Optional.empty(), BoardRules.freshest(List.of(call("A001", 1, 10, 0)), NOW, FRESH), "after ten seconds, no longer");
        assertEquals(Optional.empty(), BoardRules.freshest(List.of(), NOW, FRESH));
    }

    @Test
    void aRecallChangesTheCallsSoTheBoardRedrawsThem_Q6_Q7() {
        String before = BoardRules.signature(List.of(call("A001", 1, 60, 0)));
        assertEquals(before, BoardRules.signature(List.of(call("A001", 1, 30, 0))), "the same calls: nothing to redraw");
        assertNotEquals(before, BoardRules.signature(List.of(call("A001", 1, 0, 1))));
        assertNotEquals(before, BoardRules.signature(List.of(call("A001", 2, 60, 0))));
    }
}
