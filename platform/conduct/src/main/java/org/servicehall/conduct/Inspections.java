package org.servicehall.conduct;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C4 spot checks: a supervisor's inspection of a window, whose findings are confirmed violations
 * at once, and the week's random inspection plan. Staff are named by their staff number (工号)
 * within a site, windows by their number. Changes check the actor's role, name every bad field,
 * are saved with their audit entry or not at all and are announced on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Inspections {

    /** Records a spot check (supervisor); its findings are confirmed violations and may reach the ladder. */
    Inspection recordInspection(Actor actor, long siteId, InspectionDraft draft);

    /** The site's inspections between the two days (inclusive), newest first. */
    List<Inspection> inspections(long siteId, LocalDate from, LocalDate to);

    Inspection inspection(long inspectionId);

    /** The photo of an inspection, if one was attached. */
    Optional<byte[]> inspectionPhoto(long inspectionId);

    /** Draws {@code count} random inspection slots for an ISO week ({@code 2026-W49}) from a seed; replaces open slots of that week. */
    List<InspectionSlot> planInspections(Actor actor, long siteId, String isoWeek, int count, long seed);

    /** The stored plan of a week, by time. */
    List<InspectionSlot> inspectionPlan(long siteId, String isoWeek);
}
