package org.servicehall.site;

/** What an admin enters to create or change a service item. */
public record ServiceItemDraft(String code, String name, String ticketPrefix, String sector, TimeLimit timeLimit) {
}
