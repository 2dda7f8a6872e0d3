package org.servicehall.conduct.internal.discipline;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

import org.servicehall.common.Validator;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.SanctionLevel;

/**
 * C5 as plain rules over one site's {@link DisciplineThresholds}: which step of the penalty ladder
 * a count of confirmed violations reaches, which step to propose next, and when a commendation is
 * due.
 *
 * <p>The ladder only climbs: a step is proposed when the count reaches it and it is higher than
 * every step already proposed for the staff member (whatever the supervisor decided), so no step
 * is ever proposed twice. A count that jumps several steps at once proposes the highest step
 * reached.
 */
public final class PenaltyLadder {
    static final int MAX_COUNT = 1000;
    static final int MAX_MONTHS = 120;

    private final DisciplineThresholds thresholds;

    public PenaltyLadder(DisciplineThresholds thresholds) {
        validate(thresholds);
        this.thresholds = thresholds;
    }

    /**
     * @throws org.servicehall.common.ValidationException naming each threshold that is out of range
     *         or not above the step below it
     */
    public static void validate(DisciplineThresholds t) {
        Validator v = new Validator();
        if (t == null) {
            v.error("thresholds", DisciplineRules.TEXTS.message("discipline.error.given"));
            v.throwIfInvalid();
        }
        v.range("warningAt", t.warningAt(), 1, MAX_COUNT);
        v.range("demeritAt", t.demeritAt(), 1, MAX_COUNT);
        v.range("demotionAt", t.demotionAt(), 1, MAX_COUNT);
        v.range("dismissalAt", t.dismissalAt(), 1, MAX_COUNT);
        v.check(t.demeritAt() > t.warningAt(), "demeritAt", DisciplineRules.TEXTS.message("discipline.error.aboveWarning", t.warningAt()));
        v.check(t.demotionAt() > t.demeritAt(), "demotionAt", DisciplineRules.TEXTS.message("discipline.error.aboveDemerit", t.demeritAt()));
        v.check(t.dismissalAt() > t.demotionAt(), "dismissalAt", DisciplineRules.TEXTS.message("discipline.error.aboveDemotion", t.demotionAt()));
        v.range("windowMonths", t.windowMonths(), 1, MAX_MONTHS);
        v.range("commendationMonths", t.commendationMonths(), 1, MAX_MONTHS);
        v.throwIfInvalid();
    }

    public DisciplineThresholds thresholds() {
        return thresholds;
    }

    /** The highest step whose threshold {@code confirmedCount} reaches, if any. */
    public Optional<SanctionLevel> reached(int confirmedCount) {
        SanctionLevel found = null;
        for (SanctionLevel level : SanctionLevel.values()) {
            if (confirmedCount >= thresholds.thresholdOf(level)) {
                found = level;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The step to propose now for a staff member with {@code confirmedCount} confirmed violations in
     * the counting window and the given steps already proposed: the step reached, when it is higher
     * than all of them.
     */
    public Optional<SanctionLevel> nextProposal(int confirmedCount, Collection<SanctionLevel> alreadyProposed) {
        Optional<SanctionLevel> reached = reached(confirmedCount);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        for (SanctionLevel earlier : alreadyProposed) {
            if (earlier.compareTo(reached.get()) >= 0) {
                return Optional.empty();
            }
        }
        return reached;
    }

    /**
     * The period a commendation is due for, if one is: the {@code commendationMonths} full months
     * ending with {@code lastFullMonth}, when none of them had a confirmed violation and none is
     * covered by an earlier commendation proposal (which ended with {@code commendedThrough}).
     *
     * @param violationMonths the months in which the staff member's confirmed violations happened
     * @return the first and last month of the period
     */
    public Optional<YearMonth[]> commendationDue(YearMonth lastFullMonth, Collection<YearMonth> violationMonths,
            Optional<YearMonth> commendedThrough) {
        YearMonth first = lastFullMonth.minusMonths(thresholds.commendationMonths() - 1L);
        if (commendedThrough.isPresent() && !commendedThrough.get().isBefore(first)) {
            return Optional.empty();
        }
        for (YearMonth m : violationMonths) {
            if (!m.isBefore(first) && !m.isAfter(lastFullMonth)) {
                return Optional.empty();
            }
        }
        return Optional.of(new YearMonth[] { first, lastFullMonth });
    }
}
