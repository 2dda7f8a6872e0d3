package org.servicehall.common;

/** The thing the user named (a site, window, service, staff member…) does not exist. */
public class NotFound extends HallException {
    private static final long serialVersionUID = 1L;

    public NotFound(String what, Object key) {
        super(what + " '" + key + "' does not exist");
    }

    /** @since 1.3 */
    public NotFound(Message message) {
        super(message);
    }
}
