package org.servicehall.web;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.servicehall.security.Actor;

/**
 * An area's live figures for the console's home page (the hall now: waiting, open and staffed
 * windows, standing alerts, cases due), registered as an OSGi service. The home page asks every
 * registered service when it opens and every few seconds while it is open, and shows what they
 * answer for the signed-in actor; an area that is not installed simply adds nothing. A service
 * that fails is left out of the page (and logged), never breaking it.
 *
 * @since 1.5
 */
@ConsumerType
public interface HomeFigures {

    /** The figures {@code actor} may see now (an empty list for a role they are not meant for). */
    List<HomeFigure> figures(Actor actor);
}
