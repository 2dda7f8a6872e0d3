package org.servicehall.web.internal.rest;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@code /api/*} through a Jersey container that is rebuilt whenever resources come or go.
 * A rebuild never disturbs running requests (RECIPES R7): a new container is built and swapped in;
 * the old one is destroyed when its last in-flight request has finished. Rebuilds are debounced:
 * by {@value #DEBOUNCE_MS} ms once the node has booted, by {@value #BOOTING_DEBOUNCE_MS} ms while
 * its boot features are still being installed (resources then arrive every few hundred
 * milliseconds, and until the node is ready nobody but the health checks is served: a container
 * built for each would be thrown away), and at once when the boot is done ({@link #bootFinished}).
 * Each generation knows the service ids of the resources it serves, so readiness can tell when
 * every registered resource is served (issue 17).
 */
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final long DEBOUNCE_MS = 100;
    static final long BOOTING_DEBOUNCE_MS = 2_000;

    /** One generation's application and the service ids of the resources it was built from. */
    public record Application(ResourceConfig config, Set<Long> resources) {
    }

    private final transient Supplier<Application> application;
    private final transient BooleanSupplier booting;
    private final transient ClassLoader loader;
    private final transient ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-api-rebuild");
        t.setDaemon(true);
        return t;
    });
    private transient volatile Generation current;
    private transient ScheduledFuture<?> pending;
    /** A rebuild was asked for while the first generation was being built. */
    private transient boolean changedDuringInit;

    private static final class Generation {
        final ServletContainer container;
        final Set<Long> resources;
        final AtomicInteger inFlight = new AtomicInteger();
        volatile boolean retired;

        Generation(ServletContainer container, Set<Long> resources) {
            this.container = container;
            this.resources = resources;
        }

        void destroyIfIdle() {
            if (retired && inFlight.get() == 0 && inFlight.compareAndSet(0, Integer.MIN_VALUE)) {
                container.destroy();
            }
        }
    }

    /** @param booting whether the node's boot features are still being installed */
    public ApiServlet(Supplier<Application> application, ClassLoader loader, BooleanSupplier booting) {
        this.application = application;
        this.loader = loader;
        this.booting = booting;
    }

    @Override
    public void init() throws ServletException {
        Generation first = build();
        synchronized (this) {
            current = first;
            if (changedDuringInit) {
                scheduleRebuild();
            }
        }
    }

    /** The service ids of the resources the serving generation was built from (none before the first). */
    public Set<Long> served() {
        Generation g = current;
        return g == null ? Set.of() : g.resources;
    }

    /** Rebuilds soon; several calls within the debounce time cause one rebuild. */
    public synchronized void scheduleRebuild() {
        schedule(booting.getAsBoolean() ? BOOTING_DEBOUNCE_MS : DEBOUNCE_MS);
    }

    /** The boot is done: a change still waiting is built now, so the node is ready without waiting out the boot's debounce. */
    public synchronized void bootFinished() {
        if (pending != null && !pending.isDone()) {
            schedule(0);
        }
    }

    private void schedule(long delayMs) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = rebuilder.schedule(this::rebuild, delayMs, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        synchronized (this) {
            if (current == null) {
                changedDuringInit = true; // init() builds the first one, then rebuilds with what came meanwhile
                return;
            }
        }
        try {
            long start = System.nanoTime();
            Generation next = build();
            Generation old = current;
            current = next;
            old.retired = true;
            old.destroyIfIdle();
            LOG.info("REST API rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (ServletException | RuntimeException e) {
            LOG.error("REST API could not be rebuilt; the previous one keeps serving", e);
        }
    }

    private Generation build() throws ServletException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            Application app = application.get();
            ServletContainer container = new ServletContainer(app.config());
            container.init(getServletConfig());
            return new Generation(container, Set.copyOf(app.resources()));
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Generation g;
        while (true) {
            g = current;
            if (g.inFlight.incrementAndGet() > 0 && !g.retired) {
                break;
            }
            // swapped (or being destroyed) between reading and counting: give it back and take the new one
            g.inFlight.decrementAndGet();
            g.destroyIfIdle();
        }
        try {
            g.container.service(req, resp);
        } finally {
            g.inFlight.decrementAndGet();
            g.destroyIfIdle();
        }
    }

    @Override
    public void destroy() {
        rebuilder.shutdownNow();
        Generation g = current;
        if (g != null) {
            g.container.destroy();
        }
    }
}
