package org.servicehall.hospital.internal.pharmacy;

import java.util.ArrayList;
import java.util.List;

/**
 * A prescription as the information system sends it or the pharmacist enters it. Build it with
 * {@link #builder()}.
 *
 * @param ticketNumber the patient's ticket today at the site (e.g. {@code D012}), or null
 */
public record PrescriptionDraft(long siteId, String externalId, PrescriptionSource source, String ticketNumber, String patientName,
        Integer patientAge, String department, String diagnosis, String prescriber, List<Line> lines) {

    /** One drug asked for. */
    public record Line(String drugCode, Integer quantity, String dosage) {
    }

    public PrescriptionDraft {
        source = source == null ? PrescriptionSource.WINDOW : source;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long siteId;
        private String externalId;
        private PrescriptionSource source;
        private String ticketNumber;
        private String patientName;
        private Integer patientAge;
        private String department;
        private String diagnosis;
        private String prescriber;
        private final List<Line> lines = new ArrayList<>();

        public Builder siteId(long v) { siteId = v; return this; }
        public Builder externalId(String v) { externalId = v; return this; }
        public Builder source(PrescriptionSource v) { source = v; return this; }
        public Builder ticketNumber(String v) { ticketNumber = v; return this; }
        public Builder patientName(String v) { patientName = v; return this; }
        public Builder patientAge(Integer v) { patientAge = v; return this; }
        public Builder department(String v) { department = v; return this; }
        public Builder diagnosis(String v) { diagnosis = v; return this; }
        public Builder prescriber(String v) { prescriber = v; return this; }
        public Builder line(String drugCode, Integer quantity, String dosage) { lines.add(new Line(drugCode, quantity, dosage)); return this; }
        public Builder lines(List<Line> v) { lines.clear(); if (v != null) { lines.addAll(v); } return this; }

        public PrescriptionDraft build() {
            return new PrescriptionDraft(siteId, externalId, source, ticketNumber, patientName, patientAge, department, diagnosis,
                    prescriber, lines);
        }
    }
}
