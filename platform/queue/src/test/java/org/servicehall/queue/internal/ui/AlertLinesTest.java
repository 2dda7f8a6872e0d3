package org.servicehall.queue.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueAlert.Kind;

/** Q3, Q4: the dashboard's line of each standing alert, from the queue's bundles in English and Chinese. */
class AlertLinesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant RAISED = Instant.parse("2026-11-30T01:05:00Z"); // 09:05 in the hall
    private static final Duration TEN = Duration.ofMinutes(10);

    /** Translations as the console's i18n provider makes them: the bundle's pattern through MessageFormat. */
    private static BiFunction<String, Object[], String> bundle(String file, Locale locale) {
        Properties p = new Properties();
        try (InputStream in = AlertLinesTest.class.getResourceAsStream("/HALL-INF/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (key, args) -> {
            String pattern = p.getProperty(key);
            if (pattern == null) {
                throw new AssertionError(key + " is missing in " + file);
            }
            return new MessageFormat(pattern, locale).format(args);
        };
    }

    private static QueueAlert alert(Kind kind, String ticket, int waiting, Duration waited, Duration predicted, Instant lastSeen,
            Instant cleared) {
        return QueueAlert.builder().id(1).siteId(7).serviceCode("GENERAL").kind(kind).ticketNumber(ticket).raisedAt(RAISED)
                .lastSeenAt(lastSeen).clearedAt(cleared).waiting(waiting).waited(waited).predictedWait(predicted).waitingOver(10)
                .waitTarget(TEN).message("").build();
    }

    @Test
    void tooManyWaitingSaysHowManyWaitAndWhatToDoInBothLanguages_Q3() {
        QueueAlert a = alert(Kind.TOO_MANY_WAITING, null, 11, null, null, RAISED, null);
        assertEquals("09:05:00  综合业务: 11 waiting, more than 10: open another window or divert",
                SupervisorView.line(a, "综合业务", RAISED, SHANGHAI, bundle("queue.properties", Locale.ENGLISH)));
        assertEquals("09:05:00  综合业务：11 人等候，超过 10 人，请增设窗口分流",
                SupervisorView.line(a, "综合业务", RAISED, SHANGHAI, bundle("queue_zh_CN.properties", Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void aTicketAtRiskShowsItsPredictionAndTheTarget_Q4() {
        QueueAlert a = alert(Kind.WAIT_AT_RISK, "A006", 12, Duration.ZERO, Duration.ofMinutes(15), RAISED, null);
        assertEquals("09:05:00  A006 (综合业务): predicted to wait 15 min, over the 10-minute target",
                SupervisorView.line(a, "综合业务", RAISED, SHANGHAI, bundle("queue.properties", Locale.ENGLISH)));
        assertEquals("09:05:00  A006（综合业务）：预计等候 15 分钟，超过 10 分钟的目标",
                SupervisorView.line(a, "综合业务", RAISED, SHANGHAI, bundle("queue_zh_CN.properties", Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void aStandingBreachCountsTheWaitOnToNow_Q4() {
        QueueAlert a = alert(Kind.WAIT_BREACHED, "A003", 11, Duration.ofMinutes(11), null, RAISED, null);
        Instant fiveLater = RAISED.plus(Duration.ofMinutes(5));
        assertEquals("09:05:00  A003 (综合业务): has waited 16 min, over the 10-minute target",
                SupervisorView.line(a, "综合业务", fiveLater, SHANGHAI, bundle("queue.properties", Locale.ENGLISH)));
        assertEquals("09:05:00  A003（综合业务）：已等候 16 分钟，超过 10 分钟的目标",
                SupervisorView.line(a, "综合业务", fiveLater, SHANGHAI, bundle("queue_zh_CN.properties", Locale.SIMPLIFIED_CHINESE)));
    }

    /** Issue 12: an alert stands only over the target, so a wait just over it never reads as the target itself. */
    @Test
    void aWaitJustOverTheTargetReadsAsOverIt_Q4() {
        QueueAlert risk = alert(Kind.WAIT_AT_RISK, "A007", 12, Duration.ZERO, Duration.ofSeconds(630), RAISED, null);
        assertEquals("09:05:00  A007（综合业务）：预计等候 11 分钟，超过 10 分钟的目标",
                SupervisorView.line(risk, "综合业务", RAISED, SHANGHAI, bundle("queue_zh_CN.properties", Locale.SIMPLIFIED_CHINESE)));
        QueueAlert breach = alert(Kind.WAIT_BREACHED, "A008", 12, Duration.ofSeconds(601), null, RAISED, RAISED);
        assertEquals("09:05:00  A008 (综合业务): has waited 11 min, over the 10-minute target",
                SupervisorView.line(breach, "综合业务", RAISED, SHANGHAI, bundle("queue.properties", Locale.ENGLISH)));
    }
}
