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
 * <p>Since 1.3 also, an export or an erasure is a sensitive operation (S4): it needs the citizen's identity
 * check, recorded with {@link #checkIdentity} (kind {@code personal-data}, for a salted hash of the
 * phone, never the phone itself) within its validity, and the administrator's fresh sign-in
 * ({@link IdentityChecks#requireFreshSignIn}); without either it throws {@link IdentityCheckNeeded}.
 *
 * @since 1.3
 */
@ProviderType
public interface PersonalDataService {

    /**
     * One citizen's records in every area, found by their phone number.
     *
     * @throws AccessDenied for an actor who is not a central administrator
     * @throws IdentityCheckNeeded (since 1.3) without the citizen's identity check or the actor's fresh sign-in
     * @throws org.servicehall.common.ValidationException for a phone number of fewer than 7 digits
     * @return the records by area
     */
    Map<String, java.util.List<String>> export(Actor by, String phone);

    /** Erases one citizen's personal data in every area; what the law keeps is left and named, by area. */
    Map<String, PersonalData.Erasure> erase(Actor by, String phone);

    /**
     * S4: records the check of the citizen's document for a request about their personal data (a central
     * administrator): kind {@code personal-data}, the object a salted hash of the phone. The number has
     * no case to be compared with: it is checked for its document's form and recorded as seen.
     *
     * @throws org.servicehall.common.ValidationException naming the field ({@code phone}, {@code document}, {@code number})
     * @since 1.3
     */
    IdentityCheck checkIdentity(Actor by, String phone, IdentityDocument document, String number);

    /** Anonymises now what the retention period let lapse, in every area; how many records, by area. */
    Map<String, Integer> anonymiseLapsed(Actor by);
}
