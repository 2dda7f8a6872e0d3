/**
 * Conduct and discipline (REQUIREMENTS C1-C8): the conduct rule catalogue per site (with rules that
 * sector plugins contribute in {@code HALL-INF/conduct/}), standard phrases per service step,
 * the forbidden-phrase checker for every text sent to citizens, inspections and violations, the
 * penalty and reward ladder, the gift register, first-contact enquiries and disputes. Events on
 * EventAdmin under {@code org/servicehall/conduct/}.
 *
 * <p>1.2: one service per concern of discipline, {@link org.servicehall.conduct.Inspections} and
 * {@link org.servicehall.conduct.Violations} (C4), {@link org.servicehall.conduct.Sanctions} and
 * {@link org.servicehall.conduct.Commendations} (C5), {@link org.servicehall.conduct.Gifts} (C6),
 * {@link org.servicehall.conduct.Enquiries} (C7) and {@link org.servicehall.conduct.Disputes} (C8),
 * with {@link org.servicehall.conduct.DisciplineService} kept as their (deprecated) aggregate.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.servicehall.conduct;
