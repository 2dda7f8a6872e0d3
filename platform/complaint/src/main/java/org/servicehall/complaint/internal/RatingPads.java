package org.servicehall.complaint.internal;

import java.util.function.LongConsumer;

/** P1: the rating pads open on this node follow their window's finished tickets. */
public interface RatingPads {

    /** A pad follows its window: told the id of each ticket the window finishes; returns the handle that stops it. */
    AutoCloseable follow(long siteId, int window, LongConsumer onFinished);

    /** Seconds a pad asks for a rating (and shows its thanks) before it returns to idle. */
    int timeoutSeconds();
}
