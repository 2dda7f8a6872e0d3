package org.servicehall.hospital.internal.payment;

import org.servicehall.common.HallException;
import org.servicehall.common.Message;

/** H2: a step of 唱收唱付 out of order, or a payment finished with a step skipped. */
public final class PaymentRefused extends HallException {
    private static final long serialVersionUID = 1L;

    public PaymentRefused(Message message) {
        super(message);
    }
}
