package org.servicehall.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The shared DataSource's connection pool (HikariCP, as pax-jdbc's {@code pool=hikari} makes it):
 * connections active, idle and in all, and threads waiting for one, so an operator sees a pool run
 * dry before requests time out. A DataSource that is no Hikari pool gives no pool figures.
 */
@Component(service = PoolGauges.class, immediate = true)
public final class PoolGauges {
    private static final Logger LOG = LoggerFactory.getLogger(PoolGauges.class);

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    @Activate
    public PoolGauges(@Reference HallMeters meters, @Reference(target = "(dataSourceName=servicehall)") DataSource dataSource) {
        this(meters.registry(), dataSource);
    }

    PoolGauges(MeterRegistry registry, DataSource dataSource) {
        this.registry = registry;
        try {
            if (dataSource instanceof HikariDataSource hikari) {
                String pool = EventCounters.label(hikari.getPoolName() == null ? "servicehall" : hikari.getPoolName());
                // the pool's bean exists once the pool started; read it at each scrape, never hold a closed pool's
                meters.add(gauge("active", pool, hikari, HikariPoolMXBean::getActiveConnections));
                meters.add(gauge("idle", pool, hikari, HikariPoolMXBean::getIdleConnections));
                meters.add(gauge("total", pool, hikari, HikariPoolMXBean::getTotalConnections));
                meters.add(Gauge.builder(MetricNames.POOL_PENDING, hikari, ds -> read(ds, HikariPoolMXBean::getThreadsAwaitingConnection))
                        .tag("pool", pool).description("Threads waiting for a connection").register(registry));
                meters.add(Gauge.builder(MetricNames.POOL_CONNECTIONS + ".max", hikari, HikariDataSource::getMaximumPoolSize)
                        .tag("pool", pool).description("The pool's largest size").register(registry));
            } else {
                LOG.info("metrics: the DataSource {} is no HikariCP pool; no pool figures", dataSource.getClass().getName());
            }
        } catch (NoClassDefFoundError e) {
            LOG.info("metrics: HikariCP is not installed; no pool figures");
        }
    }

    private Gauge gauge(String state, String pool, HikariDataSource hikari, ToIntFunction<HikariPoolMXBean> figure) {
        return Gauge.builder(MetricNames.POOL_CONNECTIONS, hikari, ds -> read(ds, figure)).tag("pool", pool).tag("state", state)
                .description("Connections of the shared DataSource's pool").register(registry);
    }

    private static double read(HikariDataSource ds, ToIntFunction<HikariPoolMXBean> figure) {
        HikariPoolMXBean bean = ds.isClosed() ? null : ds.getHikariPoolMXBean();
        return bean == null ? Double.NaN : figure.applyAsInt(bean);
    }

    @Deactivate
    public void deactivate() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
