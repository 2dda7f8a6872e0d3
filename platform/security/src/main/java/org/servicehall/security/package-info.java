/**
 * Roles (S1), accounts and login, and the audit log (S2). Every state change of every area is
 * recorded through {@link org.servicehall.security.AuditLog} in the same transaction as the
 * change itself. Since 1.2, {@link org.servicehall.security.Actor#KARAF_CONSOLE}, who acts from
 * the Karaf shell. Since 1.3, refusals in the reader's language and each account's console language
 * ({@link org.servicehall.security.AccountService#language(String)}), signing in with
 * throttling and lock-out per account and client address ({@link org.servicehall.security.SignInService})
 * and API tokens of REST clients scoped to a site and a role ({@link org.servicehall.security.ApiTokenService});
 * roles held per site ({@link org.servicehall.security.Actor#siteRoles()}, {@link org.servicehall.security.Actor#at},
 * {@link org.servicehall.security.AccountService#grant}) beside a central administrator's roles on every site,
 * and the one masking policy of citizens' personal data ({@link org.servicehall.security.Masking}, S3).
 * Also since 1.3, identity checks recorded at the desk and the staff member's fresh re-authentication before
 * sensitive operations ({@link org.servicehall.security.IdentityChecks}, S4).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.servicehall.security;
