package org.servicehall.security;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Retention of citizens' personal data (S3, issue 16) over every area's {@link PersonalData}: after
 * the retention period (configuration {@code org.servicehall.retention}: {@code contactDays}, 365 by
 * default, and {@code sites}, e.g. {@code DEMO=90,TAX-01=180}) the contact data of ended records is
 * anonymised every day; a central administrator exports or erases one citizen's data on request.
 * Every export and erasure is audited, naming the phone masked.
 *
 * @since 1.3
 */
@ProviderType
public interface PersonalDataService {

    /**
     * One citizen's records in every area, found by their phone number.
     *
     * @throws AccessDenied for an actor who is not a central administrator
     * @throws org.servicehall.common.ValidationException for a phone number of fewer than 7 digits
     * @return the records by area
     */
    Map<String, java.util.List<String>> export(Actor by, String phone);

    /** Erases one citizen's personal data in every area; what the law keeps is left and named, by area. */
    Map<String, PersonalData.Erasure> erase(Actor by, String phone);

    /** Anonymises now what the retention period let lapse, in every area; how many records, by area. */
    Map<String, Integer> anonymiseLapsed(Actor by);
}
