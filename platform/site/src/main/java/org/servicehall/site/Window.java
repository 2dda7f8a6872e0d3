package org.servicehall.site;

import java.util.Set;

/**
 * A service window (counter) of a site.
 *
 * @param number the number shown above the window and announced when calling ("3号窗口")
 * @param serviceCodes the service items this window serves (Q5)
 */
public record Window(long id, long siteId, int number, String name, Set<String> serviceCodes) {
    public Window {
        serviceCodes = Set.copyOf(serviceCodes);
    }
}
