/**
 * Screens' helpers of casework that sector plugins use on their own desks: {@link org.servicehall.casework.ui.IdentityGate}
 * runs a sensitive operation (S4: handing out a result, a seal use) and, when it needs them, asks for
 * the citizen's identity check and the staff member's password in a dialog, then runs it again.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.servicehall.casework.ui;
