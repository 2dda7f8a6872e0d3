/**
 * Shared pieces every ServiceHall bundle and sector plugin may use: the typed errors a user can
 * cause ({@link org.servicehall.common.HallException} and its kinds) and the {@code HALL-INF/}
 * extension point through which plugins ship declarative files (service-item catalogues,
 * translations, later rules and checklists), and {@link org.servicehall.common.CitizenText}: the
 * characters a text for citizens may not hold (since 1.1).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.common;
