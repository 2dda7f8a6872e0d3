package org.servicehall.assessment.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.ProposalKind;
import org.servicehall.assessment.StaffScore;
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
 * the count term 20 for whoever served. A staff member who called no ticket scores 0.</li>
 * <li><b>Discipline</b> (工作纪律): {@code 100 − 5 × late − 10 × absent − 5 × early leave − 1 × each
 * full 10 minutes away from the post − 15 × confirmed violations}.</li>
 * <li><b>Ability</b> (业务能力): the courses the staff member was enrolled in score PASSED 1, ATTENDED
 * 0.7, ABSENT 0; {@code 100 × their mean − 10 × service errors}. Nobody is blamed for training that
 * was not offered: without a course the mean is 1.</li>
 * <li><b>Total</b>: {@code Σ weight × part / 100}, rounded to one decimal (the parts too).</li>
 * <li><b>Rank</b>: by total, best first; equal totals share a rank (1, 2, 2, 4).</li>
 * <li><b>Proposals</b> (C5): a commendation for a total ≥ {@code commendationAt} ranked within
 * {@code commendationTop}; a warning for a total below {@code warningBelow}.</li>
 * </ul>
 */
public final class Scoring {
    /** The attitude of a staff member nobody rated. */
    public static final double NEUTRAL_ATTITUDE = 80;

    /** Everything the parts are computed from, for one staff member and period. */
    public record Inputs(String staffNumber, String staffName, long ratings, long badRatings, double averageRating,
            long confirmedComplaints, long called, long withinTarget, Duration averageService, long served, int late, int absent,
            int earlyLeave, long minutesAway, long confirmedViolations, int coursesEnrolled, int coursesAttended, int coursesPassed,
            long errors) {

        /** Nothing known: a staff member with no record in the period. */
        public static Inputs none(String staffNumber, String staffName) {
            return new Inputs(staffNumber, staffName, 0, 0, Double.NaN, 0, 0, 0, Duration.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
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
        double base;
        if (in.ratings() <= 0 || Double.isNaN(in.averageRating())) {
            base = NEUTRAL_ATTITUDE;
        } else {
            double bad = Math.min(1, (double) in.badRatings() / in.ratings());
            base = 70 * (Math.max(1, Math.min(5, in.averageRating())) - 1) / 4 + 30 * (1 - bad);
        }
        return clamp(base - 10.0 * in.confirmedComplaints());
    }

    public static double efficiency(Inputs in, Norms norms) {
        if (in.called() <= 0 && in.served() <= 0) {
            return 0;
        }
        double share = in.called() <= 0 ? 0 : Math.min(1, (double) in.withinTarget() / in.called());
        double time;
        if (in.served() <= 0) {
            time = 0;
        } else if (Double.isNaN(norms.medianServiceSeconds()) || norms.medianServiceSeconds() <= 0) {
            time = 1;
        } else {
            time = Math.max(0, Math.min(1, 1.5 - in.averageService().toMillis() / 1000.0 / norms.medianServiceSeconds()));
        }
        double count = Double.isNaN(norms.medianServed()) || norms.medianServed() <= 0 ? (in.served() > 0 ? 1 : 0)
                : Math.min(1, in.served() / norms.medianServed());
        return clamp(50 * share + 30 * time + 20 * count);
    }

    public static double discipline(Inputs in) {
        return clamp(100 - 5.0 * in.late() - 10.0 * in.absent() - 5.0 * in.earlyLeave() - (double) (in.minutesAway() / 10)
                - 15.0 * in.confirmedViolations());
    }

    public static double ability(Inputs in) {
        double mean = 1;
        if (in.coursesEnrolled() > 0) {
            int attendedOnly = Math.max(0, in.coursesAttended() - in.coursesPassed());
            mean = (in.coursesPassed() + 0.7 * attendedOnly) / in.coursesEnrolled();
        }
        return clamp(100 * Math.min(1, mean) - 10.0 * in.errors());
    }

    /** The weighted total of four parts (weights in percent, summing to 100). */
    public static double total(AssessmentSettings s, double attitude, double efficiency, double discipline, double ability) {
        double sum = s.attitudeWeight() * attitude + s.efficiencyWeight() * efficiency + s.disciplineWeight() * discipline
                + s.abilityWeight() * ability;
        return Math.round(sum / 10.0) / 10.0;
    }

    /** The medians of the staff who served at least one ticket. */
    public static Norms norms(List<Inputs> all) {
        List<Inputs> serving = all.stream().filter(i -> i.served() > 0).toList();
        return new Norms(median(serving.stream().mapToDouble(i -> i.averageService().toMillis() / 1000.0).toArray()),
                median(serving.stream().mapToDouble(Inputs::served).toArray()));
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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
            unranked.add(new StaffScore(in.staffNumber(), in.staffName(), a, e, d, b, total(settings, a, e, d, b), 0, details(in, norms)));
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
            out.add(new StaffScore(s.staffNumber(), s.staffName(), s.attitude(), s.efficiency(), s.discipline(), s.ability(), s.total(),
                    rank, s.details()));
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
        StringBuilder b = new StringBuilder();
        if (in.ratings() > 0) {
            b.append(String.format(Locale.ROOT, "ratings %d avg %.2f bad %d", in.ratings(), in.averageRating(), in.badRatings()));
        } else {
            b.append("no ratings");
        }
        b.append(", confirmed complaints ").append(in.confirmedComplaints());
        b.append("; called ").append(in.called()).append(", within target ").append(in.withinTarget()).append(", served ")
                .append(in.served()).append(", service ").append(in.averageService().toSeconds()).append("s");
        if (!Double.isNaN(norms.medianServiceSeconds())) {
            b.append(String.format(Locale.ROOT, " (site median %.0fs, %.0f served)", norms.medianServiceSeconds(), norms.medianServed()));
        }
        b.append("; late ").append(in.late()).append(", absent ").append(in.absent()).append(", early leave ").append(in.earlyLeave())
                .append(", away ").append(in.minutesAway()).append(" min, confirmed violations ").append(in.confirmedViolations());
        b.append("; courses ").append(in.coursesEnrolled()).append(" (attended ").append(in.coursesAttended()).append(", passed ")
                .append(in.coursesPassed()).append("), errors ").append(in.errors());
        return b.length() > 1000 ? b.substring(0, 1000) : b.toString();
    }
}
