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
 * H4: looks every second for turnaround warnings and breaches whose moment has come and raises
 * them ({@link Laboratory#fire}); stops with the plugin. Each is raised once across nodes (the
 * mark is a conditional update), so a warning is at most about a second late.
 */
@Component(service = TatWatch.class, immediate = true)
public final class TatWatch {
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
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
