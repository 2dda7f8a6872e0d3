package org.servicehall.casework.fee.internal;

import java.util.Set;

import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRequest;

/** The tax hall's policy as the tests need it (TX2): only the registration and invoice 工本费. */
final class TaxFees implements FeePolicy {
    private final String sector;
    private final Set<String> items;

    TaxFees(String sector, Set<String> items) {
        this.sector = sector;
        this.items = items;
    }

    @Override
    public String sector() {
        return sector;
    }

    @Override
    public FeeDecision decide(FeeRequest r) {
        if ("WORK-COST".equals(r.feeCode()) && items.contains(r.serviceCode())) {
            return FeeDecision.allow("工本费（国家税务总局公告）");
        }
        return FeeDecision.refuse("办税服务厅只收取税务登记证件和发票工本费，不得收取其他费用");
    }
}
