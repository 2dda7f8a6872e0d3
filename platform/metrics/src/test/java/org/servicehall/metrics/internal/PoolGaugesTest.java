package org.servicehall.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Issue 17: the shared DataSource's HikariCP pool as gauges, read from the real pool at each scrape. */
class PoolGaugesTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private double connections(String state) {
        Gauge g = registry.find(MetricNames.POOL_CONNECTIONS).tag("state", state).gauge();
        return g == null ? Double.NaN : g.value();
    }

    @Test
    void activeIdleAndTotalConnectionsAreThePools() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:pool-gauges;DB_CLOSE_DELAY=-1");
        config.setPoolName("servicehall");
        config.setMinimumIdle(2);
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            PoolGauges gauges = new PoolGauges(registry, pool);
            try (Connection held = pool.getConnection()) {
                assertEquals(1, connections("active"));
                assertEquals(connections("total"), connections("active") + connections("idle"));
                assertEquals(0, registry.find(MetricNames.POOL_PENDING).gauge().value());
                assertEquals(4, registry.find(MetricNames.POOL_CONNECTIONS + ".max").gauge().value());
            }
            assertEquals(0, connections("active"));
            String text = registry.scrape();
            assertTrue(text.contains("servicehall_db_pool_connections{pool=\"servicehall\",state=\"active\"} 0.0"), text);
            gauges.deactivate();
            assertNull(registry.find(MetricNames.POOL_CONNECTIONS).gauge());
        }
    }

    @Test
    void aDataSourceThatIsNoHikariPoolGivesNoPoolFigures() {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:mem:plain");
        new PoolGauges(registry, plain);
        assertTrue(registry.find(MetricNames.POOL_CONNECTIONS).gauges().isEmpty());
    }
}
