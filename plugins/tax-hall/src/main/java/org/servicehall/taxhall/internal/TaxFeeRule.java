package org.servicehall.taxhall.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeeRequest;
import org.servicehall.common.Message;
import org.servicehall.common.Texts;

/**
 * TX2 (第二条, 第九条; T5): forms are free; the tax hall charges only the 工本费 (production cost) of tax
 * registration certificates and of invoices, at the amounts the hall has set: a registration's is
 * the set amount, an invoice's a whole number of books at the set price of a book. Any other fee,
 * item or amount is refused with the rule named, in the reader's language. Plain Java.
 */
public final class TaxFeeRule {
    static final Texts TEXTS = Texts.of(TaxFeeRule.class, "tax-hall");

    private final BigDecimal registration;
    private final BigDecimal invoiceBook;

    /**
     * @param registration the 工本费 of a registration certificate, in yuan (more than 0)
     * @param invoiceBook the 工本费 of one book of invoices, in yuan (more than 0)
     */
    public TaxFeeRule(BigDecimal registration, BigDecimal invoiceBook) {
        if (registration == null || registration.signum() <= 0 || invoiceBook == null || invoiceBook.signum() <= 0) {
            throw new IllegalArgumentException("the tax hall's 工本费 amounts are more than 0 yuan: " + registration + ", " + invoiceBook);
        }
        this.registration = registration;
        this.invoiceBook = invoiceBook;
    }

    public BigDecimal registration() {
        return registration;
    }

    public BigDecimal invoiceBook() {
        return invoiceBook;
    }

    /** The fee the item may charge, for the desk to offer: the set amount, one book for invoices; null when it charges none. */
    public BigDecimal allowedAmount(String serviceCode) {
        if (TaxItems.REGISTRATION.contains(serviceCode)) {
            return registration;
        }
        return TaxItems.INVOICE.equals(serviceCode) ? invoiceBook : null;
    }

    /** TX2: the fee allowed with its basis (kept with the fee in Chinese, the hall's language), or refused naming the rule. */
    public FeeDecision decide(FeeRequest r) {
        if (!TaxItems.WORK_COST.equals(r.feeCode())) {
            return FeeDecision.refuse(TEXTS.message("taxhall.fee.refused.notWorkCost", r.feeCode()));
        }
        if (TaxItems.REGISTRATION.contains(r.serviceCode())) {
            if (r.amount() == null || r.amount().compareTo(registration) != 0) {
                return FeeDecision.refuse(TEXTS.message("taxhall.fee.refused.amount", r.serviceCode(), registration, r.amount()));
            }
            Message basis = TEXTS.message("taxhall.fee.basis.registration", registration);
            return FeeDecision.allow(basis.in(Locale.SIMPLIFIED_CHINESE), basis);
        }
        if (TaxItems.INVOICE.equals(r.serviceCode())) {
            BigDecimal books = r.amount() == null ? BigDecimal.ZERO : r.amount().divide(invoiceBook, 6, RoundingMode.HALF_UP);
            if (books.signum() <= 0 || books.stripTrailingZeros().scale() > 0) {
                return FeeDecision.refuse(TEXTS.message("taxhall.fee.refused.invoiceAmount", invoiceBook, r.amount()));
            }
            Message basis = TEXTS.message("taxhall.fee.basis.invoice", books.intValueExact(), invoiceBook);
            return FeeDecision.allow(basis.in(Locale.SIMPLIFIED_CHINESE), basis);
        }
        return FeeDecision.refuse(TEXTS.message("taxhall.fee.refused.item", r.serviceCode()));
    }
}
