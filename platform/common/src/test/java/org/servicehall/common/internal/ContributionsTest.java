package org.servicehall.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;

class ContributionsTest {

    private final List<String> logged = new ArrayList<>();
    private final Contributions contributions = new Contributions(
            Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC), (p, e) -> logged.add(p.message()));

    /** Records what it was given; fails for bundles named "broken". */
    static class RecordingHandler implements HallResourceHandler {
        final List<String> events = new ArrayList<>();

        @Override
        public String folder() {
            return "catalogue";
        }

        @Override
        public void added(PluginSource source, List<URL> files) {
            if (source.symbolicName().equals("broken")) {
                throw new HallException("catalogue.properties line 3: time limit 'SOON' is not a time-limit class");
            }
            events.add("+" + source.symbolicName() + files.size());
        }

        @Override
        public void removed(PluginSource source) {
            events.add("-" + source.symbolicName());
        }
    }

    private static Contributions.Plugin plugin(long id, String name, int files) {
        List<URL> urls = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            try {
                urls.add(new URL("file:/plugin/" + name + "/" + i));
            } catch (MalformedURLException e) {
                throw new AssertionError(e);
            }
        }
        return new Contributions.Plugin(new PluginSource(id, name, "1.0.0", "hospital"),
                folder -> folder.equals("catalogue") ? urls : List.of());
    }

    @Test
    void pluginsBeforeAndAfterTheHandlerAreBothDelivered() {
        RecordingHandler handler = new RecordingHandler();
        contributions.pluginAdded(plugin(1, "early", 2));
        contributions.handlerAdded(handler);
        contributions.pluginAdded(plugin(2, "late", 1));
        assertEquals(List.of("+early2", "+late1"), handler.events);
    }

    @Test
    void stoppingAPluginWithdrawsOnlyItsContribution() {
        RecordingHandler handler = new RecordingHandler();
        contributions.handlerAdded(handler);
        contributions.pluginAdded(plugin(1, "a", 1));
        contributions.pluginAdded(plugin(2, "b", 1));
        contributions.pluginRemoved(1);
        assertEquals(List.of("+a1", "+b1", "-a"), handler.events);
    }

    @Test
    void aPluginWithoutFilesInTheFolderIsNotDelivered() {
        RecordingHandler handler = new RecordingHandler();
        contributions.handlerAdded(handler);
        contributions.pluginAdded(plugin(1, "empty", 0));
        contributions.pluginRemoved(1);
        assertEquals(List.of(), handler.events);
    }

    @Test
    void aBrokenContributionIsRecordedAndDoesNotStopOthers() {
        RecordingHandler handler = new RecordingHandler();
        contributions.handlerAdded(handler);
        contributions.pluginAdded(plugin(1, "broken", 1));
        contributions.pluginAdded(plugin(2, "good", 1));
        // the broken one was rolled back (removed called), the good one delivered
        assertEquals(List.of("-broken", "+good1"), handler.events);
        assertEquals(1, contributions.problems().size());
        assertTrue(contributions.problems().get(0).message().contains("SOON"), contributions.problems().toString());
        assertEquals("HALL-INF/catalogue", contributions.problems().get(0).folder());
        assertEquals(1, logged.size());
        // once the broken bundle is gone its problem goes with it
        contributions.pluginRemoved(1);
        assertTrue(contributions.problems().isEmpty());
    }

    @Test
    void aHandlerThatLeavesWithdrawsWhatItWasGiven() {
        RecordingHandler handler = new RecordingHandler();
        contributions.pluginAdded(plugin(1, "a", 1));
        contributions.handlerAdded(handler);
        contributions.handlerRemoved(handler);
        contributions.pluginAdded(plugin(2, "b", 1));
        assertEquals(List.of("+a1", "-a"), handler.events);
    }

    @Test
    void entriesAHandlerSkippedAreListedWithThePluginsProblemsUntilItGoes() {
        RecordingHandler handler = new RecordingHandler() {
            @Override
            public List<String> problems(PluginSource source) {
                return source.symbolicName().equals("partial")
                        ? List.of("partial 1.0.0: HALL-INF/catalogue/x.properties line 4: TX-B.prefix is missing")
                        : List.of();
            }
        };
        contributions.handlerAdded(handler);
        contributions.pluginAdded(plugin(1, "partial", 1));
        contributions.pluginAdded(plugin(2, "clean", 1));
        assertEquals(List.of("+partial1", "+clean1"), handler.events, "the good entries were taken");
        assertEquals(1, contributions.problems().size());
        assertEquals("partial 1.0.0: HALL-INF/catalogue/x.properties line 4: TX-B.prefix is missing",
                contributions.problems().get(0).message());
        assertEquals(1, contributions.problems().get(0).source().bundleId());
        contributions.pluginRemoved(1);
        assertTrue(contributions.problems().isEmpty());
    }
}
