package org.servicehall.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The metrics endpoint's settings ({@code etc/org.servicehall.metrics.cfg}). */
@ObjectClassDefinition(name = "ServiceHall metrics", description = "Prometheus metrics at /api/metrics (issue 17)")
public @interface MetricsConfig {
    String PID = "org.servicehall.metrics";

    @AttributeDefinition(description = "The token a scraper sends as 'Authorization: Bearer <token>' (at least 16 characters);"
            + " empty: only an administrator's HTTP Basic login may read the metrics")
    String scrapeToken() default "";

    @AttributeDefinition(description = "Seconds the sites' figures (waiting, windows, cases) are reused between scrapes before"
            + " they are read from the database again")
    int figuresMaxAgeSeconds() default 5;
}
