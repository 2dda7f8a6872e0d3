package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.site.Window;

/** Q11 (issue 12): closing a window with people waiting says how many, and how many nobody else can call. */
class WindowClosingTest {
    private final Window one = new Window(1, 7, 1, "一号窗口", Set.of("TAX", "INVOICE"));
    private final Window two = new Window(2, 7, 2, "二号窗口", Set.of("INVOICE"));
    private final Window all = new Window(3, 7, 3, "综合窗口", Set.of());

    @Test
    void theWaitingForAServiceNoOtherOpenWindowServesAreStranded_Q11() {
        WindowClosing c = WindowClosing.of(one, List.of(one, two, all), Map.of(1L, true, 2L, true, 3L, false),
                Map.of("TAX", 4, "INVOICE", 3, "REFUND", 9));
        assertEquals(7, c.waiting(), "TAX and INVOICE are window 1's");
        assertEquals(4, c.stranded(), "INVOICE is still served at window 2, TAX nowhere (window 3 is closed)");
        assertTrue(c.needsConfirmation());
    }

    @Test
    void aWindowThatNamesNoServicesServesThemAll_Q5() {
        WindowClosing c = WindowClosing.of(all, List.of(one, two, all), Map.of(1L, true, 2L, false, 3L, true),
                Map.of("TAX", 4, "INVOICE", 3, "REFUND", 9));
        assertEquals(16, c.waiting());
        assertEquals(9, c.stranded(), "TAX and INVOICE are still served at window 1 (window 2 is closed); REFUND nowhere");
        WindowClosing covered = WindowClosing.of(one, List.of(one, two, all), Map.of(1L, true, 2L, true, 3L, true), Map.of("TAX", 2));
        assertEquals(0, covered.stranded(), "the open all-services window calls them");
    }

    @Test
    void nobodyWaitingNeedsNoConfirmation() {
        assertFalse(WindowClosing.of(one, List.of(one), Map.of(1L, true), Map.of("TAX", 0, "REFUND", 5)).needsConfirmation());
    }
}
