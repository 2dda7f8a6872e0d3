/**
 * Persistence for every ServiceHall bundle and plugin: the shared database ({@link
 * org.servicehall.persistence.Database}), one EclipseLink persistence unit per bundle and one
 * Flyway migration history per bundle. Schemas are only ever migrated forward; uninstalling a
 * plugin never drops its tables.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.servicehall.persistence;
