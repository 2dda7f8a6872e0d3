package org.servicehall.admincenter.internal;

import java.util.List;

import org.servicehall.casework.Case;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.HandOver;
import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/**
 * AC1 one-window acceptance (一窗受理): the comprehensive window accepts, a back-office unit decides,
 * the pick-up window hands the result out (统一出件). Which steps are allowed where, and where a case
 * is for its applicant. Plain Java.
 */
public final class OneWindowRules {
    /** Where a case is, as its applicant's progress page says. */
    public enum Place {
        /** Accepted at the comprehensive window, not yet routed. */
        ACCEPTED_AT_WINDOW,
        /** With a back-office unit. */
        IN_UNIT,
        /** Decided and back at the pick-up window: the applicant may collect the result. */
        READY_AT_PICK_UP,
        /** Back at the front, not decided (returned by the unit). */
        BACK_AT_WINDOW,
        /** Handed out: completed. */
        HANDED_OUT,
        /** Ended without a result (not accepted, refused). */
        ENDED
    }

    /** Where the case is and the unit holding it (null at the front). */
    public record Whereabouts(Place place, String unit) {
    }

    private OneWindowRules() {
    }

    /**
     * AC1: a case of the centre goes to a unit only while it is open and not already there.
     *
     * @throws Conflict naming the case and its stage, or the unit that already holds it
     */
    public static void checkRoute(Case c, Unit to) {
        if (!c.open()) {
            throw new Conflict(CentreTexts.message("error.route.closed", c.number(), CentreTexts.message("stage." + c.stage().name())));
        }
        if (to.code().equals(c.unit())) {
            throw new Conflict(CentreTexts.message("error.route.same", c.number(), to.nameZh()));
        }
    }

    /**
     * AC1 统一出件: the result is handed out at the pick-up window, once decided and back from the unit.
     *
     * @param unitName the name of the unit holding it, for the message
     * @throws Conflict naming the case and why not
     */
    public static void checkHandOut(Case c, String unitName) {
        if (c.stage() != CaseStage.DECIDED) {
            throw new Conflict(CentreTexts.message("error.handOut.notDecided", c.number(), CentreTexts.message("stage." + c.stage().name())));
        }
        if (c.unit() != null && !c.unit().isBlank()) {
            throw new Conflict(CentreTexts.message("error.handOut.inUnit", c.number(), unitName));
        }
    }

    /**
     * AC1: the unit returns a case to the pick-up window once it decided it (or ended it).
     *
     * @throws Conflict naming the case when it is at the front already or still under review
     */
    public static void checkReturn(Case c) {
        if (c.unit() == null || c.unit().isBlank()) {
            throw new Conflict(CentreTexts.message("error.return.atFront", c.number()));
        }
        if (c.stage() == CaseStage.ACCEPTED || c.stage() == CaseStage.UNDER_REVIEW) {
            throw new Conflict(CentreTexts.message("error.return.notDecided", c.number(), CentreTexts.message("stage." + c.stage().name())));
        }
    }

    /** Where the case is now, from its stage, its unit and whether it was ever routed. */
    public static Whereabouts where(Case c, List<HandOver> handOvers) {
        return where(c.stage(), c.unit(), !handOvers.isEmpty());
    }

    /**
     * Where a case is now, from its stage, the unit holding it (null or blank at the front) and whether it was
     * ever handed over (so back at the window, not just accepted there).
     */
    public static Whereabouts where(CaseStage stage, String unit, boolean handedOver) {
        boolean atFront = unit == null || unit.isBlank();
        if (stage == CaseStage.COMPLETED) {
            return new Whereabouts(Place.HANDED_OUT, null);
        }
        if (stage == CaseStage.NOT_ACCEPTED || stage == CaseStage.REFUSED) {
            return new Whereabouts(Place.ENDED, atFront ? null : unit);
        }
        if (!atFront) {
            return new Whereabouts(Place.IN_UNIT, unit);
        }
        if (stage == CaseStage.DECIDED) {
            return new Whereabouts(Place.READY_AT_PICK_UP, null);
        }
        return new Whereabouts(handedOver ? Place.BACK_AT_WINDOW : Place.ACCEPTED_AT_WINDOW, null);
    }

    /** The unit that decided the case: the last unit it was handed to, or the one holding it; null when never routed. */
    public static String decidingUnit(Case c, List<HandOver> handOvers) {
        if (c.unit() != null && !c.unit().isBlank()) {
            return c.unit();
        }
        for (int i = handOvers.size() - 1; i >= 0; i--) {
            String to = handOvers.get(i).toUnit();
            if (to != null && !to.isBlank()) {
                return to;
            }
        }
        return null;
    }

    /** What the progress page says of the place. */
    public static Message describe(Whereabouts w, String unitName) {
        return CentreTexts.message("where." + w.place().name(), unitName == null ? "" : unitName);
    }
}
