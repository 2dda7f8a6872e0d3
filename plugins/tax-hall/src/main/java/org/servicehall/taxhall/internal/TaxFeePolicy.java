package org.servicehall.taxhall.internal;

import java.math.BigDecimal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRequest;

/**
 * TX2 on casework's fee extension point: the tax hall's items charge only the registration and
 * invoice 工本费, at the amounts of {@code etc/org.servicehall.taxhall.fees.cfg}; see {@link TaxFeeRule}.
 */
@Component(service = { FeePolicy.class, TaxFeePolicy.class }, configurationPid = TaxFeePolicy.PID)
@Designate(ocd = TaxFeePolicy.Config.class)
public final class TaxFeePolicy implements FeePolicy {
    static final String PID = "org.servicehall.taxhall.fees";

    @ObjectClassDefinition(name = "ServiceHall tax hall fees", description = "TX2: the only fees a tax hall takes, 工本费 of registration certificates and invoices")
    public @interface Config {
        @AttributeDefinition(name = "Registration 工本费 (yuan)", description = "The production cost of a tax registration certificate")
        String registrationWorkCost() default "10.00";

        @AttributeDefinition(name = "Invoice 工本费 per book (yuan)", description = "The production cost of one book of invoices")
        String invoiceWorkCostPerBook() default "4.00";
    }

    private volatile TaxFeeRule rule;

    @Activate
    public TaxFeePolicy(Config config) {
        modified(config);
    }

    private TaxFeePolicy(TaxFeeRule rule) {
        this.rule = rule;
    }

    /**
     * For a test or the desk: the policy with these amounts. A factory, not a second public
     * one-argument constructor, so that Felix's DS activates the component by its {@link Config}
     * constructor (ComponentCyclesTest: one public constructor of each length).
     */
    public static TaxFeePolicy withRule(TaxFeeRule rule) {
        return new TaxFeePolicy(rule);
    }

    @Modified
    void modified(Config config) {
        rule = new TaxFeeRule(new BigDecimal(config.registrationWorkCost().strip()), new BigDecimal(config.invoiceWorkCostPerBook().strip()));
    }

    /** The amounts in force. */
    public TaxFeeRule rule() {
        return rule;
    }

    @Override
    public String sector() {
        return TaxItems.SECTOR;
    }

    @Override
    public FeeDecision decide(FeeRequest request) {
        return rule.decide(request);
    }
}
