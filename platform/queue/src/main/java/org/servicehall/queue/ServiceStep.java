package org.servicehall.queue;

/**
 * The steps of serving a citizen at which a standard phrase (文明用语, C2) is due.
 *
 * @since 1.2
 */
public enum ServiceStep {
    /** Calling or receiving the citizen: 您好，请问您办理什么业务？ */
    GREETING,
    /** Asking the citizen to wait while the matter is handled. */
    PLEASE_WAIT,
    /** Materials are missing: say all of them at once (一次性告知). */
    MISSING_MATERIALS,
    /** A request cannot be granted: say so politely with the legal basis. */
    REFUSAL,
    /** Sending the citizen to another window or service. */
    REFERRAL,
    /** Seeing the citizen off. */
    GOODBYE
}
