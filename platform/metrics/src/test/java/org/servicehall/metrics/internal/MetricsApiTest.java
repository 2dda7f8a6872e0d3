package org.servicehall.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.testing.InMemoryApi;
import org.servicehall.web.ApiResource;
import org.servicehall.web.internal.rest.ApiApplication;
import org.servicehall.web.internal.rest.HealthResource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Issue 17 (Q10, Q11): the metrics resource in the platform's real REST application (Jersey as the
 * console builds it, the real accounts) on the real queue of a fixture's database: a scrape shows
 * the site's waiting tickets and longest wait as the queue reads them, times every REST operation
 * by its path template (refused requests too), carries the JVM's figures, and is refused without
 * the token, on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsApiTest {
    private static final String TOKEN = "metrics-test-token-0123456789";

    /** Any resource of the application: the metrics time it by its template, never by the values in its path. */
    @Path("probe")
    public static final class Probe implements ApiResource {
        @GET
        @Path("{code}")
        public String echo(@PathParam("code") String code) {
            return code;
        }
    }

    @EachDatabase
    void aScrapeShowsTheSitesQueueAndTimesEveryOperationByItsTemplate_Q10(HallFixture fx) {
        TestSite hall = fx.newSite("MET").create();
        QueueService queue = fx.newQueue().start();
        try (HallMeters meters = new HallMeters()) {
            SiteGauges gauges = new SiteGauges(meters.registry(), fx.sites(), queue, null, null, Duration.ZERO);
            MetricsResource metrics = new MetricsResource(meters, gauges, new ScrapeAccess(TOKEN, (user, password, address) -> fx.accounts().authenticate(user, password)));
            HealthResource health = new HealthResource(() -> new HealthResource.Health("UP", "test", 0, 2));
            InMemoryApi app = new InMemoryApi(ApiApplication.build(List.of(metrics, new Probe()), fx.accounts(), health));

            queue.issue(new IssueRequest(hall.code(), "GENERAL", PriorityClass.NORMAL, Channel.API));
            fx.clock().set(fx.clock().instant().plusSeconds(180));
            queue.issue(new IssueRequest(hall.code(), "GENERAL", PriorityClass.NORMAL, Channel.API));
            fx.clock().set(fx.clock().instant().plusSeconds(60));
            assertEquals(200, app.get("probe/A001").status());
            assertEquals(200, app.get("probe/A002").status());

            InMemoryApi.Answer refused = app.get("metrics");
            assertEquals(401, refused.status(), "no credentials: asked for them (issue 16), " + refused.body());
            assertTrue(refused.body().contains("Bearer"), refused.body());
            assertFalse(refused.body().contains("servicehall_"), refused.body());

            InMemoryApi.Answer scrape = app.call("GET", "metrics", null, "Bearer " + TOKEN);
            assertEquals(200, scrape.status(), scrape.body());
            assertTrue(scrape.type().startsWith("text/plain"), scrape.type());
            String text = scrape.body();
            String site = "site=\"" + hall.code() + "\"";
            assertTrue(text.contains("servicehall_queue_waiting{service=\"GENERAL\"," + site + "} 2.0"), text);
            assertTrue(text.contains("servicehall_queue_longest_wait_seconds{service=\"GENERAL\"," + site + "} 240.0"), text);
            assertTrue(text.contains("servicehall_windows_open{" + site + "} 2.0"), text);
            // per operation by its template: both probes under one series, no ticket number in a label (S3)
            assertTrue(text.contains("servicehall_http_server_requests_seconds_count{method=\"GET\",operation=\"/probe/{code}\",status=\"200\"} 2"),
                    text);
            assertFalse(text.contains("A001"), text);
            // the refused scrape was timed before the refusal
            assertTrue(text.contains("servicehall_http_server_requests_seconds_count{method=\"GET\",operation=\"/metrics\",status=\"401\"} 1"),
                    text);
            assertTrue(text.contains("servicehall_http_server_requests_seconds_bucket{method=\"GET\",operation=\"/probe/{code}\",status=\"200\",le=\"0.005\"}"),
                    text);
            assertTrue(text.contains("jvm_threads_live_threads "), text);
            assertTrue(text.contains("jvm_memory_used_bytes{"), text);
            assertTrue(text.contains("jvm_gc_"), text);

            // the next scrape reads the queue again: a ticket called is no longer waiting
            queue.callNext(hall.staff(1).actor(), hall.windowId(1));
            String after = app.call("GET", "metrics", null, "Bearer " + TOKEN).body();
            assertTrue(after.contains("servicehall_queue_waiting{service=\"GENERAL\"," + site + "} 1.0"), after);
            assertTrue(after.contains("servicehall_queue_longest_wait_seconds{service=\"GENERAL\"," + site + "} 60.0"), after);

            // a configuration change makes a new instance: the old one takes its rows along, the new one shows today's figure
            gauges.close();
            assertFalse(meters.scrape().contains("servicehall_queue_waiting{"), "rows of the old instance");
            queue.issue(new IssueRequest(hall.code(), "GENERAL", PriorityClass.NORMAL, Channel.API));
            SiteGauges next = new SiteGauges(meters.registry(), fx.sites(), queue, null, null, Duration.ZERO);
            next.refresh();
            String renewed = meters.scrape();
            assertTrue(renewed.contains("servicehall_queue_waiting{service=\"GENERAL\"," + site + "} 2.0"), renewed);
        }
    }
}
