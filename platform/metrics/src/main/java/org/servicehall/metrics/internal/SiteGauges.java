package org.servicehall.metrics.internal;

import static org.servicehall.metrics.internal.MetricNames.SERVICE;
import static org.servicehall.metrics.internal.MetricNames.SITE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.Post;
import org.servicehall.casework.Supervision;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.security.Actor;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The sites' live figures as gauges (Q10, Q11, A4, T3): tickets waiting and the longest wait per
 * service, windows open and windows staffed, open cases by light. They are read from the areas'
 * APIs (so from the shared database: every node reports the same figure, take the max over nodes)
 * when a scrape asks, at most once per {@link MetricsConfig#figuresMaxAgeSeconds()}. A site that
 * goes away loses its rows; an area that cannot be read (database away, casework stopped) keeps
 * its last rows and counts the failure ({@link MetricNames#FIGURES_FAILED}).
 */
@Component(service = SiteGauges.class, configurationPid = MetricsConfig.PID)
public final class SiteGauges {
    private static final Logger LOG = LoggerFactory.getLogger(SiteGauges.class);

    private final MeterRegistry registry;
    private final SiteService sites;
    private final QueueReadModel queue;
    private final Supplier<AttendancePosts> attendanceNow;
    private final Supplier<Supervision> supervisionNow;
    private final long maxAgeNanos;
    private final MultiGauge waiting;
    private final MultiGauge longestWait;
    private final MultiGauge windowsOpen;
    private final MultiGauge windowsStaffed;
    private final MultiGauge casesOpen;
    private long readAt;
    private boolean read;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AttendancePosts attendance;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile Supervision supervision;

    @Activate
    public SiteGauges(MetricsConfig config, @Reference HallMeters meters, @Reference SiteService sites, @Reference QueueReadModel queue) {
        this(meters.registry(), sites, queue, null, null, Duration.ofSeconds(Math.max(0, config.figuresMaxAgeSeconds())));
    }

    /** For tests: the areas given, figures read at every {@link #refresh()} when {@code maxAge} is zero. */
    SiteGauges(MeterRegistry registry, SiteService sites, QueueReadModel queue, AttendancePosts attendance, Supervision supervision,
            Duration maxAge) {
        this.registry = registry;
        this.sites = sites;
        this.queue = queue;
        this.attendanceNow = attendance != null ? () -> attendance : () -> this.attendance;
        this.supervisionNow = supervision != null ? () -> supervision : () -> this.supervision;
        this.maxAgeNanos = maxAge.toNanos();
        waiting = MultiGauge.builder(MetricNames.WAITING).description("Tickets waiting now (Q10)").register(registry);
        longestWait = MultiGauge.builder(MetricNames.LONGEST_WAIT).baseUnit("seconds")
                .description("The longest wait of a ticket waiting now (Q4, Q10)").register(registry);
        windowsOpen = MultiGauge.builder(MetricNames.WINDOWS_OPEN).description("Windows open for calling now (Q11)").register(registry);
        windowsStaffed = MultiGauge.builder(MetricNames.WINDOWS_STAFFED)
                .description("Windows whose staff member is signed in and at the post now (A4)").register(registry);
        casesOpen = MultiGauge.builder(MetricNames.CASES_OPEN).description("Open cases by supervision light (T3)").register(registry);
    }

    /** Reads every site's figures into the gauges, unless they were read less than the maximum age ago. */
    public synchronized void refresh() {
        long now = System.nanoTime();
        if (read && now - readAt < maxAgeNanos) {
            return;
        }
        List<Site> all;
        try {
            all = sites.sites();
        } catch (RuntimeException e) {
            failed("site", e);
            return;
        }
        List<MultiGauge.Row<?>> waitingRows = new ArrayList<>();
        List<MultiGauge.Row<?>> longestRows = new ArrayList<>();
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> staffedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> caseRows = new ArrayList<>();
        boolean queueRead = true;
        boolean attendanceRead = true;
        boolean casesRead = true;
        AttendancePosts posts = attendanceNow.get();
        Supervision lights = supervisionNow.get();
        for (Site site : all) {
            Tags siteTag = Tags.of(SITE, site.code());
            try {
                QueueStats stats = queue.stats(site.id());
                for (QueueStats.ServiceStats s : stats.services()) {
                    Tags tags = siteTag.and(SERVICE, EventCounters.label(s.serviceCode()));
                    waitingRows.add(MultiGauge.Row.of(tags, s.waiting()));
                    longestRows.add(MultiGauge.Row.of(tags, seconds(s.longestWait())));
                }
                openRows.add(MultiGauge.Row.of(siteTag, stats.windows().stream().filter(QueueStats.WindowStats::open).count()));
            } catch (RuntimeException e) {
                queueRead = false;
                failed("queue", e);
            }
            if (posts != null) {
                try {
                    staffedRows.add(MultiGauge.Row.of(siteTag, posts.posts(site.id()).stream().filter(Post::staffed).count()));
                } catch (RuntimeException e) {
                    attendanceRead = false;
                    failed("attendance", e);
                }
            }
            if (lights != null) {
                try {
                    Supervision.Tally tally = lights.counts(Actor.SYSTEM, site.id(), Supervision.Dimension.SERVICE).all();
                    caseRows.add(MultiGauge.Row.of(siteTag.and("light", "green"), tally.green()));
                    caseRows.add(MultiGauge.Row.of(siteTag.and("light", "yellow"), tally.yellow()));
                    caseRows.add(MultiGauge.Row.of(siteTag.and("light", "red"), tally.red()));
                } catch (RuntimeException e) {
                    casesRead = false;
                    failed("casework", e);
                }
            }
        }
        if (queueRead) {
            waiting.register(waitingRows, true);
            longestWait.register(longestRows, true);
            windowsOpen.register(openRows, true);
        }
        if (attendanceRead) {
            windowsStaffed.register(staffedRows, true);
        }
        if (casesRead) {
            casesOpen.register(caseRows, true);
        }
        read = true;
        readAt = now;
    }

    /**
     * Removes this component's rows from the registry, so the next instance (after a configuration
     * change) registers its own and no gauge keeps a stale figure.
     */
    @Deactivate
    public synchronized void close() {
        for (MultiGauge gauge : List.of(waiting, longestWait, windowsOpen, windowsStaffed, casesOpen)) {
            gauge.register(List.of(), true);
        }
    }

    private static double seconds(Duration d) {
        return d == null ? 0 : d.toMillis() / 1000.0;
    }

    private void failed(String area, RuntimeException e) {
        Counter.builder(MetricNames.FIGURES_FAILED).tag("area", area.toLowerCase(Locale.ROOT))
                .description("Reads of the sites' figures that failed").register(registry).increment();
        LOG.warn("metrics: the {} figures could not be read: {}", area, e.toString());
    }
}
