package org.servicehall.web;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.servicehall.common.Message;

/**
 * What uninstalling a sector plugin would do now, told by the areas it touches (the queue: the
 * tickets waiting for the sector's services), registered as an OSGi service. The Plugins page asks
 * every one before it uninstalls and shows their answers in the confirmation (issue 12: a
 * destructive action confirms with its consequences).
 *
 * @since 1.5
 */
@ConsumerType
public interface PluginImpact {

    /**
     * The consequences of uninstalling the plugin of {@code sector} (e.g. {@code tax-hall}), one
     * message each, in the reader's language when shown; empty when it changes nothing here.
     */
    List<Message> uninstalling(String sector);
}
