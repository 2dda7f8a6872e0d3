package org.servicehall.site;

import java.util.Set;

/** What an admin enters to create or change a window. */
public record WindowDraft(int number, String name, Set<String> serviceCodes) {
    public WindowDraft {
        serviceCodes = serviceCodes == null ? Set.of() : Set.copyOf(serviceCodes);
    }
}
