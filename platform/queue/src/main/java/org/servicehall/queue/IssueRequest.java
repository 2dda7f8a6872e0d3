package org.servicehall.queue;

/** A request for a ticket at a site's kiosk, desk, REST API or appointment check-in. */
public record IssueRequest(String siteCode, String serviceCode, PriorityClass priority, Channel channel) {
    public IssueRequest {
        priority = priority == null ? PriorityClass.NORMAL : priority;
        channel = channel == null ? Channel.API : channel;
    }
}
