package org.servicehall.common.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The platform's {@link Clock} as an OSGi service (DESIGN §3: time is injected, never read from
 * the system directly), so every area can be tested and demonstrated at any time of day. Its zone is
 * the installation's: a new site takes it unless the admin names another, and each site's hours and
 * dates are then read in the site's own zone ({@code SiteService.clock(siteId)}), whatever this
 * clock's zone is. A demonstration clock ({@code startAt}) is anchored to one real instant
 * ({@code startAnchor}) so that several nodes on one database tell the same time.
 */
@Component(service = Clock.class, configurationPid = "org.servicehall.clock")
@Designate(ocd = HallClock.Config.class)
public final class HallClock extends Clock {

    @ObjectClassDefinition(name = "ServiceHall clock")
    public @interface Config {
        @AttributeDefinition(description = "The installation's time zone, e.g. Asia/Shanghai: the zone a new site takes unless "
                + "its admin names another (each site keeps its own zone); empty means the server's zone")
        String zone() default "";

        @AttributeDefinition(description = "For demonstrations, training and tests: the local date-time in the zone above (e.g. "
                + "2026-11-30T09:30) the clock reads at startAnchor, running on from there; empty means real time")
        String startAt() default "";

        @AttributeDefinition(description = "With startAt: the real instant (e.g. 2026-12-02T06:00:00Z) at which the clock reads "
                + "startAt. Give every node of a hall the same one and all nodes tell the same time (issue 17); empty means when "
                + "this node starts, so nodes started at different moments disagree by the gap")
        String startAnchor() default "";
    }

    private final Clock delegate;

    @Activate
    public HallClock(Config config) {
        this(config, config.zone().isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(config.zone())));
    }

    /** On a given real clock (tests); the zone is the real clock's. */
    HallClock(Config config, Clock system) {
        if (config.startAt().isBlank()) {
            this.delegate = system;
        } else {
            Instant start = LocalDateTime.parse(config.startAt().trim()).atZone(system.getZone()).toInstant();
            Instant anchor = config.startAnchor().isBlank() ? system.instant() : Instant.parse(config.startAnchor().trim());
            this.delegate = Clock.offset(system, Duration.between(anchor, start));
        }
    }

    @Override
    public ZoneId getZone() {
        return delegate.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.withZone(zone);
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }
}
