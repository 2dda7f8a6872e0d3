package org.servicehall.conduct;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Discipline (REQUIREMENTS C4-C8) as one service: {@link Inspections} and {@link Violations} (C4),
 * the penalty ladder's {@link Sanctions} and the {@link Commendations} (C5), the {@link Gifts gift
 * register} (C6), first-contact {@link Enquiries} (C7) and {@link Disputes} (C8). Staff are named by
 * their staff number (工号) within a site, windows by their number.
 *
 * <p>Every change checks the actor's role ({@link org.servicehall.security.AccessDenied}), validates
 * the whole input naming each field ({@link org.servicehall.common.ValidationException}), names an
 * unknown site, window, staff member or record ({@link org.servicehall.common.NotFound}) and a step
 * the record's state does not allow ({@link org.servicehall.common.Conflict}), and is saved together
 * with its audit entry or not at all. Events follow on {@link DisciplineEvents} topics.
 *
 * @deprecated since 1.2, kept for 1.x callers: reference the one of {@link Inspections},
 *             {@link Violations}, {@link Sanctions}, {@link Commendations}, {@link Gifts},
 *             {@link Enquiries} or {@link Disputes} you use. Each is a service of its own.
 */
@ProviderType
public interface DisciplineService extends Inspections, Violations, Sanctions, Commendations, Gifts, Enquiries, Disputes {
}
