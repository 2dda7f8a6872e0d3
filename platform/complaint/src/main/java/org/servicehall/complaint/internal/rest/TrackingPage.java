package org.servicehall.complaint.internal.rest;

import static org.servicehall.complaint.internal.ComplaintTexts.day;
import static org.servicehall.complaint.internal.ComplaintTexts.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.servicehall.common.HallException;
import org.servicehall.common.Message;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.complaint.internal.ComplaintTexts;

/**
 * P2: the public tracking page, put into words on the server in the reader's language (no raw JSON,
 * not even for a mistyped number): the status, the stages with their due dates (the current one
 * marked, and why the due date moved when the case reached it), the answer given and a rejection's
 * reason. Every value is escaped.
 */
final class TrackingPage {
    private static final String PAGE = PublicResource.page("track.html");

    private TrackingPage() {
    }

    /** The page of a case. */
    static String of(ComplaintTracking t, Locale reader) {
        StringBuilder b = new StringBuilder("<div class=\"card\"><div id=\"track-status\" class=\"status\">")
                .append(say("complaint.status." + t.status().name(), reader)).append("</div><dl>");
        row(b, "track-registered", say("complaint.track.registered", reader), day(t.registeredOn()), reader);
        b.append("</dl></div>");
        if (t.stage() != null) {
            b.append("<div class=\"card\" id=\"track-stages\"><dt>").append(say("complaint.track.stages", reader)).append("</dt><ol class=\"stages\">");
            for (DeadlineStage s : DeadlineStage.values()) {
                String cls = s == t.stage() ? "now" : s.ordinal() < t.stage().ordinal() ? "done" : "";
                b.append("<li class=\"").append(cls).append("\">").append(say("complaint.track.stage." + s.name(), reader)).append(": ")
                        .append(in(day(dueOf(t, s)), reader)).append("</li>");
            }
            b.append("</ol>");
            if (t.stage() != DeadlineStage.ACCEPTANCE) {
                DeadlineStage before = DeadlineStage.values()[t.stage().ordinal() - 1];
                b.append("<div id=\"track-moved\" class=\"moved\">").append(in(text("complaint.track.moved." + t.stage().name(),
                        day(dueOf(t, before)), day(t.due())), reader)).append("</div>");
            }
            b.append("</div>");
        }
        if (t.feedback() != null || t.rejectionReason() != null) {
            boolean rejected = t.status() == ComplaintStatus.REJECTED;
            b.append("<div class=\"card\"><dt>").append(say(rejected ? "complaint.track.rejected" : "complaint.track.answer", reader))
                    .append("</dt><dd id=\"track-answer\" class=\"answer\">")
                    .append(PublicResource.escape(rejected ? t.rejectionReason() : t.feedback())).append("</dd></div>");
        } else if (t.status() != ComplaintStatus.CLOSED) {
            b.append("<div class=\"card\" id=\"track-answer-pending\">").append(say("complaint.track.noAnswer", reader)).append("</div>");
        }
        return page(reader, t.trackingNumber(), b.toString());
    }

    /** The page for a number that is no tracking number, or none the hall gave: the problem in words, and the form to try again. */
    static String problem(String number, HallException e, Locale reader) {
        return page(reader, number, "<div class=\"card error\" id=\"track-error\">" + PublicResource.escape(e.message(reader)) + "</div>");
    }

    private static String page(Locale reader, String number, String body) {
        String title = say("complaint.track.title", reader);
        return PAGE.replace("{{lang}}", zh(reader) ? "zh-CN" : "en").replace("{{title}}", title + " " + PublicResource.escape(number))
                .replace("{{heading}}", title + " <span class=\"number\" id=\"track-number\">" + PublicResource.escape(number) + "</span>")
                .replace("{{lookupLabel}}", say("complaint.track.lookup.label", reader)).replace("{{lookup}}", say("complaint.track.lookup", reader))
                .replace("{{number}}", PublicResource.escape(number)).replace("{{body}}", body);
    }

    private static LocalDate dueOf(ComplaintTracking t, DeadlineStage s) {
        return switch (s) {
            case ACCEPTANCE -> t.acceptanceDue();
            case RESOLUTION -> t.resolutionDue();
            case FEEDBACK -> t.feedbackDue();
        };
    }

    private static void row(StringBuilder b, String id, String label, Object value, Locale reader) {
        b.append("<dt>").append(label).append("</dt><dd id=\"").append(id).append("\">").append(in(value, reader)).append("</dd>");
    }

    private static String in(Object value, Locale reader) {
        return PublicResource.escape(value instanceof Message m ? m.in(reader) : String.valueOf(value));
    }

    private static String say(String key, Locale reader) {
        return PublicResource.escape(ComplaintTexts.text(key).in(reader));
    }

    private static boolean zh(Locale reader) {
        return reader != null && "zh".equals(reader.getLanguage());
    }

    /**
     * The reader's language: the page's own choice ({@code lang=zh-CN} or {@code en}), else the first
     * language the request names, Chinese (the hall's) when it names none.
     */
    static Locale reader(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        return acceptable == null ? Locale.SIMPLIFIED_CHINESE
                : acceptable.stream().filter(l -> !"*".equals(l.getLanguage()) && !l.getLanguage().isEmpty()).findFirst()
                        .orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
