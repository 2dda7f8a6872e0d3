package org.servicehall.site;

/**
 * A service a site offers, for which citizens take tickets (Q1).
 *
 * @param code unique within the site, e.g. {@code TX-REG-SETUP}
 * @param ticketPrefix the letters in front of ticket numbers ({@code A} in {@code A012}), unique within the site
 * @param sector "core" for items the admin created, else the sector plugin that offers it
 */
public record ServiceItem(long id, long siteId, String code, String name, String ticketPrefix, String sector, TimeLimit timeLimit) {
}
