package org.servicehall.complaint.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The area's settings ({@code etc/org.servicehall.complaint.cfg}), shared by its services under one PID. */
@ObjectClassDefinition(name = "ServiceHall complaints", description = "Ratings, complaints and rectification (P1-P4)")
public @interface ComplaintConfig {
    String PID = "org.servicehall.complaint";

    @AttributeDefinition(description = "P1: the reason ticks a rating offers")
    String[] ratingReasons() default { "态度好", "效率高", "讲解清楚", "等候久", "效率低", "态度差", "推诿", "解释不清" };

    @AttributeDefinition(description = "P1: the longest rating comment accepted (characters)")
    int maxCommentLength() default 500;

    @AttributeDefinition(description = "P4: working days a rectification gets by default")
    int rectificationDays() default 10;

    @AttributeDefinition(description = "P4: the conduct rule proposed when a staff member is at fault and the finding names none")
    String violationRule() default "BEHAVIOUR-1";

    @AttributeDefinition(description = "P2: minutes between deadline checks (reminders, escalation)")
    int checkMinutes() default 10;

    @AttributeDefinition(description = "P1: seconds a rating pad asks for a rating (and shows its thanks) before it returns to idle")
    int padTimeoutSeconds() default 60;
}
