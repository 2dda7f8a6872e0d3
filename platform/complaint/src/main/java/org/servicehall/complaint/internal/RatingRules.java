package org.servicehall.complaint.internal;

import java.util.List;
import java.util.Optional;

import org.servicehall.common.HallException;
import org.servicehall.common.Validator;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;

/** P1: checks of a rating, and the complaint a bad rating opens (P2). Plain Java. */
public final class RatingRules {
    /** The reason ticks shipped by default. */
    public static final List<String> DEFAULT_REASONS = List.of("态度好", "效率高", "讲解清楚", "等候久", "效率低", "态度差", "推诿",
            "解释不清");
    public static final int MAX_COMMENT = 500;

    private RatingRules() {
    }

    public static void check(RatingRequest r, List<String> allowedReasons, int maxComment) {
        Validator v = new Validator();
        v.check(r.level() != null, "level", ComplaintTexts.text("complaint.error.level.required"));
        for (String reason : r.reasons()) {
            v.check(allowedReasons.contains(reason), "reasons", ComplaintTexts.text("complaint.error.reason.unknown", reason,
                    String.join(" ", allowedReasons)));
        }
        v.check(r.reasons().stream().distinct().count() == r.reasons().size(), "reasons", ComplaintTexts.text("complaint.error.reason.twice"));
        v.maxLength("comment", r.comment(), maxComment).citizenText("comment", r.comment(), true);
        v.throwIfInvalid();
    }

    /** Only a finished visit is rated. */
    public static void checkFinished(Ticket t) {
        if (t.status() != TicketStatus.DONE) {
            throw new HallException(ComplaintTexts.text("complaint.error.rating.unfinished", t.number()));
        }
    }

    /**
     * Staff do not rate their own service: refused when the signed-in account (or its staff number)
     * is who served the ticket.
     */
    public static void checkNotOwnService(Ticket t, Optional<String> servedBy, String username, Optional<String> staffNumber) {
        if (servedBy.isEmpty()) {
            return;
        }
        String s = servedBy.get();
        if (s.equalsIgnoreCase(username) || staffNumber.map(s::equalsIgnoreCase).orElse(false)) {
            throw new AccessDenied(ComplaintTexts.text("complaint.error.rating.ownService", username, t.number()));
        }
    }

    /** The text of the case a bad rating opens: level, reasons and comment. */
    public static String complaintText(RatingLevel level, List<String> reasons, String comment, String ticketNumber) {
        StringBuilder b = new StringBuilder("评价").append(ticketNumber).append("：").append(levelName(level));
        if (!reasons.isEmpty()) {
            b.append("；原因：").append(String.join("、", reasons));
        }
        if (comment != null && !comment.isBlank()) {
            b.append("；意见：").append(comment.strip());
        }
        return b.toString();
    }

    /** The category of the case a bad rating opens, from its reasons. */
    public static String category(List<String> reasons) {
        if (reasons.contains("态度差") || reasons.contains("推诿")) {
            return "ATTITUDE";
        }
        if (reasons.contains("等候久") || reasons.contains("效率低")) {
            return "EFFICIENCY";
        }
        return "OTHER";
    }

    public static String levelName(RatingLevel level) {
        return switch (level) {
            case VERY_SATISFIED -> "非常满意";
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
            case VERY_DISSATISFIED -> "非常不满意";
        };
    }
}
