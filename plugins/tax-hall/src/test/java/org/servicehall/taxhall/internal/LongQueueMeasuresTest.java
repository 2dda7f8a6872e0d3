package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.PluginSource;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.HallFixtures;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.taxhall.internal.QueueMeasure.Measure;
import org.servicehall.testing.TestDatabase;

/**
 * TX3 (第六条, Q3, Q8) on H2 and PostgreSQL: a long queue at a tax service records its measures once,
 * with their audit entries, in the plugin's own table (flyway_history_taxhall); they end when the
 * alert clears; another sector's queue records none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongQueueMeasuresTest {
    private final HallFixtures fixtures = new HallFixtures("taxhall");

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    @AfterAll
    void closeAll() {
        fixtures.close();
    }

    /** The plugin's own catalogue file, as if the tax hall's bundle had started. */
    static HallFixture withTaxCatalogue(HallFixture fx) {
        try (InputStream in = LongQueueMeasuresTest.class.getClassLoader().getResourceAsStream("HALL-INF/catalogue/tax-items.properties")) {
            fx.addCatalogue(new PluginSource(77, "org.servicehall.tax-hall", "0.1.0", TaxItems.SECTOR), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fx;
    }

    private static QueueAlert tooMany(TestSite hall, long id, String service, LocalDateTime at) {
        return QueueAlert.builder().id(id).siteId(hall.id()).serviceCode(service).kind(QueueAlert.Kind.TOO_MANY_WAITING)
                .raisedAt(at.atZone(ZoneId.of("Asia/Shanghai")).toInstant()).waiting(11).waitingOver(10).message("11 waiting").build();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aLongTaxQueueRecordsItsMeasuresOnceUntilItClears_TX3(TestDatabase.Kind kind) {
        HallFixture fx = withTaxCatalogue(fixtures.get(kind));
        TestSite hall = fx.newSite("TXQ").zone(ZoneId.of("Asia/Shanghai"))
                .service(new ServiceItemDraft(TaxItems.REG_CHANGE, "税务登记（变更）", "TC", TaxItems.SECTOR, TimeLimit.legal(10))).create();
        LongQueueMeasures measures = new LongQueueMeasures(fx.dataSource(), fx.sites(), (site, since) -> List.of(), fx.audit(), fx.clock(),
                new LongQueueRule(Duration.ofMinutes(60)));
        long alertId = 9_000 + hall.id() * 10;

        List<QueueMeasure> taken = measures.raised(tooMany(hall, alertId, TaxItems.REG_CHANGE, LocalDateTime.of(2026, 12, 1, 10, 0)));
        assertEquals(List.of(Measure.OPEN_WINDOWS, Measure.OFFER_BOOKING, Measure.OFFER_SELF_SERVICE),
                taken.stream().map(QueueMeasure::measure).toList(), "at 10:00, far from closing");
        assertEquals(List.of(), measures.raised(tooMany(hall, alertId, TaxItems.REG_CHANGE, LocalDateTime.of(2026, 12, 1, 10, 0))),
                "announced twice: recorded once");
        assertEquals(3, fx.count("taxhall_queue_measure WHERE alert_id = " + alertId));
        assertEquals(3, fx.audit().history("TaxQueueMeasure", taken.get(0).id()).size()
                + fx.audit().history("TaxQueueMeasure", taken.get(1).id()).size() + fx.audit().history("TaxQueueMeasure", taken.get(2).id()).size());
        assertEquals(taken, measures.standing(hall.id()));
        // the kiosk and the phone page offer a later slot, the self-service terminals and the online office for this service only
        List<ServiceOffers.Offer> offered = TaxQueueOffers.offers(measures.standing(hall.id()), "TXQ", TaxItems.REG_CHANGE, "https://etax.example.cn",
                Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(ServiceOffers.Kind.BOOK_LATER, ServiceOffers.Kind.SELF_SERVICE, ServiceOffers.Kind.ONLINE),
                offered.stream().map(ServiceOffers.Offer::kind).toList());
        assertEquals("/api/v1/queue/follow/TXQ/book?service=" + TaxItems.REG_CHANGE, offered.get(0).link());
        assertEquals("登录电子税务局网上办理：https://etax.example.cn", offered.get(2).text());
        assertEquals("Use the self-service tax terminals in the hall", TaxQueueOffers.offers(measures.standing(hall.id()), "TXQ",
                TaxItems.REG_CHANGE, null, Locale.ENGLISH).get(1).text());
        assertEquals(2, TaxQueueOffers.offers(measures.standing(hall.id()), "TXQ", TaxItems.REG_CHANGE, null, Locale.ENGLISH).size(),
                "no online office configured: none offered");
        assertEquals(List.of(), TaxQueueOffers.offers(measures.standing(hall.id()), "TXQ", TaxItems.INVOICE, null, Locale.ENGLISH),
                "another tax service's queue is not long");

        List<QueueMeasure> late = measures.raised(tooMany(hall, alertId + 1, TaxItems.REG_CHANGE, LocalDateTime.of(2026, 12, 1, 16, 20)));
        assertTrue(late.stream().anyMatch(m -> m.measure() == Measure.SERVE_PAST_CLOSING), "within an hour of 17:00: served past closing (Q8)");

        assertEquals(3, measures.cleared(alertId));
        assertEquals(List.of(), TaxQueueOffers.offers(measures.taken(hall.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)).stream()
                .filter(m -> m.alertId() == alertId).toList(), "TXQ", TaxItems.REG_CHANGE, null, Locale.ENGLISH), "the queue cleared: nothing offered");
        assertEquals(4, measures.standing(hall.id()).size(), "the first alert's measures ended, the second's stand");
        assertEquals(7, measures.taken(hall.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)).size());
        assertEquals(1, fx.count("\"flyway_history_taxhall\" WHERE \"version\" = '1'"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anotherSectorsQueueOrAOneTicketAlertRecordsNothing_TX3(TestDatabase.Kind kind) {
        HallFixture fx = fixtures.get(kind);
        TestSite hall = fx.newSite("TXO").create(); // GENERAL, a core item
        LongQueueMeasures measures = new LongQueueMeasures(fx.dataSource(), fx.sites(), (site, since) -> List.of(), fx.audit(), fx.clock(),
                new LongQueueRule(Duration.ofMinutes(60)));
        assertEquals(List.of(), measures.raised(tooMany(hall, 77_000 + hall.id(), "GENERAL", LocalDateTime.of(2026, 12, 1, 10, 0))));
        QueueAlert oneTicket = tooMany(hall, 78_000 + hall.id(), "GENERAL", LocalDateTime.of(2026, 12, 1, 10, 0)).toBuilder()
                .kind(QueueAlert.Kind.WAIT_BREACHED).ticketNumber("A012").build();
        assertEquals(List.of(), measures.raised(oneTicket));
        assertEquals(0, fx.count("taxhall_queue_measure WHERE site_id = " + hall.id()));
        assertThrows(ValidationException.class, () -> measures.taken(hall.id(), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
    }
}
