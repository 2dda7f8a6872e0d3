package org.servicehall.casework.fee.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeeDraft;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRefused;
import org.servicehall.casework.fee.FeeRequest;
import org.servicehall.common.ValidationException;

/** T5 (TX2): fees only where the sector allows them; none by default. */
class FeeRulesTest {
    private static FeeRequest request(String sector, String item, String fee) {
        return new FeeRequest(1, "TAX-1", 9, item, sector, fee, null, new BigDecimal("5.00"));
    }

    @Test
    void withoutAPolicyForTheSectorNoFeeIsAllowed_T5() {
        FeeRefused e = assertThrows(FeeRefused.class, () -> FeeRules.allowed(request("hospital", "REG", "WORK-COST"),
                List.of(new TaxFees("tax", Set.of("REG")))));
        assertTrue(e.getMessage().contains("the sector hospital allows no fees"), e.getMessage());
    }

    @Test
    void theSectorsPolicyAllowsItsFeesAndRefusesOthersWithItsReason_T5_TX2() {
        TaxFees tax = new TaxFees("tax", Set.of("TX-REG", "TX-INVOICE"));
        assertEquals("工本费（国家税务总局公告）", FeeRules.allowed(request("tax", "TX-REG", "WORK-COST"), List.of(tax)));
        FeeRefused other = assertThrows(FeeRefused.class, () -> FeeRules.allowed(request("tax", "TX-REG", "CONSULTING"), List.of(tax)));
        assertEquals("事项 TX-REG 的收费 CONSULTING 被拒绝：办税服务厅只收取税务登记证件和发票工本费，不得收取其他费用",
                other.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(FeeRefused.class, () -> FeeRules.allowed(request("tax", "TX-DECLARE", "WORK-COST"), List.of(tax)));
    }

    @Test
    void aRefusalGivenAsAMessageIsReadInTheReadersLanguage_T5_TX2() {
        FeePolicy policy = new FeePolicy() {
            @Override
            public String sector() {
                return "tax";
            }

            @Override
            public FeeDecision decide(FeeRequest r) {
                return FeeDecision.refuse(FeeRules.TEXTS.message("error.fee.noReason"));
            }
        };
        FeeRefused e = assertThrows(FeeRefused.class, () -> FeeRules.allowed(request("tax", "TX-REG", "CONSULTING"), List.of(policy)));
        assertEquals("The fee CONSULTING for TX-REG is refused: the sector's fee policy does not allow it", e.message(Locale.ENGLISH));
        assertEquals("事项 TX-REG 的收费 CONSULTING 被拒绝：该行业的收费规定不允许此项收费", e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void everyBadFieldIsNamed_T5() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> FeeRules.check(new FeeDraft(1, 9, " ", "work cost", "x".repeat(201), new BigDecimal("-1.005"))));
        assertEquals(Set.of("serviceCode", "feeCode", "description", "amount"), e.byField().keySet());
        assertThrows(ValidationException.class, () -> FeeRules.check(new FeeDraft(1, 9, "A", "B", null, new BigDecimal("1.001"))));
    }
}
