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

    /**
     * The section for the desk of {@code window}, with the desk it is part of; the desk calls this
     * one. By default the section of {@link #create(long, Window, Runnable)}.
     *
     * @since 1.6
     */
    default Component create(long siteId, Window window, Desk desk) {
        return create(siteId, window, desk::changed);
    }

    /**
     * What a section may ask of the desk it is part of.
     *
     * @since 1.6
     */
    interface Desk {

        /** To call after the section changed something the desk shows (e.g. a clock-in that enables calling). */
        void changed();

        /**
         * A3: before the staff member leaves the post (or clocks out): when a ticket is called or
         * being served at the window, the desk asks what happens to it — put back in the queue,
         * transferred, or a no-show when the recalls are done — and runs {@code leave} once that is
         * settled (not at all if the staff member stays); with no ticket at once.
         */
        void beforeLeaving(Runnable leave);
    }
}
