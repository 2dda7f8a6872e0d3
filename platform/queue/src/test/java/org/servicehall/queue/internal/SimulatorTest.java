package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.WindowStates;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/** hall:simulate (issue 12): a closed hall says so and what to do, instead of "simulating …" and nothing happening. */
class SimulatorTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Site DEMO = new Site(1, "DEMO", "演示服务大厅", "1 Example Road", LocalTime.of(9, 0), LocalTime.of(17, 0), SHANGHAI);

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, java.util.function.Function<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            Object answer = answers.apply(method.getName());
            if (answer == null && method.getReturnType() == boolean.class) {
                return false;
            }
            return answer;
        });
    }

    private static Simulator.Config noAutostart() {
        return new Simulator.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Simulator.Config.class;
            }

            @Override
            public String site() {
                return "";
            }

            @Override
            public int arrivalsPerMinute() {
                return 12;
            }

            @Override
            public int serviceSeconds() {
                return 40;
            }
        };
    }

    private static Simulator simulator(List<IssuingStatus> issuing) {
        TicketLifecycle tickets = stub(TicketLifecycle.class, m -> m.equals("issuing") ? issuing : null);
        SiteService sites = stub(SiteService.class, m -> m.equals("siteByCode") ? Optional.of(DEMO) : null);
        return new Simulator(noAutostart(), tickets, stub(QueueReadModel.class, m -> null), stub(WindowStates.class, m -> null), sites,
                new ExtensionPoints(List::of, List::of), Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), SHANGHAI));
    }

    @Test
    void aClosedHallIsNotSimulatedAndTheMessageSaysHowToSetTheDemoClock() {
        Instant tomorrowNine = Instant.parse("2026-12-01T00:30:00Z");
        Simulator closed = simulator(List.of(new IssuingStatus("TX-INVOICE", false, IssuingStatus.Reason.CLOSED_FOR_THE_DAY, tomorrowNine,
                "no more tickets today")));
        try {
            HallException e = assertThrows(HallException.class, () -> closed.start("DEMO", 12, 40));
            assertTrue(e.getMessage().startsWith("The hall DEMO takes no tickets now (No more tickets today. Tickets from 2026-12-01 08:30)"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("config:property-set -p org.servicehall.clock startAt"), e.getMessage());
            String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
            assertTrue(chinese.startsWith("大厅 DEMO 现在不取号（今日已停止取号，2026-12-01 08:30 起取号）"), chinese);
            assertFalse(closed.stop("DEMO"), "nothing was started");
        } finally {
            closed.close();
        }
    }

    @Test
    void anOpenHallIsSimulatedUntilStopped() {
        Simulator open = simulator(List.of(new IssuingStatus("TX-INVOICE", true, null, null, null)));
        try {
            open.start("DEMO", 12, 40);
            assertTrue(open.stop("DEMO"));
            assertFalse(open.stop("DEMO"));
            assertEquals("simulating DEMO: 12 arrivals/min, ~40 s per service; the demo staff are clocked in at their windows; "
                    + "stop with hall:simulate --stop DEMO", QueueRules.TEXTS.message("simulate.started", "DEMO", 12, 40).in(Locale.ENGLISH));
        } finally {
            open.close();
        }
    }
}
