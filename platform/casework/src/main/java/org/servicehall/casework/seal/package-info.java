/**
 * The seal register (用印登记, REQUIREMENTS T6, AC5): a request to use a seal on a document (which
 * seal, what for, for which case), its approval or refusal by a supervisor, and the use (who, when,
 * how many impressions). The register is append-only: every step is a new entry, none is changed or
 * removed (on PostgreSQL a trigger refuses it too), and it is exportable as CSV. A use without an
 * approval is refused. Since 1.1, a use is a sensitive operation (S4): it needs the identity check of
 * the citizen the seal is used for ({@link org.servicehall.casework.seal.SealRegister#checkIdentity}) and
 * the staff member's fresh sign-in.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.casework.seal;
