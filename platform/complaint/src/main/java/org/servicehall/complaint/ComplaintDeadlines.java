package org.servicehall.complaint;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * P2: the deadlines of complaint cases in working days of the site's calendar, the reminder one
 * working day before a stage's deadline ({@link ComplaintEvents#DEADLINE_NEAR}, once per stage) and
 * the escalation of overdue cases, owner → SUPERVISOR → ADMIN ({@link ComplaintEvents#COMPLAINT_OVERDUE},
 * once per level). The platform checks every few minutes; several nodes remind and escalate once.
 *
 * @since 1.1
 */
@ProviderType
public interface ComplaintDeadlines {

    DeadlineSettings deadlineSettings(long siteId);

    DeadlineSettings setDeadlineSettings(Actor actor, long siteId, DeadlineSettings settings);

    /**
     * P2: looks at the site's open cases now: reminds once per stage one working day before its
     * deadline and escalates overdue ones (owner → SUPERVISOR → ADMIN). Returns how many cases
     * were reminded or escalated.
     */
    int checkDeadlines(long siteId);
}
