package org.servicehall.hospital.internal.pharmacy;

import org.servicehall.common.HallException;
import org.servicehall.common.Message;

/** H3: a pharmacy step the rules do not allow now (the same pharmacist checking, a check missing…). */
public final class PharmacyRefused extends HallException {
    private static final long serialVersionUID = 1L;

    public PharmacyRefused(Message message) {
        super(message);
    }
}
