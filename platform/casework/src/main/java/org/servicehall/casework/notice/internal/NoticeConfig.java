package org.servicehall.casework.notice.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The one-time notices' settings ({@code etc/org.servicehall.casework.notice.cfg}). */
@ObjectClassDefinition(name = "ServiceHall one-time notices", description = "Materials checklists and one-time notices (T4)")
public @interface NoticeConfig {
    String PID = "org.servicehall.casework.notice";

    @AttributeDefinition(description = "T4: the TrueType font (.ttf or .ttc with glyf outlines) with Chinese glyphs that notice PDFs"
            + " embed; empty to look in the usual system places (e.g. fonts-wqy-zenhei's)")
    String fontPath() default "";

    @AttributeDefinition(description = "T4: where applicants' phones reach the hall (scheme and host), for the QR code on the notice")
    String publicUrl() default "http://localhost:8080";

    @AttributeDefinition(description = "T4: the case's public progress page; {0} the site code, {1} the case number")
    String progressPath() default "/api/v1/casework/public/progress/page?number={1}";

    @AttributeDefinition(description = "C5: the conduct rule a second notice for the same visit breaks")
    String oneNoticeRule() default "FIRST-CONTACT-2";
}
