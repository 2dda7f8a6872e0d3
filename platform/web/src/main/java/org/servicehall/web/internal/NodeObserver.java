package org.servicehall.web.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.servicehall.persistence.Database;
import org.servicehall.web.ApiResource;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.internal.ReadinessRules.ComponentState;
import org.servicehall.web.internal.ReadinessRules.Contribution;
import org.servicehall.web.internal.ReadinessRules.DatabaseState;
import org.servicehall.web.internal.ReadinessRules.FeatureBundle;
import org.servicehall.web.internal.ReadinessRules.Observation;
import org.servicehall.web.internal.rest.HealthResource;
import org.servicehall.web.internal.rest.HealthResource.ComponentProblem;

/**
 * Reads what {@link ReadinessRules} judges from the framework itself (issue 17): Karaf's
 * {@link BootFinished}, the installed {@code servicehall-*} features and their bundles' states, the
 * component runtime's view of the ServiceHall components, the REST resources and screens registered
 * as services against what the REST application and the route table hold, and whether the
 * database gives a connection within {@value #DATABASE_WAIT_MS} ms.
 */
final class NodeObserver {
    static final long DATABASE_WAIT_MS = 2000;
    static final String FEATURE_PREFIX = "servicehall-";

    private final BundleContext context;
    private final Supplier<ServiceComponentRuntime> runtime;
    private final Supplier<FeaturesService> features;
    private final Supplier<Database> database;
    private final Supplier<Set<Long>> served;
    private final Supplier<Set<Long>> routed;
    private final ExecutorService probe = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "servicehall-health-database");
        t.setDaemon(true);
        return t;
    });
    private Future<DatabaseState> pendingProbe;

    NodeObserver(BundleContext context, Supplier<ServiceComponentRuntime> runtime, Supplier<FeaturesService> features,
            Supplier<Database> database, Supplier<Set<Long>> served, Supplier<Set<Long>> routed) {
        this.context = context;
        this.runtime = runtime;
        this.features = features;
        this.database = database;
        this.served = served;
        this.routed = routed;
    }

    Observation observe() {
        return new Observation(context.getServiceReference(BootFinished.class) != null, database(), featureBundles(), components(),
                contributions(ApiResource.class), served.get(), contributions(ViewContribution.class), routed.get());
    }

    /** The ServiceHall components that do not work, {@code null} while there is no component runtime. */
    List<ComponentProblem> componentProblems() {
        return HealthResource.Components.problems(runtime.get());
    }

    private List<ComponentState> components() {
        List<ComponentProblem> problems = componentProblems();
        return problems == null ? null
                : problems.stream().map(p -> new ComponentState(p.component(), p.bundle(), p.state(), p.unsatisfiedReferences())).toList();
    }

    private List<FeatureBundle> featureBundles() {
        FeaturesService fs = features.get();
        if (fs == null) {
            return List.of(new FeatureBundle("(features service)", "", null, null, false));
        }
        Feature[] installed;
        try {
            installed = fs.listInstalledFeatures();
        } catch (Exception e) {
            return List.of(new FeatureBundle("(features service)", String.valueOf(e.getMessage()), null, null, false));
        }
        List<FeatureBundle> bundles = new ArrayList<>();
        for (Feature f : installed) {
            if (!f.getName().startsWith(FEATURE_PREFIX)) {
                continue;
            }
            for (BundleInfo info : f.getBundles()) {
                if (!info.isStart() || info.isDependency()) {
                    continue; // not started by the feature, or only installed when nothing else provides it
                }
                Bundle b = context.getBundle(info.getLocation());
                bundles.add(b == null ? new FeatureBundle(f.getName(), info.getLocation(), null, null, false)
                        : new FeatureBundle(f.getName(), info.getLocation(), b.getSymbolicName(), ReadinessRules.bundleState(b.getState()),
                                b.getHeaders("").get(Constants.FRAGMENT_HOST) != null));
            }
        }
        return bundles;
    }

    private List<Contribution> contributions(Class<?> type) {
        ServiceReference<?>[] refs;
        try {
            refs = context.getServiceReferences(type.getName(), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Contribution> all = new ArrayList<>();
        for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
            Object name = r.getProperty(ComponentConstants.COMPONENT_NAME);
            Bundle b = r.getBundle();
            all.add(new Contribution((Long) r.getProperty(Constants.SERVICE_ID), name == null ? type.getSimpleName() : name.toString(),
                    b == null ? null : b.getSymbolicName()));
        }
        return all;
    }

    /** Whether the database gives a valid connection, waiting at most {@value #DATABASE_WAIT_MS} ms for it. */
    synchronized DatabaseState database() {
        Database db = database.get();
        if (db == null) {
            return new DatabaseState(DatabaseState.ABSENT, "no data source yet");
        }
        if (pendingProbe == null || pendingProbe.isDone()) {
            pendingProbe = probe.submit(() -> {
                try (Connection c = db.dataSource().getConnection()) {
                    return c.isValid(2) ? new DatabaseState(DatabaseState.UP, db.kind().name())
                            : new DatabaseState(DatabaseState.DOWN, db.kind().name() + ": the connection is not valid");
                } catch (SQLException | RuntimeException e) {
                    return new DatabaseState(DatabaseState.DOWN, String.valueOf(e.getMessage()));
                }
            });
        }
        try {
            return pendingProbe.get(DATABASE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the probe goes on; the next question waits for the same one
            return new DatabaseState(DatabaseState.DOWN, "no connection within " + DATABASE_WAIT_MS + " ms");
        } catch (ExecutionException e) {
            return new DatabaseState(DatabaseState.DOWN, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DatabaseState(DatabaseState.DOWN, "interrupted");
        }
    }

    void close() {
        probe.shutdownNow();
    }
}
