package org.servicehall.site.internal.jpa;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import org.servicehall.site.CalendarDay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "sh_calendar_day")
@IdClass(CalendarDayEntity.Key.class)
public class CalendarDayEntity {
    /** Composite key: one entry per site and date. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long siteId;
        public LocalDate date;

        public Key() {
        }

        public Key(long siteId, LocalDate date) {
            this.siteId = siteId;
            this.date = date;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.siteId == siteId && Objects.equals(k.date, date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, date);
        }
    }

    @Id
    @Column(name = "site_id")
    private long siteId;
    @Id
    @Column(name = "calendar_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CalendarDay.Kind kind;
    @Column(length = 100)
    private String note;

    protected CalendarDayEntity() {
    }

    public CalendarDayEntity(long siteId, CalendarDay day) {
        this.siteId = siteId;
        this.date = day.date();
        apply(day);
    }

    public final void apply(CalendarDay day) {
        kind = day.kind();
        note = day.note();
    }

    public CalendarDay toDay() {
        return new CalendarDay(date, kind, note);
    }
}
