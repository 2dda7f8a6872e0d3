package org.servicehall.conduct;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C4 violations: candidates that other areas (attendance, complaints, assessment, a plugin) propose
 * and a supervisor confirms or dismisses, and the confirmed ones that count on the penalty ladder
 * ({@link Sanctions}). Nothing automatic is final. Changes check the actor's role, name every bad
 * field, are saved with their audit entry or not at all and are announced on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Violations {

    /**
     * Proposes a violation candidate from another area (attendance, complaints, assessment, a
     * plugin): nothing automatic is final, a supervisor confirms or dismisses it.
     *
     * @param occurredAt when it happened; null for now
     */
    Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
            ViolationSource source, Instant occurredAt, String note);

    /** The same, happening now and not at a particular window. */
    default Violation proposeViolation(Actor actor, long siteId, String staffNumber, String ruleCode, ViolationSource source,
            String note) {
        return proposeViolation(actor, siteId, staffNumber, null, ruleCode, source, null, note);
    }

    /** Confirms a candidate (supervisor); the staff member's ladder is then checked. */
    Violation confirmViolation(Actor actor, long violationId, String note);

    /** Dismisses a candidate with the reason (supervisor). */
    Violation dismissViolation(Actor actor, long violationId, String reason);

    /** The site's violations, newest first; {@code status} null for all. */
    List<Violation> violations(long siteId, ViolationStatus status);

    /** One staff member's violations, newest first. */
    List<Violation> violationsOf(long siteId, String staffNumber);
}
