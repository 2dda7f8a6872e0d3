package org.servicehall.taxhall.internal;

import java.util.List;
import java.util.Set;

/**
 * The tax hall's service items (REQUIREMENTS TX1, {@code HALL-INF/catalogue/tax-items.properties}):
 * which of them are cases (办件) with a checklist, and which may charge a 工本费 (TX2). Plain Java.
 */
public final class TaxItems {
    public static final String SECTOR = "tax-hall";
    public static final String REG_SETUP = "TX-REG-SETUP";
    public static final String REG_CHANGE = "TX-REG-CHANGE";
    public static final String REG_CANCEL = "TX-REG-CANCEL";
    public static final String VAT_GENERAL = "TX-VAT-GENERAL";
    public static final String INVOICE = "TX-INVOICE";
    public static final String FILING = "TX-FILING";

    /** TX1: tax registration set-up, change and cancellation, completed within 10 working days. */
    public static final Set<String> REGISTRATION = Set.of(REG_SETUP, REG_CHANGE, REG_CANCEL);
    /** TX1: the items opened as cases at the window, each with its materials checklist (T4). */
    public static final List<String> CASES = List.of(REG_SETUP, REG_CHANGE, REG_CANCEL, VAT_GENERAL, INVOICE);
    /** What a 工本费 (production cost of certificates and invoices) is recorded as (T5, TX2). */
    public static final String WORK_COST = "WORK-COST";

    private TaxItems() {
    }

    /** Whether the code is one of the tax hall's items that are cases. */
    public static boolean isCase(String serviceCode) {
        return serviceCode != null && CASES.contains(serviceCode);
    }
}
