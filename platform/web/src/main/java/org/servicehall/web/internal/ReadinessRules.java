package org.servicehall.web.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a node is ready to serve (issue 17): the boot features are installed, the database answers,
 * every bundle of every installed ServiceHall feature is active, no ServiceHall component waits or
 * failed, every registered REST resource is in the REST application that serves now, and every
 * registered screen has its route. Until then the node is starting, and this says what it waits for.
 * Plain Java over what the framework reports ({@link Observation}); the node reads it fresh each time.
 */
public final class ReadinessRules {
    private ReadinessRules() {
    }

    /** What a starting node waits for. */
    public enum Kind {
        /** Karaf has not finished installing its boot features. */
        BOOT,
        /** The database does not answer (or there is no data source yet). */
        DATABASE,
        /** A bundle of an installed ServiceHall feature that is not active. */
        BUNDLE,
        /** A declarative-services component of ServiceHall that waits for something or failed. */
        COMPONENT,
        /** A registered REST resource the REST application does not serve yet. */
        REST_RESOURCE,
        /** A registered screen that has no route yet. */
        VIEW
    }

    /**
     * One thing the node waits for: its kind, what it is (bundle, component, class), the bundle it
     * belongs to ({@code null} for the boot and the database) and what it is doing now.
     */
    public record Waiting(Kind kind, String name, String bundle, String detail) {
    }

    /** A bundle of an installed feature, as the framework reports it ({@code null} state: not installed). */
    public record FeatureBundle(String feature, String location, String symbolicName, String state, boolean fragment) {
        boolean active() {
            return fragment ? state != null : "ACTIVE".equals(state);
        }
    }

    /** A component of a ServiceHall bundle that does not work, with its state and what it waits for. */
    public record ComponentState(String component, String bundle, String state, List<String> waitingFor) {
    }

    /** A contributed REST resource or screen: the service's id, its class and the bundle that registered it. */
    public record Contribution(long serviceId, String type, String bundle) {
    }

    /** How the database answers: {@code UP} with its product, {@code DOWN} with why, {@code ABSENT} without a data source. */
    public record DatabaseState(String status, String detail) {
        public static final String UP = "UP";
        public static final String DOWN = "DOWN";
        public static final String ABSENT = "ABSENT";

        boolean up() {
            return UP.equals(status);
        }
    }

    /**
     * What the framework reports now.
     *
     * @param bootFinished Karaf finished installing its boot features
     * @param featureBundles the bundles of every installed ServiceHall feature
     * @param components the ServiceHall components that do not work ({@code null}: no component runtime yet)
     * @param resources REST resources registered as services
     * @param served the service ids of those the serving REST application holds (or refused, with a log line)
     * @param views screens registered as services
     * @param routed the service ids of the screens that have a route (or were refused, with a log line)
     */
    public record Observation(boolean bootFinished, DatabaseState database, List<FeatureBundle> featureBundles,
            List<ComponentState> components, List<Contribution> resources, Set<Long> served, List<Contribution> views,
            Set<Long> routed) {
    }

    /** What the node waits for now; empty when it is ready. */
    public static List<Waiting> waitingFor(Observation o) {
        List<Waiting> waiting = new ArrayList<>();
        if (!o.bootFinished()) {
            waiting.add(new Waiting(Kind.BOOT, "boot features", null, "Karaf is installing its boot features"));
        }
        if (o.database() == null || !o.database().up()) {
            DatabaseState db = o.database() == null ? new DatabaseState(DatabaseState.ABSENT, null) : o.database();
            waiting.add(new Waiting(Kind.DATABASE, "database", null, db.detail() == null ? db.status() : db.status() + ": " + db.detail()));
        }
        for (FeatureBundle b : o.featureBundles()) {
            if (!b.active()) {
                String name = b.symbolicName() == null ? b.location() : b.symbolicName();
                waiting.add(new Waiting(Kind.BUNDLE, name, name,
                        "of feature " + b.feature() + ": " + (b.state() == null ? "NOT_INSTALLED" : b.state())));
            }
        }
        if (o.components() == null) {
            waiting.add(new Waiting(Kind.COMPONENT, "declarative services", null, "no component runtime yet"));
        } else {
            for (ComponentState c : o.components()) {
                waiting.add(new Waiting(Kind.COMPONENT, c.component(), c.bundle(),
                        c.waitingFor().isEmpty() ? c.state() : c.state() + " " + String.join(", ", c.waitingFor())));
            }
        }
        unserved(o.resources(), o.served(), Kind.REST_RESOURCE, "registered, not yet in the REST application", waiting);
        unserved(o.views(), o.routed(), Kind.VIEW, "registered, no route yet", waiting);
        return waiting;
    }

    private static void unserved(List<Contribution> contributed, Set<Long> served, Kind kind, String detail, List<Waiting> waiting) {
        for (Contribution c : contributed) {
            if (!served.contains(c.serviceId())) {
                waiting.add(new Waiting(kind, c.type(), c.bundle(), detail));
            }
        }
    }

    /**
     * Whether a node may open although these are still missing, once its start-up time is over: yes
     * when only sector plugins' parts are missing (one broken plugin must not keep a hall closed),
     * never while the boot, the database or a part of the platform's own features
     * ({@code servicehall-platform*}) is missing.
     */
    public static boolean mayOpenWithout(List<Waiting> waiting, Observation o) {
        Set<String> platform = new HashSet<>();
        for (FeatureBundle b : o.featureBundles()) {
            if (b.feature().startsWith(PLATFORM_PREFIX) && b.symbolicName() != null) {
                platform.add(b.symbolicName());
            }
        }
        for (Waiting w : waiting) {
            if (w.bundle() == null || platform.contains(w.bundle())) {
                return false;
            }
        }
        return true;
    }

    /** The features of the platform itself, as opposed to sector plugins. */
    public static final String PLATFORM_PREFIX = "servicehall-platform";

    /** The states of the framework's bundle constants, by name. */
    public static String bundleState(int state) {
        return STATES.getOrDefault(state, "STATE_" + state);
    }

    private static final Map<Integer, String> STATES = Map.of(1, "UNINSTALLED", 2, "INSTALLED", 4, "RESOLVED", 8, "STARTING", 16, "STOPPING",
            32, "ACTIVE");
}
