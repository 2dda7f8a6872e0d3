/**
 * Roles (S1), accounts and login, and the audit log (S2). Every state change of every area is
 * recorded through {@link org.servicehall.security.AuditLog} in the same transaction as the
 * change itself.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.security;
