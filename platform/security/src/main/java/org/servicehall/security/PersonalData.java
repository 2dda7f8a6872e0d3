package org.servicehall.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Citizens' personal data an area keeps (S3, issue 16: retention, export and erasure on request):
 * contact names and phones of complaints, the phones of bookings. An area registers one as an OSGi
 * service; {@link PersonalDataService} asks every one of them. Anonymising blanks the personal data
 * (and masks it where free text repeats it) and keeps the record, so counts and scores stay.
 *
 * @since 1.3
 */
@ConsumerType
public interface PersonalData {

    /** What the area keeps, as the export and the audit log name it ({@code complaints}, {@code bookings}). */
    String kind();

    /**
     * Anonymises the personal data of the records that ended before their site's cut-off, except
     * those the law keeps (a case still open); audited with {@code by}.
     *
     * @param before the cut-off of every site not in {@code beforeBySite}
     * @param beforeBySite the cut-off of the sites with a period of their own, by site code
     * @return how many records were anonymised
     */
    int anonymise(Actor by, Instant before, Map<String, Instant> beforeBySite);

    /** One citizen's records, found by the phone number they gave, each as one line of text as stored. */
    List<String> export(String phone);

    /**
     * Erases one citizen's personal data on request, found by the phone number they gave; records the
     * law keeps (an open case, a booking still to come) are left as they are and named. Audited with {@code by}.
     */
    Erasure erase(Actor by, String phone);

    /**
     * What an erasure did.
     *
     * @param erased how many records were anonymised
     * @param kept the records left as they are, each with the reason
     */
    record Erasure(int erased, List<String> kept) {
        public Erasure {
            kept = List.copyOf(kept);
        }
    }
}
