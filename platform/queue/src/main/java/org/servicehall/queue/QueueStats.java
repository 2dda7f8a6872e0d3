package org.servicehall.queue;

import java.time.Duration;
import java.util.List;

/** Q10: live statistics of a site today. */
public record QueueStats(List<ServiceStats> services, List<WindowStats> windows) {

    /**
     * @param withinTarget share of tickets called today whose wait was within the wait target (0..1), or NaN
     */
    public record ServiceStats(String serviceCode, String serviceName, int waiting, Duration longestWait, Duration averageWait,
            Duration averageService, int served, int noShows, double withinTarget, Duration predictedWait) {
    }

    public record WindowStats(long windowId, int number, String name, boolean open, String currentTicket, int served) {
    }
}
