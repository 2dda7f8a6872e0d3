package org.servicehall.assessment.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.SiteComparison;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.WindowRank;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.ServiceFigures;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;

/**
 * M3: the queue's figures of a site over a period with the ratings and complaints of the complaint
 * area (when it runs) and the stored assessment totals, per staff member, window, service, day or
 * site; every site side by side; the windows ranked over a month.
 */
@Component(service = AssessmentReports.class)
public final class AssessmentReportsImpl implements AssessmentReports {
    private final AssessmentStore store;
    private final SiteService sites;
    private final QueueReports queue;
    private final AttendanceService attendance;
    private final FeedbackSource feedback;

    @Activate
    public AssessmentReportsImpl(@Reference AssessmentStore store, @Reference SiteService sites, @Reference QueueReports queue,
            @Reference AttendanceService attendance, @Reference FeedbackSource feedback) {
        this.store = store;
        this.sites = sites;
        this.queue = queue;
        this.attendance = attendance;
        this.feedback = feedback;
    }

    /** Ratings summed: score × count and count (shares of a count when a day's ratings are split between windows). */
    private static final class Rated {
        double weighted;
        double count;
        long complaints;

        void add(StaffFeedback f, double share) {
            for (Map.Entry<RatingLevel, Long> e : f.ratings().entrySet()) {
                weighted += share * e.getKey().score() * e.getValue();
                count += share * e.getValue();
            }
            complaints += f.complaints();
        }

        double average() {
            return count <= 0 ? Double.NaN : weighted / count;
        }
    }

    private Optional<AssessmentResult> result(long siteId, Period period) {
        return store.read(c -> RunTables.run(c, siteId, period));
    }

    @Override
    public List<ReportLine> report(long siteId, Period period, ReportGrouping grouping) {
        if (grouping == null) {
            throw ValidationException.of("by", "is required: STAFF, WINDOW, SERVICE, DAY or SITE");
        }
        Site site = sites.site(siteId);
        LocalDate from = period.from();
        LocalDate to = period.to();
        Duration target = queue.waitTarget();
        Optional<FeedbackReports> fb = feedback.current();
        switch (grouping) {
            case STAFF:
                return byStaff(siteId, period, target, fb);
            case WINDOW: {
                Map<String, String> names = sites.windows(siteId).stream()
                        .collect(Collectors.toMap(w -> String.valueOf(w.number()), Window::name, (a, b) -> a));
                Map<Integer, Rated> rated = fb.isPresent() ? windowRatings(siteId, from, to, fb.get()) : Map.of();
                return queue.figures(siteId, from, to, QueueReports.Grouping.WINDOW, target).stream()
                        .map(f -> line(f.key(), names.getOrDefault(f.key(), f.key()), f,
                                rated.getOrDefault(Integer.valueOf(f.key()), new Rated()), Double.NaN))
                        .toList();
            }
            case SERVICE: {
                Map<String, String> names = sites.serviceItems(siteId).stream()
                        .collect(Collectors.toMap(ServiceItem::code, ServiceItem::name, (a, b) -> a));
                return queue.figures(siteId, from, to, QueueReports.Grouping.SERVICE, target).stream()
                        .map(f -> line(f.key(), names.getOrDefault(f.key(), f.key()), f, new Rated(), Double.NaN)).toList();
            }
            case DAY:
                return queue.figures(siteId, from, to, QueueReports.Grouping.DAY, target).stream()
                        .map(f -> line(f.key(), f.key(), f, new Rated(), Double.NaN)).toList();
            case SITE:
            default: {
                Rated r = new Rated();
                fb.map(f -> f.byStaff(siteId, from, to)).orElse(List.of()).forEach(f -> r.add(f, 1));
                double avgScore = result(siteId, period).map(x -> x.scores().stream().mapToDouble(StaffScore::total).average()
                        .orElse(Double.NaN)).orElse(Double.NaN);
                return List.of(line(site.code(), site.name(),
                        combine(site.code(), queue.figures(siteId, from, to, QueueReports.Grouping.DAY, target)), r, avgScore));
            }
        }
    }

    /** Everyone who served, was rated or assessed, by staff number, with their assessment total when the period was assessed. */
    private List<ReportLine> byStaff(long siteId, Period period, Duration target, Optional<FeedbackReports> fb) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, String> names = sites.staff(siteId).stream().collect(Collectors.toMap(Staff::staffNumber, Staff::name, (a, b) -> a));
        Map<String, StaffFeedback> ratings = fb.map(f -> f.byStaff(siteId, from, to)).orElse(List.of()).stream()
                .collect(Collectors.toMap(StaffFeedback::staffNumber, Function.identity(), (a, b) -> a));
        Map<String, Double> totals = result(siteId, period).map(r -> r.scores().stream()
                .collect(Collectors.toMap(StaffScore::staffNumber, StaffScore::total, (a, b) -> a))).orElse(Map.of());
        Map<String, ServiceFigures> figures = new LinkedHashMap<>();
        queue.figures(siteId, from, to, QueueReports.Grouping.STAFF, target).forEach(f -> figures.put(f.key(), f));
        Set<String> keys = new TreeSet<>(figures.keySet());
        keys.addAll(ratings.keySet());
        keys.addAll(totals.keySet());
        List<ReportLine> out = new ArrayList<>();
        for (String k : keys) {
            Rated r = new Rated();
            if (ratings.containsKey(k)) {
                r.add(ratings.get(k), 1);
            }
            out.add(line(k, names.getOrDefault(k, k), figures.get(k), r, totals.getOrDefault(k, Double.NaN)));
        }
        return out;
    }

    private static ReportLine line(String key, String label, ServiceFigures f, Rated r, double score) {
        ServiceFigures q = f == null ? new ServiceFigures(key, 0, 0, 0, Duration.ZERO, Duration.ZERO, 0) : f;
        return ReportLine.builder().key(key).label(label).served(q.served()).noShows(q.noShows()).averageWait(q.averageWait())
                .averageService(q.averageService()).withinTargetShare(q.withinTargetShare()).averageRating(r.average())
                .ratings(Math.round(r.count)).complaints(r.complaints).score(score).build();
    }

    /** Daily (or any) figures added into one: averages weighted by what they average over. */
    static ServiceFigures combine(String key, List<ServiceFigures> parts) {
        long served = 0;
        long noShows = 0;
        long called = 0;
        long within = 0;
        double waitMillis = 0;
        double serviceMillis = 0;
        for (ServiceFigures f : parts) {
            served += f.served();
            noShows += f.noShows();
            called += f.called();
            within += f.withinTarget();
            waitMillis += (double) f.averageWait().toMillis() * f.called();
            serviceMillis += (double) f.averageService().toMillis() * f.served();
        }
        return new ServiceFigures(key, served, noShows, called, Duration.ofMillis(called == 0 ? 0 : Math.round(waitMillis / called)),
                Duration.ofMillis(served == 0 ? 0 : Math.round(serviceMillis / served)), within);
    }

    /**
     * The ratings of each window: the complaint area reports ratings per staff member, so each
     * day's ratings of a staff member go to the windows where the attendance records show them
     * signed in that day (split evenly when they moved).
     */
    private Map<Integer, Rated> windowRatings(long siteId, LocalDate from, LocalDate to, FeedbackReports fb) {
        Map<LocalDate, Map<String, Set<Integer>>> where = new HashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            for (AttendanceRecord r : attendance.report(siteId, m).records()) {
                if (r.clockIn() != null && r.status() != AttendanceStatus.ABSENT) {
                    where.computeIfAbsent(r.date(), d -> new HashMap<>()).computeIfAbsent(r.staffNumber(), s -> new HashSet<>())
                            .add(r.windowNumber());
                }
            }
        }
        Map<Integer, Rated> out = new HashMap<>();
        for (Map.Entry<LocalDate, Map<String, Set<Integer>>> day : where.entrySet()) {
            if (day.getKey().isBefore(from) || day.getKey().isAfter(to)) {
                continue;
            }
            for (StaffFeedback f : fb.byStaff(siteId, day.getKey(), day.getKey())) {
                Set<Integer> windows = day.getValue().getOrDefault(f.staffNumber(), Set.of());
                for (Integer w : windows) {
                    out.computeIfAbsent(w, k -> new Rated()).add(f, 1.0 / windows.size());
                }
            }
        }
        return out;
    }

    @Override
    public List<SiteComparison> compareSites(Period period) {
        List<SiteComparison> out = new ArrayList<>();
        for (Site s : sites.sites()) {
            ReportLine l = report(s.id(), period, ReportGrouping.SITE).get(0);
            int assessed = result(s.id(), period).map(r -> r.scores().size()).orElse(0);
            out.add(SiteComparison.of(s.id(), s.code(), s.name(), l, assessed));
        }
        return out;
    }

    @Override
    public List<WindowRank> windowRanking(long siteId, YearMonth month) {
        if (month == null) {
            throw ValidationException.of("month", "is required");
        }
        List<ReportLine> lines = new ArrayList<>(report(siteId, Period.month(month), ReportGrouping.WINDOW));
        Comparator<ReportLine> order = Comparator.comparingDouble((ReportLine l) -> Double.isNaN(l.withinTargetShare()) ? -1 : l.withinTargetShare())
                .reversed().thenComparing(Comparator.comparingLong(ReportLine::served).reversed())
                .thenComparing(ReportLine::averageWait);
        lines.sort(order.thenComparing(l -> Integer.parseInt(l.key())));
        List<WindowRank> out = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < lines.size(); i++) {
            ReportLine l = lines.get(i);
            if (i == 0 || order.compare(lines.get(i - 1), l) != 0) {
                rank = i + 1;
            }
            out.add(WindowRank.of(rank, l));
        }
        return out;
    }
}
