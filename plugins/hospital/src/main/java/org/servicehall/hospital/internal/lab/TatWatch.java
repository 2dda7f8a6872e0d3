package org.servicehall.hospital.internal.lab;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H4: looks every {@value #PERIOD_MS} ms for turnaround warnings and breaches whose moment has
 * come and raises them ({@link Laboratory#fire}); stops with the plugin. Each is raised once across
 * nodes (the mark is a conditional update), so a warning is late by at most the period and one
 * round's work (HospitalBench measures it).
 */
@Component(service = TatWatch.class, immediate = true)
public final class TatWatch {
    /** How often the watch looks. */
    public static final long PERIOD_MS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(TatWatch.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hospital-tat-watch");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public TatWatch(@Reference Laboratory lab, @Reference Clock clock) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                lab.fire(clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("turnaround watch: {}", e.getMessage(), e);
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
