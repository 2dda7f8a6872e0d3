package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.CourseDraft;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.SiteComparison;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.assessment.WindowRank;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.ServiceFigures;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * Assessment (M1-M3) in plain Java on the shared database: gathers each staff member's figures
 * from the queue, the complaint area (when present), attendance, conduct and its own training
 * records, scores them with {@link Scoring}, stores the result with its audit entry, and reports.
 */
public final class Assessment implements AssessmentService {

    /** C4: how many confirmed violations each staff member of a site had with a date in the period. */
    @FunctionalInterface
    public interface ConfirmedViolations {
        Map<String, Long> count(long siteId, LocalDate from, LocalDate to);
    }

    private final AssessmentStore store;
    private final SiteService sites;
    private final QueueReports queue;
    private final AttendanceService attendance;
    private final ConfirmedViolations violations;
    private final Supplier<Optional<FeedbackReports>> feedback;
    private final AuditLog audit;
    private final Clock clock;
    private final BiConsumer<String, Map<String, Object>> publisher;

    /**
     * @param feedback the complaint area's figures when it runs (an optional service)
     * @param publisher receives each event (topic, properties) after its transaction committed
     */
    public Assessment(DataSource dataSource, SiteService sites, QueueReports queue, AttendanceService attendance,
            ConfirmedViolations violations, Supplier<Optional<FeedbackReports>> feedback, AuditLog audit, Clock clock,
            BiConsumer<String, Map<String, Object>> publisher) {
        this.store = new AssessmentStore(dataSource);
        this.sites = sites;
        this.queue = queue;
        this.attendance = attendance;
        this.violations = violations;
        this.feedback = feedback;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The platform's clock (screens show the current period by it). */
    public Clock clock() {
        return clock;
    }

    private Staff staff(long siteId, String staffNumber) {
        if (staffNumber == null || staffNumber.isBlank()) {
            throw ValidationException.of("staffNumber", "is required");
        }
        String n = staffNumber.trim();
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new NotFound("Staff member", n + " at site " + sites.site(siteId).code()));
    }

    private void publish(String topic, long siteId, Object... keyValues) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AssessmentEvents.SITE, siteId);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                p.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        publisher.accept(topic, Map.copyOf(p));
    }

    // ---- settings

    @Override
    public AssessmentSettings settings(long siteId) {
        sites.site(siteId);
        return store.read(c -> store.settings(c, siteId)).orElse(AssessmentSettings.DEFAULTS);
    }

    @Override
    public AssessmentSettings setSettings(Actor actor, long siteId, AssessmentSettings settings) {
        actor.require(Role.ADMIN, "change the assessment weights");
        sites.site(siteId);
        Scoring.validate(settings);
        store.inTransaction(c -> {
            AssessmentSettings before = store.settings(c, siteId).orElse(AssessmentSettings.DEFAULTS);
            store.putSettings(c, siteId, settings);
            audit.record(c, actor, "update", "assessment-settings", siteId, before, settings);
            return null;
        });
        publish(AssessmentEvents.SETTINGS_CHANGED, siteId);
        return settings;
    }

    // ---- M1 assessment

    @Override
    public AssessmentResult assess(Actor actor, long siteId, Period period, boolean replace) {
        actor.require(Role.SUPERVISOR, "run an assessment");
        if (period == null) {
            throw ValidationException.of("period", "is required");
        }
        Site site = sites.site(siteId);
        if (period.from().isAfter(LocalDate.now(clock))) {
            throw ValidationException.of("period", period + " has not begun yet");
        }
        AssessmentSettings settings = settings(siteId);
        Optional<FeedbackReports> fb = feedback.get();
        List<Scoring.Inputs> inputs = inputs(siteId, period, fb);
        List<StaffScore> scores = Scoring.score(inputs, settings);
        List<Scoring.ProposalDraft> drafts = Scoring.proposals(scores, settings);
        Instant now = now();
        List<Proposal> made = new ArrayList<>();
        boolean[] replaced = { false };
        long runId = store.inTransaction(c -> {
            Optional<AssessmentResult> existing = store.run(c, siteId, period);
            if (existing.isPresent()) {
                if (!replace) {
                    throw new Conflict(site.code() + " was already assessed for " + period + " (by " + existing.get().ranBy() + " at "
                            + existing.get().ranAt() + "); re-run it explicitly to replace the result");
                }
                store.deleteRun(c, existing.get().id());
                replaced[0] = true;
                for (Proposal p : store.proposals(c, siteId, period)) {
                    if (p.status() == ProposalStatus.PROPOSED
                            && store.decideProposal(c, p.id(), ProposalStatus.PROPOSED, ProposalStatus.WITHDRAWN, actor.username(), now,
                                    "replaced by a re-run of " + period)) {
                        audit.record(c, actor, "withdraw", "assessment-proposal", p.id(), p.status(), ProposalStatus.WITHDRAWN);
                    }
                }
            }
            long id = store.insertRun(c, siteId, period, settings, fb.isPresent(), now, actor.username(), scores);
            audit.record(c, actor, replaced[0] ? "reassess" : "assess", "assessment", site.code() + " " + period,
                    existing.map(Assessment::summary).orElse(null), summary(scores, settings));
            Set<String> decided = new HashSet<>();
            for (Proposal p : store.proposals(c, siteId, period)) {
                if (p.status() == ProposalStatus.CONFIRMED || p.status() == ProposalStatus.REJECTED) {
                    decided.add(p.staffNumber() + "/" + p.kind());
                }
            }
            for (Scoring.ProposalDraft d : drafts) {
                if (decided.contains(d.score().staffNumber() + "/" + d.kind())) {
                    continue; // a supervisor already decided the same proposal for this period
                }
                Proposal draft = new Proposal(0, siteId, period, d.score().staffNumber(), d.score().staffName(), d.kind(), d.score().total(),
                        d.score().rank(), ProposalStatus.PROPOSED, now, null, null, null);
                long pid = store.insertProposal(c, draft);
                Proposal p = new Proposal(pid, siteId, period, draft.staffNumber(), draft.staffName(), draft.kind(), draft.score(),
                        draft.rank(), draft.status(), now, null, null, null);
                audit.record(c, actor, "propose", "assessment-proposal", pid, null, p);
                made.add(p);
            }
            return id;
        });
        publish(AssessmentEvents.ASSESSED, siteId, AssessmentEvents.PERIOD, period.toString(), AssessmentEvents.ID, runId,
                AssessmentEvents.REPLACED, replaced[0], AssessmentEvents.STAFF_COUNT, scores.size());
        for (Proposal p : made) {
            publish(AssessmentEvents.PROPOSAL_MADE, siteId, AssessmentEvents.ID, p.id(), AssessmentEvents.PERIOD, period.toString(),
                    AssessmentEvents.STAFF_NUMBER, p.staffNumber(), AssessmentEvents.KIND, p.kind().name(), AssessmentEvents.SCORE,
                    p.score(), AssessmentEvents.RANK, p.rank());
        }
        return new AssessmentResult(runId, siteId, period, settings, now, actor.username(), fb.isPresent(), scores);
    }

    private static String summary(AssessmentResult r) {
        return summary(r.scores(), r.settings());
    }

    private static String summary(List<StaffScore> scores, AssessmentSettings s) {
        String list = scores.stream().map(x -> x.staffNumber() + "=" + x.total()).collect(Collectors.joining(", "));
        String text = "weights " + s.weightsText() + ": " + list;
        return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
    }

    /** Everything the scores are computed from, one entry per active staff member (and anyone else who served). */
    List<Scoring.Inputs> inputs(long siteId, Period period, Optional<FeedbackReports> fb) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, String> names = new LinkedHashMap<>();
        sites.staff(siteId).stream().filter(Staff::active).sorted(Comparator.comparing(Staff::staffNumber))
                .forEach(s -> names.put(s.staffNumber(), s.name()));
        Map<String, ServiceFigures> figures = queue.figures(siteId, from, to, QueueReports.Grouping.STAFF, queue.waitTarget()).stream()
                .collect(Collectors.toMap(ServiceFigures::key, Function.identity(), (a, b) -> a));
        Map<String, StaffFeedback> ratings = fb.map(f -> f.byStaff(siteId, from, to)).orElse(List.of()).stream()
                .collect(Collectors.toMap(StaffFeedback::staffNumber, Function.identity(), (a, b) -> a));
        Map<String, Scoring.Conduct> attendanceByStaff = new HashMap<>();
        for (YearMonth m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
            for (MonthlyReport.Line l : attendance.report(siteId, m).lines()) {
                attendanceByStaff.merge(l.staffNumber(), new Scoring.Conduct(l.late(), l.absent(), l.earlyLeave(),
                        (int) l.awayFromPost().toMinutes(), 0), Scoring.Conduct::plus);
            }
        }
        Map<String, Long> confirmed = violations.count(siteId, from, to);
        Map<String, Scoring.Training> training = new HashMap<>();
        for (AssessmentStore.StaffOutcome o : store.read(c -> store.outcomes(c, siteId, from, to))) {
            training.merge(o.staffNumber(), Scoring.Training.of(o.outcome()), Scoring.Training::plus);
        }
        Map<String, Long> errors = store.read(c -> store.errors(c, siteId, from, to)).stream()
                .collect(Collectors.groupingBy(ServiceError::staffNumber, Collectors.counting()));
        List<Scoring.Inputs> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String n = e.getKey();
            out.add(new Scoring.Inputs(n, e.getValue(), feedback(ratings.get(n)), tickets(figures.get(n)),
                    attendanceByStaff.getOrDefault(n, Scoring.Conduct.CLEAN).withViolations(confirmed.getOrDefault(n, 0L)),
                    training.getOrDefault(n, Scoring.Training.NONE).withErrors(errors.getOrDefault(n, 0L))));
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

    @Override
    public Optional<AssessmentResult> result(long siteId, Period period) {
        return store.read(c -> store.run(c, siteId, period));
    }

    @Override
    public List<Period> assessedPeriods(long siteId) {
        return store.read(c -> store.periods(c, siteId));
    }

    @Override
    public List<Proposal> proposals(long siteId, ProposalStatus status) {
        return store.read(c -> store.proposals(c, siteId, status));
    }

    @Override
    public Proposal decideProposal(Actor actor, long proposalId, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, "decide an assessment proposal");
        Validator v = new Validator().maxLength("note", note, 500);
        v.check(confirm || (note != null && !note.isBlank()), "note", "a rejection needs the reason");
        v.throwIfInvalid();
        String n = note == null || note.isBlank() ? null : note.trim();
        ProposalStatus to = confirm ? ProposalStatus.CONFIRMED : ProposalStatus.REJECTED;
        Instant now = now();
        Proposal decided = store.inTransaction(c -> {
            Proposal p = store.proposal(c, proposalId).orElseThrow(() -> new NotFound("Proposal", proposalId));
            if (p.status() != ProposalStatus.PROPOSED || !store.decideProposal(c, proposalId, ProposalStatus.PROPOSED, to,
                    actor.username(), now, n)) {
                throw new Conflict("the proposal for " + p.staffName() + " (" + p.staffNumber() + ") is " + p.status()
                        + " already; only a PROPOSED one can be decided");
            }
            Proposal after = store.proposal(c, proposalId).orElseThrow();
            audit.record(c, actor, confirm ? "confirm" : "reject", "assessment-proposal", proposalId, p.status(), to + (n == null ? "" : ": " + n));
            return after;
        });
        publish(AssessmentEvents.PROPOSAL_DECIDED, decided.siteId(), AssessmentEvents.ID, proposalId, AssessmentEvents.STAFF_NUMBER,
                decided.staffNumber(), AssessmentEvents.KIND, decided.kind().name(), AssessmentEvents.STATUS, to.name());
        return decided;
    }

    // ---- M2 training and errors

    @Override
    public List<Course> courses(long siteId, LocalDate from, LocalDate to) {
        return store.read(c -> store.courses(c, siteId, from, to));
    }

    private static void checkCourse(CourseDraft d) {
        Validator v = new Validator();
        v.check(d != null, "course", "is required");
        if (d != null) {
            v.required("title", d.title()).maxLength("title", d.title() == null ? null : d.title().trim(), 200);
            v.check(d.date() != null, "date", "is required");
            v.check(d.hours() != null, "hours", "is required");
            if (d.hours() != null) {
                v.check(d.hours().compareTo(new BigDecimal("0.5")) >= 0 && d.hours().compareTo(new BigDecimal("100")) <= 0, "hours",
                        "is " + d.hours().toPlainString() + "; it must be between 0.5 and 100");
                v.check(d.hours().scale() <= 1 || d.hours().stripTrailingZeros().scale() <= 1, "hours", "takes at most one decimal");
            }
        }
        v.throwIfInvalid();
    }

    @Override
    public Course addCourse(Actor actor, long siteId, CourseDraft draft) {
        actor.require(Role.SUPERVISOR, "record training");
        sites.site(siteId);
        checkCourse(draft);
        String title = draft.title().trim();
        BigDecimal hours = draft.hours().setScale(1, java.math.RoundingMode.UNNECESSARY);
        Course course = store.inTransaction(c -> {
            long id = store.insertCourse(c, siteId, title, draft.date(), hours);
            Course k = new Course(id, siteId, title, draft.date(), hours);
            audit.record(c, actor, "create", "training-course", id, null, k);
            return k;
        });
        publish(AssessmentEvents.TRAINING_CHANGED, siteId, AssessmentEvents.ID, course.id(), AssessmentEvents.WHAT, "course");
        return course;
    }

    @Override
    public Course updateCourse(Actor actor, long courseId, CourseDraft draft) {
        actor.require(Role.SUPERVISOR, "record training");
        checkCourse(draft);
        String title = draft.title().trim();
        BigDecimal hours = draft.hours().setScale(1, java.math.RoundingMode.UNNECESSARY);
        Course course = store.inTransaction(c -> {
            Course before = store.course(c, courseId).orElseThrow(() -> new NotFound("Course", courseId));
            store.updateCourse(c, courseId, title, draft.date(), hours);
            Course after = new Course(courseId, before.siteId(), title, draft.date(), hours);
            audit.record(c, actor, "update", "training-course", courseId, before, after);
            return after;
        });
        publish(AssessmentEvents.TRAINING_CHANGED, course.siteId(), AssessmentEvents.ID, courseId, AssessmentEvents.WHAT, "course");
        return course;
    }

    @Override
    public void removeCourse(Actor actor, long courseId) {
        actor.require(Role.SUPERVISOR, "record training");
        Course removed = store.inTransaction(c -> {
            Course before = store.course(c, courseId).orElseThrow(() -> new NotFound("Course", courseId));
            int participants = store.participants(c, courseId).size();
            store.deleteCourse(c, courseId);
            audit.record(c, actor, "delete", "training-course", courseId, before + " with " + participants + " participants", null);
            return before;
        });
        publish(AssessmentEvents.TRAINING_CHANGED, removed.siteId(), AssessmentEvents.ID, courseId, AssessmentEvents.WHAT, "course");
    }

    @Override
    public List<Participation> participants(long courseId) {
        return store.read(c -> store.participants(c, courseId));
    }

    @Override
    public Participation recordParticipation(Actor actor, long courseId, String staffNumber, TrainingOutcome outcome) {
        actor.require(Role.SUPERVISOR, "record training");
        if (outcome == null) {
            throw ValidationException.of("outcome", "is required: PASSED, ATTENDED or ABSENT");
        }
        Course course = store.read(c -> store.course(c, courseId)).orElseThrow(() -> new NotFound("Course", courseId));
        Staff s = staff(course.siteId(), staffNumber);
        Participation p = store.inTransaction(c -> {
            Optional<Participation> existing = store.participants(c, courseId).stream()
                    .filter(x -> x.staffNumber().equals(s.staffNumber())).findFirst();
            if (existing.isPresent()) {
                store.updateParticipation(c, existing.get().id(), outcome);
                Participation after = new Participation(existing.get().id(), courseId, s.staffNumber(), s.name(), outcome);
                audit.record(c, actor, "update", "training-participation", after.id(), existing.get(), after);
                return after;
            }
            long id = store.insertParticipation(c, courseId, s.staffNumber(), s.name(), outcome);
            Participation after = new Participation(id, courseId, s.staffNumber(), s.name(), outcome);
            audit.record(c, actor, "create", "training-participation", id, null, after);
            return after;
        });
        publish(AssessmentEvents.TRAINING_CHANGED, course.siteId(), AssessmentEvents.ID, p.id(), AssessmentEvents.WHAT, "participation");
        return p;
    }

    @Override
    public void removeParticipation(Actor actor, long participationId) {
        actor.require(Role.SUPERVISOR, "record training");
        long siteId = store.inTransaction(c -> {
            Participation p = store.participation(c, participationId).orElseThrow(() -> new NotFound("Participation", participationId));
            store.deleteParticipation(c, participationId);
            audit.record(c, actor, "delete", "training-participation", participationId, p, null);
            return store.course(c, p.courseId()).map(Course::siteId).orElse(0L);
        });
        publish(AssessmentEvents.TRAINING_CHANGED, siteId, AssessmentEvents.ID, participationId, AssessmentEvents.WHAT, "participation");
    }

    @Override
    public List<ServiceError> errors(long siteId, LocalDate from, LocalDate to) {
        return store.read(c -> store.errors(c, siteId, from, to));
    }

    @Override
    public ServiceError recordError(Actor actor, long siteId, String staffNumber, LocalDate date, String note) {
        actor.require(Role.SUPERVISOR, "record a service error");
        Validator v = new Validator();
        v.check(date != null, "date", "is required").required("note", note).maxLength("note", note == null ? null : note.trim(), 500);
        if (date != null) {
            v.check(!date.isAfter(LocalDate.now(clock)), "date", "must not be in the future");
        }
        v.throwIfInvalid();
        Staff s = staff(siteId, staffNumber);
        Instant now = now();
        ServiceError e = store.inTransaction(c -> {
            ServiceError draft = new ServiceError(0, siteId, s.staffNumber(), s.name(), date, note.trim(), actor.username(), now);
            long id = store.insertError(c, draft);
            ServiceError saved = new ServiceError(id, siteId, s.staffNumber(), s.name(), date, note.trim(), actor.username(), now);
            audit.record(c, actor, "create", "service-error", id, null, saved);
            return saved;
        });
        publish(AssessmentEvents.TRAINING_CHANGED, siteId, AssessmentEvents.ID, e.id(), AssessmentEvents.WHAT, "error");
        return e;
    }

    @Override
    public void removeError(Actor actor, long errorId) {
        actor.require(Role.SUPERVISOR, "remove a service error");
        ServiceError removed = store.inTransaction(c -> {
            ServiceError e = store.error(c, errorId).orElseThrow(() -> new NotFound("Service error", errorId));
            store.deleteError(c, errorId);
            audit.record(c, actor, "delete", "service-error", errorId, e, null);
            return e;
        });
        publish(AssessmentEvents.TRAINING_CHANGED, removed.siteId(), AssessmentEvents.ID, errorId, AssessmentEvents.WHAT, "error");
    }

    // ---- M3 reports

    /** Ratings summed: score × count and count. */
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

    @Override
    public List<ReportLine> report(long siteId, Period period, ReportGrouping grouping) {
        if (grouping == null) {
            throw ValidationException.of("by", "is required: STAFF, WINDOW, SERVICE, DAY or SITE");
        }
        Site site = sites.site(siteId);
        LocalDate from = period.from();
        LocalDate to = period.to();
        Duration target = queue.waitTarget();
        Optional<FeedbackReports> fb = feedback.get();
        switch (grouping) {
            case STAFF: {
                Map<String, String> names = sites.staff(siteId).stream()
                        .collect(Collectors.toMap(Staff::staffNumber, Staff::name, (a, b) -> a));
                Map<String, StaffFeedback> ratings = fb.map(f -> f.byStaff(siteId, from, to)).orElse(List.of()).stream()
                        .collect(Collectors.toMap(StaffFeedback::staffNumber, Function.identity(), (a, b) -> a));
                Map<String, Double> totals = result(siteId, period).map(r -> r.scores().stream()
                        .collect(Collectors.toMap(StaffScore::staffNumber, StaffScore::total, (a, b) -> a))).orElse(Map.of());
                Map<String, ServiceFigures> figures = new LinkedHashMap<>();
                queue.figures(siteId, from, to, QueueReports.Grouping.STAFF, target).forEach(f -> figures.put(f.key(), f));
                Set<String> keys = new java.util.TreeSet<>(figures.keySet());
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
            case WINDOW: {
                Map<String, String> names = sites.windows(siteId).stream()
                        .collect(Collectors.toMap(w -> String.valueOf(w.number()), org.servicehall.site.Window::name, (a, b) -> a));
                Map<Integer, Rated> rated = fb.isPresent() ? windowRatings(siteId, from, to, fb.get()) : Map.of();
                return queue.figures(siteId, from, to, QueueReports.Grouping.WINDOW, target).stream()
                        .map(f -> line(f.key(), names.getOrDefault(f.key(), f.key()), f,
                                rated.getOrDefault(Integer.valueOf(f.key()), new Rated()), Double.NaN))
                        .toList();
            }
            case SERVICE: {
                Map<String, String> names = sites.serviceItems(siteId).stream()
                        .collect(Collectors.toMap(org.servicehall.site.ServiceItem::code, org.servicehall.site.ServiceItem::name, (a, b) -> a));
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

    private static ReportLine line(String key, String label, ServiceFigures f, Rated r, double score) {
        if (f == null) {
            f = new ServiceFigures(key, 0, 0, 0, Duration.ZERO, Duration.ZERO, 0);
        }
        return new ReportLine(key, label, f.served(), f.noShows(), f.averageWait(), f.averageService(), f.withinTargetShare(), r.average(),
                Math.round(r.count), r.complaints, score);
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
            out.add(new SiteComparison(s.id(), s.code(), s.name(), l.served(), l.noShows(), l.averageWait(), l.averageService(),
                    l.withinTargetShare(), l.averageRating(), l.ratings(), l.complaints(), l.score(), assessed));
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
            out.add(new WindowRank(rank, Integer.parseInt(l.key()), l.label(), l.served(), l.averageWait(), l.withinTargetShare(),
                    l.averageRating(), l.ratings()));
        }
        return out;
    }
}
