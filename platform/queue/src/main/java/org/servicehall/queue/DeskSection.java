package org.servicehall.queue;

import org.servicehall.site.Window;

import com.vaadin.flow.component.Component;

/**
 * A part of the counter desk screen contributed by a higher area or a plugin (attendance adds
 * clock-in, clock-out and leave-post there, A2/A3). Registered as OSGi services; the desk shows
 * them above its call buttons in {@code service.ranking} order (highest first) and builds them
 * again when staff pick another window.
 *
 * @since 1.2
 */
public interface DeskSection {

    /**
     * The section for the desk of {@code window}.
     *
     * @param deskChanged to call after the section changed something the desk shows (e.g. a
     *        clock-in that enables calling)
     */
    Component create(long siteId, Window window, Runnable deskChanged);
}
