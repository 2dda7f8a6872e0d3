package org.servicehall.web;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Date and time pickers in the reader's language (issue 12): in Chinese the date reads
 * {@code 2026年12月2日} with Chinese month and day names and weeks starting on Monday; in English
 * {@code 2026-12-02}; the time in both on the 24-hour clock ({@code 09:00}, never "9:00 AM"). The
 * console applies this to every picker of a page after each navigation; a view that adds pickers
 * later (in a dialog, say) calls {@link #localize(Component)} on what it added.
 *
 * @since 1.5
 */
public final class Pickers {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Pickers() {
    }

    /** The locale pickers use for {@code reader}: Chinese, or English with the 24-hour clock. */
    public static Locale pickerLocale(Locale reader) {
        return reader != null && "zh".equals(reader.getLanguage()) ? CHINESE : Locale.UK;
    }

    /** Day and month names, today/cancel and the date format of a date picker in {@code reader}'s language. */
    public static DatePicker.DatePickerI18n dateI18n(Locale reader) {
        boolean chinese = reader != null && "zh".equals(reader.getLanguage());
        Locale names = chinese ? CHINESE : Locale.ENGLISH;
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(names);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(chinese ? List.of("日", "一", "二", "三", "四", "五", "六")
                : List.of(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(chinese ? "今天" : "Today");
        i18n.setCancel(chinese ? "取消" : "Cancel");
        // the first format is shown; the others are also understood when typed
        i18n.setDateFormats(chinese ? "yyyy年M月d日" : "yyyy-MM-dd", "yyyy-MM-dd", "yyyy/M/d");
        return i18n;
    }

    /** Puts a date picker into {@code reader}'s language. */
    public static void localize(DatePicker picker, Locale reader) {
        picker.setLocale(pickerLocale(reader));
        picker.setI18n(dateI18n(reader));
    }

    /** Puts a time picker into {@code reader}'s language (24-hour clock). */
    public static void localize(TimePicker picker, Locale reader) {
        picker.setLocale(pickerLocale(reader));
    }

    /** Puts a date-time picker into {@code reader}'s language. */
    public static void localize(DateTimePicker picker, Locale reader) {
        picker.setLocale(pickerLocale(reader));
        picker.setDatePickerI18n(dateI18n(reader));
    }

    /** Every picker in {@code root} and below it, in the language of the current page (its UI's locale). */
    public static void localize(Component root) {
        UI ui = UI.getCurrent();
        Locale reader = ui == null ? Locale.ENGLISH : ui.getLocale();
        walk(root, reader);
    }

    private static void walk(Component c, Locale reader) {
        if (c instanceof DatePicker d) {
            localize(d, reader);
        } else if (c instanceof TimePicker t) {
            localize(t, reader);
        } else if (c instanceof DateTimePicker dt) {
            localize(dt, reader);
            return; // its own date and time pickers follow it
        }
        c.getChildren().forEach(child -> walk(child, reader));
    }
}
