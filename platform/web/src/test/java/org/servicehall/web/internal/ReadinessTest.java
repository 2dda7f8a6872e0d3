package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.testing.MutableClock;
import org.servicehall.web.internal.ReadinessRules.ComponentState;
import org.servicehall.web.internal.ReadinessRules.Contribution;
import org.servicehall.web.internal.ReadinessRules.DatabaseState;
import org.servicehall.web.internal.ReadinessRules.FeatureBundle;
import org.servicehall.web.internal.ReadinessRules.Kind;
import org.servicehall.web.internal.ReadinessRules.Observation;
import org.servicehall.web.internal.ReadinessRules.Waiting;

/**
 * When a node is ready (issue 17: readiness, not liveness), on plain descriptions of what the
 * framework reports: a node that answers HTTP but whose queue has not registered its REST resources
 * yet is starting, not up.
 */
class ReadinessTest {
    private static final String PLATFORM = "servicehall-platform";
    private static final String HOSPITAL = "servicehall-hospital";
    private static final DatabaseState DB_UP = new DatabaseState(DatabaseState.UP, "H2");

    /** A node as it looks when everything came up: the core and the hospital plugin, one resource and one screen each. */
    private static final class Node {
        boolean boot = true;
        DatabaseState db = DB_UP;
        List<FeatureBundle> bundles = new ArrayList<>(List.of(
                new FeatureBundle(PLATFORM, "mvn:org.servicehall/servicehall-web/1", "servicehall-web", "ACTIVE", false),
                new FeatureBundle(PLATFORM, "mvn:org.servicehall/servicehall-queue/1", "servicehall-queue", "ACTIVE", false),
                new FeatureBundle(HOSPITAL, "mvn:org.servicehall/servicehall-hospital/1", "servicehall-hospital", "ACTIVE", false)));
        List<ComponentState> components = new ArrayList<>();
        List<Contribution> resources = new ArrayList<>(List.of(new Contribution(11, "org.servicehall.queue.internal.rest.QueueResource", "servicehall-queue"),
                new Contribution(12, "org.servicehall.hospital.internal.Rest", "servicehall-hospital")));
        Set<Long> served = new HashSet<>(Set.of(11L, 12L));
        List<Contribution> views = new ArrayList<>(List.of(new Contribution(21, "org.servicehall.queue.internal.ui.QueueViews$Kiosk", "servicehall-queue")));
        Set<Long> routed = new HashSet<>(Set.of(21L));

        Observation observe() {
            return new Observation(boot, db, List.copyOf(bundles), components == null ? null : List.copyOf(components), List.copyOf(resources),
                    Set.copyOf(served), List.copyOf(views), Set.copyOf(routed));
        }
    }

    private static List<Kind> kinds(Node node) {
        return ReadinessRules.waitingFor(node.observe()).stream().map(Waiting::kind).toList();
    }

    @Test
    void aNodeWhoseEveryFeatureIsUpIsReady() {
        assertEquals(List.of(), ReadinessRules.waitingFor(new Node().observe()));
    }

    @Test
    void aNodeThatAnswersButWhoseQueueResourceIsNotServedYetIsStartingAndNamesIt() {
        Node node = new Node();
        node.served.remove(11L); // registered, but the REST application serving now was built before it came
        List<Waiting> waiting = ReadinessRules.waitingFor(node.observe());
        assertEquals(List.of(new Waiting(Kind.REST_RESOURCE, "org.servicehall.queue.internal.rest.QueueResource", "servicehall-queue",
                "registered, not yet in the REST application")), waiting);
    }

    @Test
    void eachMissingSignalKeepsTheNodeStarting() {
        Node boot = new Node();
        boot.boot = false;
        assertEquals(List.of(Kind.BOOT), kinds(boot));

        Node db = new Node();
        db.db = new DatabaseState(DatabaseState.ABSENT, "no data source yet");
        assertEquals(List.of(new Waiting(Kind.DATABASE, "database", null, "ABSENT: no data source yet")), ReadinessRules.waitingFor(db.observe()));

        Node resolved = new Node();
        resolved.bundles.set(1, new FeatureBundle(PLATFORM, "mvn:org.servicehall/servicehall-queue/1", "servicehall-queue", "RESOLVED", false));
        assertEquals(List.of(new Waiting(Kind.BUNDLE, "servicehall-queue", "servicehall-queue", "of feature servicehall-platform: RESOLVED")),
                ReadinessRules.waitingFor(resolved.observe()));

        Node notInstalled = new Node();
        notInstalled.bundles.add(new FeatureBundle(HOSPITAL, "mvn:org.servicehall/hospital-extra/1", null, null, false));
        assertEquals(List.of(new Waiting(Kind.BUNDLE, "mvn:org.servicehall/hospital-extra/1", "mvn:org.servicehall/hospital-extra/1",
                "of feature servicehall-hospital: NOT_INSTALLED")), ReadinessRules.waitingFor(notInstalled.observe()));

        Node component = new Node();
        component.components.add(new ComponentState("org.servicehall.queue.internal.QueueComponent", "servicehall-queue", "UNSATISFIED_REFERENCE",
                List.of("database")));
        assertEquals(List.of(new Waiting(Kind.COMPONENT, "org.servicehall.queue.internal.QueueComponent", "servicehall-queue",
                "UNSATISFIED_REFERENCE database")), ReadinessRules.waitingFor(component.observe()));

        Node noRuntime = new Node();
        noRuntime.components = null;
        assertEquals(List.of(Kind.COMPONENT), kinds(noRuntime));

        Node view = new Node();
        view.routed.clear();
        assertEquals(List.of(Kind.VIEW), kinds(view));
    }

    @Test
    void aFragmentIsUpWhenItIsInstalledNotActive() {
        Node node = new Node();
        node.bundles.add(new FeatureBundle(PLATFORM, "mvn:org.flywaydb/postgresql/1", "flyway-postgresql", "RESOLVED", true));
        assertEquals(List.of(), ReadinessRules.waitingFor(node.observe()));
        node.bundles.set(3, new FeatureBundle(PLATFORM, "mvn:org.flywaydb/postgresql/1", null, null, true));
        assertEquals(List.of(Kind.BUNDLE), kinds(node));
    }

    @Test
    void onceReadyTheNodeStaysReadyAndAPluginLaterMissingIsNoReasonToTurnRequestsAway() {
        Node node = new Node();
        node.served.clear();
        MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
        Readiness readiness = new Readiness(node::observe, clock, clock.instant(), Duration.ofSeconds(180));
        assertFalse(readiness.ready());
        assertEquals(List.of(Kind.REST_RESOURCE, Kind.REST_RESOURCE), readiness.state().waitingFor().stream().map(Waiting::kind).toList());

        node.served.addAll(Set.of(11L, 12L));
        clock.advance(Duration.ofMillis(Readiness.FRESH_MS));
        assertTrue(readiness.ready());
        assertEquals(List.of(), readiness.state().waitingFor());

        // a plugin being reinstalled later: its bundle not active for a moment
        node.bundles.set(2, new FeatureBundle(HOSPITAL, "mvn:org.servicehall/servicehall-hospital/1", "servicehall-hospital", "RESOLVED", false));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(readiness.ready());
    }

    @Test
    void aStartingNodeLooksAtTheFrameworkAtMostOncePerFreshnessInterval() {
        Node node = new Node();
        node.boot = false;
        int[] looks = new int[1];
        MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
        Readiness readiness = new Readiness(() -> {
            looks[0]++;
            return node.observe();
        }, clock, clock.instant(), Duration.ofSeconds(180));
        for (int i = 0; i < 50; i++) {
            assertFalse(readiness.ready());
        }
        assertEquals(1, looks[0]);
        node.boot = true;
        clock.advance(Duration.ofMillis(Readiness.FRESH_MS));
        assertTrue(readiness.ready());
        assertEquals(2, looks[0]);
        readiness.ready();
        assertEquals(2, looks[0], "once ready, the framework is not asked again");
    }

    @Test
    void afterTheStartUpTimeANodeOpensWithoutABrokenSectorPluginButNeverWithoutThePlatform() {
        MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
        Node plugin = new Node();
        plugin.served.remove(12L); // the hospital's resource never comes
        Readiness withoutPlugin = new Readiness(plugin::observe, clock, clock.instant(), Duration.ofSeconds(180));
        Node core = new Node();
        core.served.remove(11L); // the queue's resource never comes
        Readiness withoutQueue = new Readiness(core::observe, clock, clock.instant(), Duration.ofSeconds(180));

        clock.advance(Duration.ofSeconds(179));
        assertFalse(withoutPlugin.ready());
        assertFalse(withoutQueue.ready());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(withoutPlugin.ready());
        assertEquals(List.of(new Waiting(Kind.REST_RESOURCE, "org.servicehall.hospital.internal.Rest", "servicehall-hospital",
                "registered, not yet in the REST application")), withoutPlugin.state().waitingFor(), "it names what it opened without");
        assertFalse(withoutQueue.ready(), "the platform's own parts are always waited for");

        Node noDatabase = new Node();
        noDatabase.db = new DatabaseState(DatabaseState.DOWN, "Connection refused");
        assertFalse(new Readiness(noDatabase::observe, clock, clock.instant().minusSeconds(600), Duration.ofSeconds(180)).ready());
    }
}
