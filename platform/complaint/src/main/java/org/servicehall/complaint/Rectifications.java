package org.servicehall.complaint;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * P4: the rectification (整改) of each confirmed complaint, tracked to closure: open → done (its
 * owner or a supervisor, with evidence) → verified (a supervisor). Each step is announced as
 * {@link ComplaintEvents#RECTIFICATION_DONE} or {@link ComplaintEvents#RECTIFICATION_VERIFIED}.
 *
 * @since 1.1
 */
@ProviderType
public interface Rectifications {

    /**
     * The site's tasks, open first by due day, their texts as stored.
     *
     * @deprecated the texts may hold the complainant's personal data: show a reader
     *             {@link #rectifications(Actor, long, boolean)}
     */
    List<Rectification> rectifications(long siteId, boolean openOnly);

    /**
     * S3: the site's tasks as the actor may read them: for those who see the case's contact data
     * masked, the personal data their texts (what to rectify, the evidence) hold, the complainant's
     * name and phone among it, masked the same way as in the case.
     *
     * @since 1.1
     */
    List<Rectification> rectifications(Actor actor, long siteId, boolean openOnly);

    Rectification completeRectification(Actor actor, long rectificationId, String evidence);

    Rectification verifyRectification(Actor actor, long rectificationId);
}
