package org.servicehall.hospital.internal.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A fee list from the information system or entered at the window (H2); build it with {@link #builder()}. */
public record PaymentDraft(long siteId, String externalId, String ticketNumber, String patientName, List<Item> items) {

    /** One fee asked for. */
    public record Item(String code, String name, Integer quantity, BigDecimal unitPrice) {
    }

    public PaymentDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long siteId;
        private String externalId;
        private String ticketNumber;
        private String patientName;
        private final List<Item> items = new ArrayList<>();

        public Builder siteId(long v) { siteId = v; return this; }
        public Builder externalId(String v) { externalId = v; return this; }
        public Builder ticketNumber(String v) { ticketNumber = v; return this; }
        public Builder patientName(String v) { patientName = v; return this; }
        public Builder item(String code, String name, Integer quantity, BigDecimal unitPrice) {
            items.add(new Item(code, name, quantity, unitPrice));
            return this;
        }

        public PaymentDraft build() {
            return new PaymentDraft(siteId, externalId, ticketNumber, patientName, items);
        }
    }
}
