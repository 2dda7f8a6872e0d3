package org.servicehall.assessment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servicehall.assessment.Period;
import org.servicehall.assessment.ServiceError;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.casework.Supervision;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.ServiceFigures;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * M1: everything a site's scores are computed from, per staff member: ratings and confirmed
 * complaints from the complaint area (when it runs), tickets from the queue, attendance month by
 * month, confirmed violations from the conduct area, cases completed in time from casework's
 * monthly supervision report (T3, when it runs), and the assessment's own training records and
 * service errors.
 */
final class InputGathering {
    private final AssessmentStore store;
    private final SiteService sites;
    private final QueueReports queue;
    private final AttendanceService attendance;
    private final ConfirmedViolations violations;

    InputGathering(AssessmentStore store, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations) {
        this.store = store;
        this.sites = sites;
        this.queue = queue;
        this.attendance = attendance;
        this.violations = violations;
    }

    /**
     * One entry per active staff member of the site, by staff number.
     *
     * @param actor who runs the assessment (casework's report needs a supervisor)
     */
    List<Scoring.Inputs> inputs(Actor actor, long siteId, Period period, Optional<FeedbackReports> feedback,
            Optional<Supervision> casework) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Boolean> windowStaff = new HashMap<>();
        sites.staff(siteId).stream().filter(Staff::active).sorted(Comparator.comparing(Staff::staffNumber)).forEach(s -> {
            names.put(s.staffNumber(), s.name());
            windowStaff.put(s.staffNumber(), !s.roles().contains(Role.SUPERVISOR) && !s.roles().contains(Role.ADMIN));
        });
        Map<String, int[]> presence = new HashMap<>();
        Map<String, ServiceFigures> figures = queue.figures(siteId, from, to, QueueReports.Grouping.STAFF, queue.waitTarget()).stream()
                .collect(Collectors.toMap(ServiceFigures::key, Function.identity(), (a, b) -> a));
        Map<String, StaffFeedback> ratings = feedback.map(f -> f.byStaff(siteId, from, to)).orElse(List.of()).stream()
                .collect(Collectors.toMap(StaffFeedback::staffNumber, Function.identity(), (a, b) -> a));
        Map<String, Scoring.Conduct> attendanceByStaff = attendance(siteId, period, presence);
        Map<String, Long> confirmed = violations.count(siteId, from, to);
        Map<String, Scoring.Cases> cases = casework.map(s -> cases(s, actor, siteId, period)).orElse(Map.of());
        Map<String, Scoring.Training> training = new HashMap<>();
        for (TrainingTables.StaffOutcome o : store.read(c -> TrainingTables.outcomes(c, siteId, from, to))) {
            training.merge(o.staffNumber(), Scoring.Training.of(o.outcome()), Scoring.Training::plus);
        }
        Map<String, Long> errors = store.read(c -> TrainingTables.errors(c, siteId, from, to)).stream()
                .collect(Collectors.groupingBy(ServiceError::staffNumber, Collectors.counting()));
        List<Scoring.Inputs> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String n = e.getKey();
            int[] shiftsAndDays = presence.getOrDefault(n, new int[2]);
            Scoring.Tickets tickets = tickets(figures.get(n));
            Scoring.Cases done = cases.getOrDefault(n, Scoring.Cases.NONE);
            if (!Scoring.scored(windowStaff.get(n), shiftsAndDays[0], shiftsAndDays[1], tickets, done)) {
                continue; // M1: a supervisor, or nobody at the windows in the period: no score on neutral defaults
            }
            out.add(new Scoring.Inputs(n, e.getValue(), feedback(ratings.get(n)), tickets,
                    attendanceByStaff.getOrDefault(n, Scoring.Conduct.CLEAN).withViolations(confirmed.getOrDefault(n, 0L)),
                    training.getOrDefault(n, Scoring.Training.NONE).withErrors(errors.getOrDefault(n, 0L)), done));
        }
        return out;
    }

    /**
     * Late, absent, early leave and minutes away, added up over the months of the period; the
     * shifts and days at the post into {@code presence} (staff number → {shifts, days attended}).
     */
    private Map<String, Scoring.Conduct> attendance(long siteId, Period period, Map<String, int[]> presence) {
        Map<String, Scoring.Conduct> out = new HashMap<>();
        for (YearMonth m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
            for (MonthlyReport.Line l : attendance.report(siteId, m).lines()) {
                int[] p = presence.computeIfAbsent(l.staffNumber(), k -> new int[2]);
                p[0] += l.shifts();
                p[1] += l.attended();
                out.merge(l.staffNumber(), new Scoring.Conduct(l.late(), l.absent(), l.earlyLeave(), (int) l.awayFromPost().toMinutes(), 0),
                        Scoring.Conduct::plus);
            }
        }
        return out;
    }

    /** T3 → M1: the cases each staff member completed in the months of the period, and how many in time. */
    private static Map<String, Scoring.Cases> cases(Supervision supervision, Actor actor, long siteId, Period period) {
        Map<String, Scoring.Cases> out = new HashMap<>();
        for (YearMonth m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
            for (Supervision.MonthlyRow r : supervision.monthly(actor, siteId, m)) {
                if (r.dimension() == Supervision.Dimension.STAFF && r.key() != null && !r.key().isEmpty()) {
                    out.merge(r.key(), new Scoring.Cases(r.completed(), r.inTime()), Scoring.Cases::plus);
                }
            }
        }
        return out;
    }

    private static Scoring.Feedback feedback(StaffFeedback r) {
        if (r == null) {
            return Scoring.Feedback.NONE;
        }
        long bad = r.ratings().entrySet().stream().filter(x -> x.getKey().bad()).mapToLong(Map.Entry::getValue).sum();
        return new Scoring.Feedback(r.ratingCount(), bad, r.averageScore(), r.confirmedComplaints());
    }

    private static Scoring.Tickets tickets(ServiceFigures f) {
        return f == null ? Scoring.Tickets.NONE : new Scoring.Tickets(f.called(), f.withinTarget(), f.averageService(), f.served());
    }
}
