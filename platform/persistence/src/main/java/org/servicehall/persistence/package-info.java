/**
 * Persistence for every ServiceHall bundle and plugin: the shared database ({@link
 * org.servicehall.persistence.Database}), one EclipseLink persistence unit per bundle and one
 * Flyway migration history per bundle. Schemas are only ever migrated forward; uninstalling a
 * plugin never drops its tables. The JDBC stores of the hot and aggregate paths use {@link
 * org.servicehall.persistence.Jdbc} (transactions, generated ids) and, since 1.3, {@link
 * org.servicehall.persistence.RowMapper} (rows to records by component name, records to insert
 * parameters).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.servicehall.persistence;
