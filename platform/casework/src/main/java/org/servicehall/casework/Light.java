package org.servicehall.casework;

import org.servicehall.site.Urgency;

/**
 * T3 electronic supervision (电子监察): green while more time is left than the yellow threshold,
 * yellow within it (the deadline's own day included), red once the deadline passed.
 */
public enum Light {
    GREEN, YELLOW, RED;

    /** The light of a deadline's urgency. */
    public static Light of(Urgency urgency) {
        return switch (urgency) {
            case ON_TRACK -> GREEN;
            case DUE_SOON -> YELLOW;
            case OVERDUE -> RED;
        };
    }
}
