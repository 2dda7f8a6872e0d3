package org.servicehall.assessment.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.ProposalKind;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.common.Validator;

/**
 * M1: how the four parts of an assessment are scored, each 0-100 (clamped), and combined with the
 * site's weights. Plain Java; every constant below is the documented formula.
 *
 * <ul>
 * <li><b>Attitude</b> (服务态度) with {@code n} ratings of average {@code a} (1-5) of which {@code b}
 * are bad (不满意 or worse) and {@code c} confirmed complaints:
 * {@code 70 × (a − 1) / 4 + 30 × (1 − b / n) − 10 × c}; without ratings (or without the complaint
 * area) the neutral {@value #NEUTRAL_ATTITUDE} {@code − 10 × c}.</li>
 * <li><b>Efficiency</b> (工作效率) with share {@code s} of called tickets within the wait target,
 * average service time {@code t} against the median {@code m} of the site's staff, {@code k} served
 * against the site's median {@code q}: {@code 50 × s + 30 × clamp(1.5 − t / m, 0, 1) + 20 × min(1, k / q)}.
 * Without a called ticket {@code s} is 0; without a median (nobody served) the time term is 30 and
 * the count term 20 for whoever served. A staff member who called no ticket scores 0.
 * Casework (T3 electronic supervision feeds M1): when the staff member completed cases in the
 * period, {@code s} is joined by the share {@code c} of those cases completed within their time
 * limit — {@code 50 × (s + c) / 2}, or {@code 50 × c} for who called no ticket; without casework
 * (or without a completed case) the formula is the one above.</li>
 * <li><b>Discipline</b> (工作纪律): {@code 100 − 5 × late − 10 × absent − 5 × early leave − 1 × each
 * full 10 minutes away from the post − 15 × confirmed violations}.</li>
 * <li><b>Ability</b> (业务能力): the courses the staff member was enrolled in score PASSED 1, ATTENDED
 * 0.7, ABSENT 0; {@code 100 × their mean − 10 × service errors}. Nobody is blamed for training that
 * was not offered: without a course the mean is 1.</li>
 * <li><b>Total</b>: {@code Σ weight × part / 100}, rounded to one decimal (the parts too).</li>
 * <li><b>Rank</b>: by total, best first; equal totals share a rank (1, 2, 2, 4).</li>
 * <li><b>Who is scored</b>: window staff only — not supervisors or administrators, who are not
 * ranked among the staff they supervise — and of them only who worked in the period: a rostered
 * shift, a day at the post or a ticket called or served. Nobody is scored on neutral defaults
 * (80 for attitude, 100 for discipline and ability) for a period they had no part in.</li>
 * <li><b>Proposals</b> (C5): a commendation for a total ≥ {@code commendationAt} ranked within
 * {@code commendationTop}; a warning for a total below {@code warningBelow}.</li>
 * </ul>
 */
public final class Scoring {
    /** The attitude of a staff member nobody rated. */
    public static final double NEUTRAL_ATTITUDE = 80;

    /**
     * Everything the parts are computed from, for one staff member and period: one value per part
     * (attitude from {@link Feedback}, efficiency from {@link Tickets}, discipline from
     * {@link Conduct}, ability from {@link Training}; the cases completed in time, from
     * {@link Cases}, join the efficiency part).
     */
    public record Inputs(String staffNumber, String staffName, Feedback feedback, Tickets tickets, Conduct conduct, Training training,
            Cases cases) {

        /** Nothing known: a staff member with no record in the period. */
        public static Inputs none(String staffNumber, String staffName) {
            return new Inputs(staffNumber, staffName, Feedback.NONE, Tickets.NONE, Conduct.CLEAN, Training.NONE, Cases.NONE);
        }

        public Inputs withFeedback(Feedback f) {
            return new Inputs(staffNumber, staffName, f, tickets, conduct, training, cases);
        }

        public Inputs withTickets(Tickets t) {
            return new Inputs(staffNumber, staffName, feedback, t, conduct, training, cases);
        }

        public Inputs withConduct(Conduct c) {
            return new Inputs(staffNumber, staffName, feedback, tickets, c, training, cases);
        }

        public Inputs withTraining(Training t) {
            return new Inputs(staffNumber, staffName, feedback, tickets, conduct, t, cases);
        }

        public Inputs withCases(Cases k) {
            return new Inputs(staffNumber, staffName, feedback, tickets, conduct, training, k);
        }
    }

    /**
     * Attitude: how many ratings, how many of them bad, their average (1-5, NaN without ratings)
     * and the confirmed complaints.
     */
    public record Feedback(long ratings, long badRatings, double averageRating, long confirmedComplaints) {
        /** Nobody rated, nothing confirmed (also: the complaint area is not running). */
        public static final Feedback NONE = new Feedback(0, 0, Double.NaN, 0);
    }

    /** Efficiency: tickets called, how many of them within the wait target, the average service time and how many served. */
    public record Tickets(long called, long withinTarget, Duration averageService, long served) {
        /** No ticket called or served. */
        public static final Tickets NONE = new Tickets(0, 0, Duration.ZERO, 0);
    }

    /**
     * Efficiency, from casework's monthly supervision report (T3): the cases the staff member
     * completed in the period and how many of them within their time limit.
     */
    public record Cases(long completed, long inTime) {
        /** No case completed (also: the casework area is not running). */
        public static final Cases NONE = new Cases(0, 0);

        /** Both added up (e.g. two months of the report). */
        public Cases plus(Cases o) {
            return new Cases(completed + o.completed, inTime + o.inTime);
        }
    }

    /** Discipline: days late, absent and left early, minutes away from the post, confirmed violations. */
    public record Conduct(int late, int absent, int earlyLeave, long minutesAway, long confirmedViolations) {
        /** A clean record. */
        public static final Conduct CLEAN = new Conduct(0, 0, 0, 0, 0);

        /** Both added up (e.g. two months of attendance). */
        public Conduct plus(Conduct o) {
            return new Conduct(late + o.late, absent + o.absent, earlyLeave + o.earlyLeave, minutesAway + o.minutesAway,
                    confirmedViolations + o.confirmedViolations);
        }

        public Conduct withViolations(long confirmed) {
            return new Conduct(late, absent, earlyLeave, minutesAway, confirmed);
        }
    }

    /**
     * Ability: the courses a staff member was enrolled in, how many of them attended (the passed
     * included) and passed, and the service errors recorded.
     */
    public record Training(int enrolled, int attended, int passed, long errors) {
        /** No course, no error. */
        public static final Training NONE = new Training(0, 0, 0, 0);

        /** One course taken part in with the outcome. */
        public static Training of(TrainingOutcome outcome) {
            return new Training(1, outcome == TrainingOutcome.ABSENT ? 0 : 1, outcome == TrainingOutcome.PASSED ? 1 : 0, 0);
        }

        /** Both added up. */
        public Training plus(Training o) {
            return new Training(enrolled + o.enrolled, attended + o.attended, passed + o.passed, errors + o.errors);
        }

        public Training withErrors(long count) {
            return new Training(enrolled, attended, passed, count);
        }
    }

    /** The site's medians the efficiency part compares with (NaN when nobody served). */
    public record Norms(double medianServiceSeconds, double medianServed) {
    }

    /** A proposal the scores call for. */
    public record ProposalDraft(StaffScore score, ProposalKind kind) {
    }

    private Scoring() {
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public static double attitude(Inputs in) {
        Feedback f = in.feedback();
        double base;
        if (f.ratings() <= 0 || Double.isNaN(f.averageRating())) {
            base = NEUTRAL_ATTITUDE;
        } else {
            double bad = Math.min(1, (double) f.badRatings() / f.ratings());
            base = 70 * (Math.max(1, Math.min(5, f.averageRating())) - 1) / 4 + 30 * (1 - bad);
        }
        return clamp(base - 10.0 * f.confirmedComplaints());
    }

    public static double efficiency(Inputs in, Norms norms) {
        Tickets t = in.tickets();
        Cases k = in.cases();
        if (t.called() <= 0 && t.served() <= 0 && k.completed() <= 0) {
            return 0;
        }
        double share = t.called() <= 0 ? 0 : Math.min(1, (double) t.withinTarget() / t.called());
        if (k.completed() > 0) { // T3 → M1: cases completed within their limit
            double inTime = Math.min(1, (double) k.inTime() / k.completed());
            share = t.called() <= 0 ? inTime : (share + inTime) / 2;
        }
        double time;
        if (t.served() <= 0) {
            time = 0;
        } else if (Double.isNaN(norms.medianServiceSeconds()) || norms.medianServiceSeconds() <= 0) {
            time = 1;
        } else {
            time = Math.max(0, Math.min(1, 1.5 - t.averageService().toMillis() / 1000.0 / norms.medianServiceSeconds()));
        }
        double count = Double.isNaN(norms.medianServed()) || norms.medianServed() <= 0 ? (t.served() > 0 ? 1 : 0)
                : Math.min(1, t.served() / norms.medianServed());
        return clamp(50 * share + 30 * time + 20 * count);
    }

    public static double discipline(Inputs in) {
        Conduct c = in.conduct();
        return clamp(100 - 5.0 * c.late() - 10.0 * c.absent() - 5.0 * c.earlyLeave() - (double) (c.minutesAway() / 10)
                - 15.0 * c.confirmedViolations());
    }

    public static double ability(Inputs in) {
        Training t = in.training();
        double mean = 1;
        if (t.enrolled() > 0) {
            int attendedOnly = Math.max(0, t.attended() - t.passed());
            mean = (t.passed() + 0.7 * attendedOnly) / t.enrolled();
        }
        return clamp(100 * Math.min(1, mean) - 10.0 * t.errors());
    }

    /** The weighted total of four parts (weights in percent, summing to 100). */
    public static double total(AssessmentSettings s, double attitude, double efficiency, double discipline, double ability) {
        double sum = s.attitudeWeight() * attitude + s.efficiencyWeight() * efficiency + s.disciplineWeight() * discipline
                + s.abilityWeight() * ability;
        return Math.round(sum / 10.0) / 10.0;
    }

    /** The medians of the staff who served at least one ticket. */
    public static Norms norms(List<Inputs> all) {
        List<Tickets> serving = all.stream().map(Inputs::tickets).filter(t -> t.served() > 0).toList();
        return new Norms(median(serving.stream().mapToDouble(t -> t.averageService().toMillis() / 1000.0).toArray()),
                median(serving.stream().mapToDouble(Tickets::served).toArray()));
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * M1: whether a staff member is scored for the period: window staff (not a supervisor or an
     * administrator) who had a rostered shift, came to the post or called or served a ticket.
     *
     * @param windowStaff the staff member's highest role is staff
     * @param shifts rostered shifts in the period
     * @param daysAttended days they clocked in (unscheduled days included)
     */
    public static boolean scored(boolean windowStaff, int shifts, int daysAttended, Tickets tickets) {
        return scored(windowStaff, shifts, daysAttended, tickets, Cases.NONE);
    }

    /** As above; a case completed in the period (T3) counts as having worked in it too. */
    public static boolean scored(boolean windowStaff, int shifts, int daysAttended, Tickets tickets, Cases cases) {
        return windowStaff && (shifts > 0 || daysAttended > 0 || tickets.called() > 0 || tickets.served() > 0 || cases.completed() > 0);
    }

    /** Scores and ranks everyone, best first (ties by staff number). */
    public static List<StaffScore> score(List<Inputs> all, AssessmentSettings settings) {
        Norms norms = norms(all);
        List<StaffScore> unranked = new ArrayList<>();
        for (Inputs in : all) {
            double a = round1(attitude(in));
            double e = round1(efficiency(in, norms));
            double d = round1(discipline(in));
            double b = round1(ability(in));
            unranked.add(StaffScore.builder().staffNumber(in.staffNumber()).staffName(in.staffName()).attitude(a).efficiency(e)
                    .discipline(d).ability(b).total(total(settings, a, e, d, b)).details(details(in, norms)).build());
        }
        return rank(unranked);
    }

    /** Orders by total (best first, then staff number) and gives equal totals the same rank (1, 2, 2, 4). */
    public static List<StaffScore> rank(List<StaffScore> scores) {
        List<StaffScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingDouble(StaffScore::total).reversed().thenComparing(StaffScore::staffNumber));
        List<StaffScore> out = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            StaffScore s = sorted.get(i);
            if (i == 0 || Double.compare(s.total(), sorted.get(i - 1).total()) != 0) {
                rank = i + 1;
            }
            out.add(s.toBuilder().rank(rank).build());
        }
        return out;
    }

    /** C5: what the ranked scores call for under the site's thresholds. */
    public static List<ProposalDraft> proposals(List<StaffScore> ranked, AssessmentSettings s) {
        List<ProposalDraft> out = new ArrayList<>();
        for (StaffScore score : ranked) {
            if (score.total() >= s.commendationAt() && score.rank() <= s.commendationTop()) {
                out.add(new ProposalDraft(score, ProposalKind.COMMENDATION));
            } else if (score.total() < s.warningBelow()) {
                out.add(new ProposalDraft(score, ProposalKind.WARNING));
            }
        }
        return out;
    }

    /**
     * Checks settings, naming each field: weights 0-100 summing to 100 (field {@code weights}),
     * thresholds 0-100 with the warning below the commendation, a period kind.
     */
    public static void validate(AssessmentSettings s) {
        Validator v = new Validator();
        v.check(s != null, "settings", "are required");
        if (s == null) {
            v.throwIfInvalid();
            return;
        }
        v.range("attitudeWeight", s.attitudeWeight(), 0, 100).range("efficiencyWeight", s.efficiencyWeight(), 0, 100)
                .range("disciplineWeight", s.disciplineWeight(), 0, 100).range("abilityWeight", s.abilityWeight(), 0, 100);
        v.check(s.weightSum() == 100, "weights", "the four weights (" + s.weightsText() + ") sum to " + s.weightSum()
                + "; they must sum to 100");
        v.check(s.commendationAt() >= 0 && s.commendationAt() <= 100, "commendationAt", "is " + s.commendationAt()
                + "; it must be between 0 and 100");
        v.check(s.warningBelow() >= 0 && s.warningBelow() <= 100, "warningBelow", "is " + s.warningBelow()
                + "; it must be between 0 and 100");
        v.check(s.warningBelow() < s.commendationAt(), "warningBelow", "must be below the commendation threshold " + s.commendationAt());
        v.range("commendationTop", s.commendationTop(), 0, 1000);
        v.check(s.periodKind() != null, "periodKind", "is required");
        v.throwIfInvalid();
    }

    static String details(Inputs in, Norms norms) {
        Feedback f = in.feedback();
        Tickets t = in.tickets();
        Conduct c = in.conduct();
        Training k = in.training();
        StringBuilder b = new StringBuilder();
        if (f.ratings() > 0) {
            b.append(String.format(Locale.ROOT, "ratings %d avg %.2f bad %d", f.ratings(), f.averageRating(), f.badRatings()));
        } else {
            b.append("no ratings");
        }
        b.append(", confirmed complaints ").append(f.confirmedComplaints());
        b.append("; called ").append(t.called()).append(", within target ").append(t.withinTarget()).append(", served ")
                .append(t.served()).append(", service ").append(t.averageService().toSeconds()).append("s");
        if (!Double.isNaN(norms.medianServiceSeconds())) {
            b.append(String.format(Locale.ROOT, " (site median %.0fs, %.0f served)", norms.medianServiceSeconds(), norms.medianServed()));
        }
        if (in.cases().completed() > 0) {
            b.append("; cases completed ").append(in.cases().completed()).append(", in time ").append(in.cases().inTime());
        }
        b.append("; late ").append(c.late()).append(", absent ").append(c.absent()).append(", early leave ").append(c.earlyLeave())
                .append(", away ").append(c.minutesAway()).append(" min, confirmed violations ").append(c.confirmedViolations());
        b.append("; courses ").append(k.enrolled()).append(" (attended ").append(k.attended()).append(", passed ")
                .append(k.passed()).append("), errors ").append(k.errors());
        return b.length() > 1000 ? b.substring(0, 1000) : b.toString();
    }
}
