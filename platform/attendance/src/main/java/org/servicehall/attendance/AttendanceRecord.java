package org.servicehall.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One staff member's attendance at one window on one day (A2): the clock-in and clock-out, the
 * shift it was judged against (null when unscheduled), the time spent away from the post (A3) and
 * the resulting status. {@code corrected} tells that a supervisor changed it (A5, audited).
 *
 * <p>Build one with {@link #builder()} (or change one with {@link #toBuilder()}) rather than by
 * position: components added in later versions then keep their defaults.
 */
public record AttendanceRecord(long id, long siteId, long staffId, String staffNumber, String staffName, int windowNumber,
        LocalDate date, LocalTime shiftStart, LocalTime shiftEnd, Instant clockIn, Instant clockOut, Duration awayFromPost,
        int leaves, AttendanceStatus status, boolean corrected, String correctionReason) {

    public boolean signedIn() {
        return clockOut == null && clockIn != null;
    }

    /**
     * A record to fill in: id 0 (not stored), nothing away from the post ({@link Duration#ZERO}, no
     * leaves), not corrected; everything else null or 0 until set.
     *
     * @since 1.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values.
     *
     * @since 1.1
     */
    public Builder toBuilder() {
        return new Builder().id(id).siteId(siteId).staffId(staffId).staffNumber(staffNumber).staffName(staffName)
                .windowNumber(windowNumber).date(date).shiftStart(shiftStart).shiftEnd(shiftEnd).clockIn(clockIn).clockOut(clockOut)
                .awayFromPost(awayFromPost).leaves(leaves).status(status).corrected(corrected).correctionReason(correctionReason);
    }

    /**
     * Builds an {@link AttendanceRecord}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private long id;
        private long siteId;
        private long staffId;
        private String staffNumber;
        private String staffName;
        private int windowNumber;
        private LocalDate date;
        private LocalTime shiftStart;
        private LocalTime shiftEnd;
        private Instant clockIn;
        private Instant clockOut;
        private Duration awayFromPost = Duration.ZERO;
        private int leaves;
        private AttendanceStatus status;
        private boolean corrected;
        private String correctionReason;

        private Builder() {
        }

        /** The site, staff member, window, day and hours of the shift the record is about. */
        public Builder shift(Shift shift) {
            return siteId(shift.siteId()).staffId(shift.staffId()).staffNumber(shift.staffNumber()).staffName(shift.staffName())
                    .windowNumber(shift.windowNumber()).date(shift.date()).shiftStart(shift.start()).shiftEnd(shift.end());
        }

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder siteId(long value) {
            siteId = value;
            return this;
        }

        public Builder staffId(long value) {
            staffId = value;
            return this;
        }

        public Builder staffNumber(String value) {
            staffNumber = value;
            return this;
        }

        public Builder staffName(String value) {
            staffName = value;
            return this;
        }

        public Builder windowNumber(int value) {
            windowNumber = value;
            return this;
        }

        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        public Builder shiftStart(LocalTime value) {
            shiftStart = value;
            return this;
        }

        public Builder shiftEnd(LocalTime value) {
            shiftEnd = value;
            return this;
        }

        public Builder clockIn(Instant value) {
            clockIn = value;
            return this;
        }

        public Builder clockOut(Instant value) {
            clockOut = value;
            return this;
        }

        public Builder awayFromPost(Duration value) {
            awayFromPost = value;
            return this;
        }

        public Builder leaves(int value) {
            leaves = value;
            return this;
        }

        public Builder status(AttendanceStatus value) {
            status = value;
            return this;
        }

        public Builder corrected(boolean value) {
            corrected = value;
            return this;
        }

        public Builder correctionReason(String value) {
            correctionReason = value;
            return this;
        }

        public AttendanceRecord build() {
            return new AttendanceRecord(id, siteId, staffId, staffNumber, staffName, windowNumber, date, shiftStart, shiftEnd, clockIn,
                    clockOut, awayFromPost, leaves, status, corrected, correctionReason);
        }
    }
}
