/**
 * Conduct and discipline (REQUIREMENTS C1-C8): the conduct rule catalogue per site (with rules that
 * sector plugins contribute in {@code HALL-INF/conduct/}), standard phrases per service step,
 * the forbidden-phrase checker for every text sent to citizens, inspections and violations, the
 * penalty and reward ladder, the gift register, first-contact enquiries and disputes. Events on
 * EventAdmin under {@code org/servicehall/conduct/}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.conduct;
