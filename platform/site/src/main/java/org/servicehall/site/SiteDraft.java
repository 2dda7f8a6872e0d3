package org.servicehall.site;

import java.time.LocalTime;

/** What an admin enters to create or change a site. */
public record SiteDraft(String code, String name, String address, LocalTime opensAt, LocalTime closesAt) {
}
