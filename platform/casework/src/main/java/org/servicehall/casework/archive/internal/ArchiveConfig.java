package org.servicehall.casework.archive.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The archive's settings ({@code etc/org.servicehall.casework.archive.cfg}). */
@ObjectClassDefinition(name = "ServiceHall archive", description = "Archive of completed cases (T6)")
public @interface ArchiveConfig {
    String PID = "org.servicehall.casework.archive";

    @AttributeDefinition(description = "T6: the largest file taken, in megabytes")
    int maxUploadMegabytes() default 20;

    @AttributeDefinition(description = "T6: years a file is kept when the upload names none")
    int defaultRetentionYears() default 30;
}
