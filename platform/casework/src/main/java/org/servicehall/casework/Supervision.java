package org.servicehall.casework;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * T3 electronic supervision (电子监察): the light of every open case, counted per site and by
 * service item, unit, window or staff member; red cases escalated to the supervisor as standing
 * records; a monthly report of cases completed in time or late. Lists of cases come from
 * {@link CaseReadModel#cases} with a {@link CaseFilter}. Staff may read the counts; the escalations and
 * the report need a supervisor.
 */
@ProviderType
public interface Supervision {
    /** The open cases of the site by light, and by light for each key of {@code by}. */
    Counts counts(Actor actor, long siteId, Dimension by);

    /** The red cases escalated to the supervisor and not yet closed, oldest first. */
    List<Escalation> escalations(Actor actor, long siteId);

    /** Cases completed (or ended) in the month, in time or late, per unit and per staff member. */
    List<MonthlyRow> monthly(Actor actor, long siteId, YearMonth month);

    /**
     * Looks at every open case's light as of now, saves the changes, escalates new red cases and
     * publishes {@link CaseEvents#LIGHT_CHANGED} and {@link CaseEvents#ESCALATED}; runs by itself
     * periodically. Returns how many lights changed.
     */
    int sweep();

    /** What the counts are broken down by. */
    enum Dimension {
        SERVICE, UNIT, WINDOW, STAFF
    }

    /** How many open cases of a key have each light. */
    record Tally(String key, long green, long yellow, long red) {
        public long total() {
            return green + yellow + red;
        }
    }

    /** The site's open cases by light and a breakdown ({@code rows}, most red first). */
    record Counts(long siteId, Tally all, Dimension by, List<Tally> rows) {
        public Counts {
            rows = List.copyOf(rows);
        }
    }

    /** A red case escalated to the supervisor; it stands until the case ends. */
    record Escalation(long id, long caseId, String number, String serviceCode, String unit, String staffNumber, Instant raisedAt) {
    }

    /**
     * One line of the monthly report.
     *
     * @param dimension {@link Dimension#UNIT} (the unit that reviewed it, {@code ""} for the front window) or {@link Dimension#STAFF}
     */
    record MonthlyRow(Dimension dimension, String key, long completed, long inTime, long late) {
    }
}
