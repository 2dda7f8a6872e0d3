package org.servicehall.casework.notice.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.common.Texts;

/**
 * T4: the words of a one-time notice as the applicant reads them, in the reader's language, laid
 * out the same way on the counter's print page and in the PDF kept with the case; its whole text is
 * what the forbidden-phrase checker reads (C3). Plain Java.
 *
 * @param title the heading
 * @param intro what is missing for which case, and where to bring it
 * @param items one block of lines per material, numbered
 * @param closing the staff's note, the reason for asking again, the promise
 * @param footer hall, window, staff number, date
 * @param progressLabel the caption of the QR code
 */
public record NoticeText(String title, String intro, List<List<String>> items, List<String> closing, List<String> footer,
        String progressLabel) {
    private static final Texts TEXTS = NoticeRules.TEXTS;

    public NoticeText {
        items = items.stream().map(List::copyOf).toList();
        closing = List.copyOf(closing);
        footer = List.copyOf(footer);
    }

    /** The notice in {@code locale}, dated in the hall's zone. */
    public static NoticeText of(OneTimeNotice notice, String hallName, String serviceName, ZoneId zone, Locale locale) {
        String where = notice.items().stream().map(i -> i.where().in(locale)).filter(w -> !w.isEmpty()).findFirst()
                .orElse(t("notice.where.default", locale));
        String intro = t("notice.intro", locale, serviceName, notice.caseNumber(), where);
        List<List<String>> items = new ArrayList<>();
        int n = 0;
        for (ChecklistItem i : notice.items()) {
            List<String> lines = new ArrayList<>();
            String kept = i.original() ? t("notice.item.original", locale) : "";
            if (i.copies() > 0) {
                kept = (kept.isEmpty() ? "" : kept + t("notice.item.separator", locale)) + t("notice.item.copies", locale, i.copies());
            }
            lines.add(t("notice.item", locale, ++n, i.name().in(locale)) + (kept.isEmpty() ? "" : t("notice.item.kept", locale, kept)));
            if (i.requirement() == Requirement.CONDITIONAL) {
                lines.add(t("notice.item.condition", locale, i.condition().in(locale)));
            }
            if (!i.form().isEmpty()) {
                lines.add(t("notice.item.form", locale, i.form().in(locale)));
            }
            if (!i.legalBasis().isEmpty()) {
                lines.add(t("notice.item.basis", locale, i.legalBasis().in(locale)));
            }
            if (!i.where().isEmpty()) {
                lines.add(t("notice.item.where", locale, i.where().in(locale)));
            }
            items.add(lines);
        }
        List<String> closing = new ArrayList<>();
        if (notice.note() != null && !notice.note().isBlank()) {
            closing.add(t("notice.note", locale, notice.note().strip()));
        }
        if (notice.reason() != null && !notice.reason().isBlank()) {
            closing.add(t("notice.reason", locale, notice.reason().strip()));
        }
        closing.add(t("notice.promise", locale));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(notice.issuedAt().atZone(zone));
        List<String> footer = new ArrayList<>();
        footer.add(t("notice.footer.hall", locale, hallName));
        if (notice.windowNumber() != null) {
            footer.add(t("notice.footer.window", locale, notice.windowNumber()));
        }
        footer.add(t("notice.footer.staff", locale, notice.staffNumber()));
        footer.add(t("notice.footer.date", locale, date));
        return new NoticeText(t("notice.title", locale), intro, items, closing, footer, t("notice.footer.progress", locale));
    }

    /** Every line, in reading order. */
    public List<String> lines() {
        List<String> all = new ArrayList<>();
        all.add(title);
        all.add(intro);
        items.forEach(all::addAll);
        all.addAll(closing);
        all.addAll(footer);
        return all;
    }

    /** The whole text, one line each. */
    public String text() {
        return String.join("\n", lines());
    }

    private static String t(String key, Locale locale, Object... args) {
        return TEXTS.message(key, args).in(locale);
    }
}
