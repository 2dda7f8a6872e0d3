package org.servicehall.queue.internal;

/** The demo of a hall that comes alive (hall:simulate): citizens arrive and the open windows serve them. */
public interface Simulation {

    /** Starts (or restarts) the simulation of the site. */
    void start(String siteCode, int arrivalsPerMinute, int serviceSeconds);

    /** Stops the site's simulation; false when none ran. */
    boolean stop(String siteCode);
}
