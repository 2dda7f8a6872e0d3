package org.servicehall.taxhall.internal;

import org.osgi.service.component.annotations.Component;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantPrivacy;

/**
 * TX3 (第七条): a taxpayer's identification number and name are shown only to the staff handling the
 * case and to supervisors; every other reader of a tax-hall case sees them masked, organisations
 * included (casework leaves an organisation's name and credit code public by default).
 */
@Component(service = ApplicantPrivacy.class)
public final class TaxpayerPrivacy implements ApplicantPrivacy {
    @Override
    public String sector() {
        return TaxItems.SECTOR;
    }

    @Override
    public Applicant masked(Applicant applicant) {
        return applicant.maskedWholly();
    }
}
