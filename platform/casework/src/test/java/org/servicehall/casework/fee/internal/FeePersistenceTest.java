package org.servicehall.casework.fee.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.casework.fee.Fee;
import org.servicehall.casework.fee.FeeDraft;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRefused;
import org.servicehall.casework.fee.FeeTotal;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;

/** T5 on H2 and PostgreSQL: fees only where the sector allows, receipts numbered per site without gaps across two nodes, totals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeePersistenceTest {
    private final List<FeePolicy> policies = List.of(new TaxFees("core", Set.of("GENERAL")));

    private FeesImpl fees(HallFixture fx, DataSource node) {
        return new FeesImpl(node, fx.sites(), fx.audit(), fx.clock(), () -> policies);
    }

    private static FeeDraft workCost(TestSite hall, long caseId, String amount) {
        return new FeeDraft(hall.id(), caseId, "GENERAL", "WORK-COST", "发票工本费", new BigDecimal(amount));
    }

    @EachDatabase("casework")
    void anAllowedFeeIsRecordedWithTheSitesNextReceiptAndAudited_T5(HallFixture fx) {
        TestSite hall = fx.newSite("FE").create();
        FeesImpl fees = fees(fx, fx.dataSource());
        Fee first = fees.record(hall.staff(1).actor(), workCost(hall, 1, "5.00"));
        Fee second = fees.record(hall.staff(2).actor(), workCost(hall, 2, "10"));
        assertEquals(hall.code() + "-2026-000001", first.receiptNumber());
        assertEquals(hall.code() + "-2026-000002", second.receiptNumber());
        assertEquals(0, new BigDecimal("5.00").compareTo(first.amount()));
        assertEquals("工本费（国家税务总局公告）", first.basis());
        assertEquals(List.of(first), fees.fees(hall.id(), 1));
        assertTrue(!fx.audit().history("fee", first.id()).isEmpty());
        TestSite other = fx.newSite("FO").create();
        assertEquals(other.code() + "-2026-000001", fees.record(other.staff(1).actor(), workCost(other, 3, "5")).receiptNumber(),
                "each site numbers its own receipts");
    }

    @EachDatabase("casework")
    void aFeeTheSectorDoesNotAllowIsRefusedWithTheReasonAndNothingStored_T5(HallFixture fx) {
        TestSite hall = fx.newSite("FR").create();
        FeesImpl fees = fees(fx, fx.dataSource());
        FeeRefused refused = assertThrows(FeeRefused.class, () -> fees.record(hall.staff(1).actor(),
                new FeeDraft(hall.id(), 1, "GENERAL", "CONSULTING", "咨询费", new BigDecimal("50"))));
        assertTrue(refused.getMessage().contains("CONSULTING"), refused.getMessage());
        FeesImpl noPolicy = new FeesImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), List::of);
        FeeRefused none = assertThrows(FeeRefused.class, () -> noPolicy.record(hall.staff(1).actor(), workCost(hall, 1, "5")));
        assertTrue(none.getMessage().contains("allows no fees"), none.getMessage());
        assertThrows(ValidationException.class, () -> fees.record(hall.staff(1).actor(),
                new FeeDraft(hall.id(), 1, "NO-SUCH", "WORK-COST", null, BigDecimal.ONE)));
        assertEquals(0, fx.count("sh_casework_fee WHERE site_id = " + hall.id()));
        assertEquals(hall.code() + "-2026-000001", fees.record(hall.staff(1).actor(), workCost(hall, 1, "5")).receiptNumber(),
                "a refused fee uses no number");
    }

    @EachDatabase("casework")
    void twoNodesNumberReceiptsWithoutGapsOrDuplicates_T5(HallFixture fx) throws Exception {
        TestSite hall = fx.newSite("FN").create();
        List<FeesImpl> nodes = List.of(fees(fx, fx.newNodeDataSource(4)), fees(fx, fx.newNodeDataSource(4)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Fee>> work = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> work.add(() -> nodes.get(i % 2).record(hall.staff(1 + i % 2).actor(), workCost(hall, i, "5"))));
            List<String> numbers = new ArrayList<>();
            for (Future<Fee> f : pool.invokeAll(work)) {
                numbers.add(f.get().receiptNumber());
            }
            List<String> expected = IntStream.rangeClosed(1, 40).mapToObj(n -> hall.code() + "-2026-" + String.format("%06d", n)).toList();
            assertEquals(expected, numbers.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @EachDatabase("casework")
    void totalsPerDayAndItem_T5(HallFixture fx) {
        TestSite hall = fx.newSite("FT").create();
        FeesImpl fees = fees(fx, fx.dataSource());
        Instant monday = fx.clock().instant();
        fees.record(hall.staff(1).actor(), workCost(hall, 1, "5"));
        fees.record(hall.staff(1).actor(), workCost(hall, 2, "10.50"));
        fx.clock().set(monday.plusSeconds(86_400));
        fees.record(hall.staff(1).actor(), workCost(hall, 3, "5"));
        LocalDate day = monday.atZone(hall.site().zone()).toLocalDate();
        List<FeeTotal> totals = fees.totals(hall.id(), day, day.plusDays(1));
        assertEquals(List.of(new FeeTotal(day, "GENERAL", 2, new BigDecimal("15.50")), new FeeTotal(day.plusDays(1), "GENERAL", 1,
                new BigDecimal("5.00"))), totals);
        assertThrows(ValidationException.class, () -> fees.totals(hall.id(), day, day.minusDays(1)));
    }
}
