package org.servicehall.queue.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Validator;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * Q1, Q7: what a hall sets for its public screens, per site ({@code sh_queue_screen_setting}): the
 * notice line scrolling along the foot of the display boards, how fast the boards speak the calls,
 * and how long the kiosk shows a new ticket before it returns to its start screen. Each change is
 * audited; read back from the database at most every two seconds, so every node's screens follow.
 */
@Component(service = ScreenSettings.class)
public final class ScreenSettings {
    /** The kiosk's default: ten seconds to read the ticket, then the next citizen. */
    public static final int DEFAULT_KIOSK_SECONDS = 10;
    /** The boards' default speech rate: a little slower than the voice's own, as halls announce. */
    public static final int DEFAULT_SPEECH_RATE = 90;
    static final int NOTICE_MAX = 300;
    private static final long KEEP_NANOS = 2_000_000_000L;

    /**
     * @param notice the board's notice line; empty for none
     * @param speechRatePercent the boards' speech rate, 100 = the voice's normal rate
     * @param kioskReturnSeconds how long the kiosk shows a new ticket
     */
    public record Values(String notice, int speechRatePercent, int kioskReturnSeconds) {
        static final Values DEFAULTS = new Values("", DEFAULT_SPEECH_RATE, DEFAULT_KIOSK_SECONDS);
    }

    private record Read(Values values, long readAt) {
    }

    private final QueueParts parts;
    private final Map<Long, Read> read = new ConcurrentHashMap<>();

    @Activate
    public ScreenSettings(@Reference QueueParts parts) {
        this.parts = parts;
    }

    /** The site's settings, the defaults where it set none. */
    public Values of(long siteId) {
        long now = System.nanoTime();
        Read r = read.get(siteId);
        if (r == null || now - r.readAt() > KEEP_NANOS) {
            r = new Read(parts.store.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT board_notice, speech_rate_percent, kiosk_return_seconds"
                        + " FROM sh_queue_screen_setting WHERE site_id = ?")) {
                    ps.setLong(1, siteId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return Values.DEFAULTS;
                        }
                        String notice = rs.getString(1);
                        int rate = rs.getInt(2);
                        boolean noRate = rs.wasNull();
                        int seconds = rs.getInt(3);
                        boolean noSeconds = rs.wasNull();
                        return new Values(notice == null ? "" : notice, noRate ? DEFAULT_SPEECH_RATE : rate,
                                noSeconds ? DEFAULT_KIOSK_SECONDS : seconds);
                    }
                }
            }), now);
            read.put(siteId, r);
        }
        return r.values();
    }

    /**
     * Sets the site's screen settings (a supervisor of the hall).
     *
     * @param notice the notice line, one line of at most 300 characters; blank for none
     * @param speechRatePercent 50..200
     * @param kioskReturnSeconds 3..120
     * @throws org.servicehall.common.ValidationException naming each value out of range; nothing is stored
     */
    public Values set(Actor actor, long siteId, String notice, int speechRatePercent, int kioskReturnSeconds) {
        parts.requireAt(actor, Role.SUPERVISOR, siteId, "screens", "site", siteId);
        String text = notice == null ? "" : notice.strip();
        new Validator().maxLength("notice", text, NOTICE_MAX).citizenText("notice", text, false)
                .range("speechRatePercent", speechRatePercent, 50, 200).range("kioskReturnSeconds", kioskReturnSeconds, 3, 120)
                .throwIfInvalid();
        parts.sites.site(siteId);
        Values before = of(siteId);
        Values after = new Values(text, speechRatePercent, kioskReturnSeconds);
        parts.store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sh_queue_screen_setting WHERE site_id = ?")) {
                del.setLong(1, siteId);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_queue_screen_setting (site_id, board_notice,"
                    + " speech_rate_percent, kiosk_return_seconds) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, siteId);
                ps.setObject(2, text.isEmpty() ? null : text, Types.VARCHAR);
                ps.setInt(3, speechRatePercent);
                ps.setInt(4, kioskReturnSeconds);
                ps.executeUpdate();
            }
            parts.audit.record(c, actor, "screens", "site-queue", siteId, before, after);
            return null;
        });
        read.remove(siteId);
        return after;
    }
}
