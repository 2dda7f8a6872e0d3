package org.servicehall.queue.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servicehall.site.Window;

/**
 * What closing a window means for the people waiting (Q11, issue 12: a destructive action confirms
 * with its consequences): how many wait for services the window serves, and how many of them wait
 * for a service that no other open window serves — their tickets stay in the queue but nobody can
 * call them until a window for it opens again. A window that names no services serves them all.
 *
 * @param waiting people waiting for the window's services
 * @param stranded of those, people whose service no other open window serves
 */
public record WindowClosing(int waiting, int stranded) {

    /** Whether closing needs the supervisor's confirmation: somebody waits for what the window does. */
    public boolean needsConfirmation() {
        return waiting > 0;
    }

    /**
     * @param closing the window to close
     * @param windows the site's windows
     * @param open whether each window (by id) is open now
     * @param waitingByService people waiting, by service code
     */
    public static WindowClosing of(Window closing, List<Window> windows, Map<Long, Boolean> open, Map<String, Integer> waitingByService) {
        int waiting = 0;
        int stranded = 0;
        for (Map.Entry<String, Integer> e : waitingByService.entrySet()) {
            if (e.getValue() <= 0 || !serves(closing.serviceCodes(), e.getKey())) {
                continue;
            }
            waiting += e.getValue();
            boolean servedElsewhere = windows.stream().anyMatch(w -> w.id() != closing.id() && open.getOrDefault(w.id(), false)
                    && serves(w.serviceCodes(), e.getKey()));
            if (!servedElsewhere) {
                stranded += e.getValue();
            }
        }
        return new WindowClosing(waiting, stranded);
    }

    private static boolean serves(Set<String> codes, String service) {
        return codes.isEmpty() || codes.contains(service);
    }
}
