package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeeRequest;

/** TX2 (T5): forms free; only the registration and invoice 工本费, at the hall's amounts; every other fee refused naming the rule. */
class TaxFeeRuleTest {
    private final TaxFeePolicy policy = TaxFeePolicy.withRule(new TaxFeeRule(new BigDecimal("10.00"), new BigDecimal("4.00")));

    private FeeDecision decide(String item, String fee, String amount) {
        return policy.decide(new FeeRequest(1, "TAX-1", 7, item, TaxItems.SECTOR, fee, null, amount == null ? null : new BigDecimal(amount)));
    }

    @Test
    void registrationAndInvoiceWorkCostAllowedAtTheHallsAmounts_TX2() {
        assertEquals(TaxItems.SECTOR, policy.sector());
        for (String item : TaxItems.REGISTRATION) {
            FeeDecision d = decide(item, "WORK-COST", "10");
            assertTrue(d.allowed(), item);
            assertEquals("税务登记证件工本费 10 元", d.reason(), "the basis kept with the fee is the hall's Chinese");
            assertEquals("Registration certificate 工本费, 10 yuan", d.text().in(Locale.ENGLISH));
        }
        FeeDecision invoices = decide(TaxItems.INVOICE, "WORK-COST", "12.00");
        assertTrue(invoices.allowed());
        assertEquals("发票工本费 3 本，每本 4 元", invoices.reason());
        assertEquals(new BigDecimal("10.00"), policy.rule().allowedAmount(TaxItems.REG_CHANGE));
        assertEquals(new BigDecimal("4.00"), policy.rule().allowedAmount(TaxItems.INVOICE));
        assertNull(policy.rule().allowedAmount(TaxItems.VAT_GENERAL));
    }

    @Test
    void everyOtherFeeRefusedNamingTheRuleInTheReadersLanguage_TX2() {
        for (String fee : new String[] { "FORM", "CONSULTING", "EXPRESS", "SERVICE-CHARGE", "WORKCOST" }) {
            FeeDecision d = decide(TaxItems.REG_SETUP, fee, "10");
            assertFalse(d.allowed(), fee);
            assertEquals("Articles 2 and 9 of the tax hall rules: forms are free and the tax hall charges no fee but the 工本费"
                    + " (production cost) of tax registration certificates and invoices, so " + fee + " is not charged.", d.text().in(Locale.ENGLISH));
            assertEquals("办税服务厅规范第二条、第九条：各种表证单书免费提供，除税务登记证件和发票工本费外不得收取其他费用，" + fee + " 不予收取。",
                    d.text().in(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void workCostOfAnItemWithoutOneRefused_TX2() {
        for (String item : new String[] { TaxItems.VAT_GENERAL, TaxItems.FILING, "TX-UNKNOWN" }) {
            FeeDecision d = decide(item, "WORK-COST", "10");
            assertFalse(d.allowed(), item);
            assertEquals("" + item + " 不收取工本费；只有税务登记（设立、变更、注销）和发票业务收取工本费。", d.text().in(Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void anAmountOtherThanTheHallsRefused_TX2() {
        FeeDecision more = decide(TaxItems.REG_SETUP, "WORK-COST", "15.00");
        assertFalse(more.allowed());
        assertEquals("The registration 工本费 of TX-REG-SETUP is 10 yuan at this hall, not 15.", more.text().in(Locale.ENGLISH));
        assertFalse(decide(TaxItems.REG_SETUP, "WORK-COST", "9.99").allowed());
        FeeDecision part = decide(TaxItems.INVOICE, "WORK-COST", "6.00");
        assertFalse(part.allowed());
        assertEquals("发票工本费每本 4 元，6 元不是整本数。", part.text().in(Locale.SIMPLIFIED_CHINESE));
        assertFalse(decide(TaxItems.INVOICE, "WORK-COST", null).allowed());
    }

    @Test
    void theAmountsAreMoreThanZero_TX2() {
        assertThrows(IllegalArgumentException.class, () -> new TaxFeeRule(BigDecimal.ZERO, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new TaxFeeRule(BigDecimal.ONE, null));
    }
}
