package org.servicehall.attendance.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.servicehall.attendance.AlertKind;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.StaffingAlert;
import org.servicehall.attendance.StaffingRule;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.site.Window;

/**
 * The live staffing rules, fired by the queue and attendance state (A2, A3): which alerts stand
 * now. Plain Java over a snapshot, so each rule is tested alone; {@link StaffingAlerts} evaluates it on a
 * timer and on queue events, and publishes each alert once while it stands.
 */
final class StaffingRules implements StaffingRule {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** One standing alert of the core's rules. */
    record Alert(AlertKind kind, String key, String message, Integer window, String service, String staffNumber) {
        StaffingAlert toApi() {
            return new StaffingAlert(kind.name(), key, message, window, service, staffNumber);
        }
    }

    /** The hall as the rules see it (the API's snapshot). */
    static Snapshot snapshot(StaffingSnapshot s) {
        return new Snapshot(s.now(), s.zone(), s.windows(), s.posts(), s.shifts(), s.todaysRecords(), s.waiting(), s.closedWindows(),
                s.busyWindows(), s.lastActivity());
    }

    /** What the rules look at: the hall as it is at {@code now}. */
    record Snapshot(Instant now, ZoneId zone, Collection<Window> windows, Collection<Post> posts, Collection<Shift> shifts,
            Collection<AttendanceRecord> todaysRecords, Map<String, Integer> waiting, Set<Integer> closedWindows,
            Set<Integer> busyWindows, Map<Integer, Instant> lastActivity) {
    }

    @Override
    public List<StaffingAlert> evaluate(StaffingSnapshot hall) {
        return evaluate(snapshot(hall)).stream().map(Alert::toApi).toList();
    }

    /**
     * Every rule's alerts: the core's and the plugins'. A rule that throws is left out (logged by
     * {@code onFailure}); the others' alerts stand. Alerts with the same key count once.
     */
    static List<StaffingAlert> evaluateAll(StaffingSnapshot hall, List<StaffingRule> rules,
            BiConsumer<StaffingRule, RuntimeException> onFailure) {
        Map<String, StaffingAlert> byKey = new LinkedHashMap<>();
        for (StaffingRule rule : rules) {
            try {
                List<StaffingAlert> found = rule.evaluate(hall);
                if (found != null) {
                    found.forEach(a -> byKey.putIfAbsent(a.key(), a));
                }
            } catch (RuntimeException e) {
                onFailure.accept(rule, e);
            }
        }
        return List.copyOf(byKey.values());
    }

    private final Duration idleAfter;

    StaffingRules(Duration idleAfter) {
        this.idleAfter = idleAfter;
    }

    List<Alert> evaluate(Snapshot s) {
        List<Alert> alerts = new ArrayList<>();
        noClockInAtOpening(s, alerts);
        for (Post p : s.posts()) {
            Window w = window(s, p.record().windowNumber());
            if (w == null) {
                continue;
            }
            int waiting = waitingFor(s, w);
            if (p.leave().isPresent() && waiting > 0) {
                alerts.add(new Alert(AlertKind.LEFT_POST_WHILE_WAITING, "left:" + p.leave().get().id(),
                        p.record().staffName() + " left window " + w.number() + " at " + time(s, p.leave().get().leftAt()) + " ("
                                + p.leave().get().reason() + ") while " + waiting + " wait for its services",
                        w.number(), null, p.record().staffNumber()));
            } else if (p.staffed() && waiting > 0 && !s.closedWindows().contains(w.number()) && !s.busyWindows().contains(w.number())) {
                Instant since = latest(p.record().clockIn(), s.lastActivity().get(w.number()));
                if (p.leave().isEmpty() && Duration.between(since, s.now()).compareTo(idleAfter) > 0) {
                    alerts.add(new Alert(AlertKind.IDLE_WINDOW, "idle:" + w.number() + ":" + since,
                            "window " + w.number() + " (" + p.record().staffName() + ") has been idle since " + time(s, since) + " while "
                                    + waiting + " wait for its services",
                            w.number(), null, p.record().staffNumber()));
                }
            }
        }
        for (Map.Entry<String, Integer> e : s.waiting().entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            boolean served = s.windows().stream().anyMatch(w -> w.serviceCodes().contains(e.getKey()) && !s.closedWindows().contains(w.number())
                    && s.posts().stream().anyMatch(p -> p.record().windowNumber() == w.number() && p.staffed()));
            if (!served) {
                alerts.add(new Alert(AlertKind.SERVICE_UNSTAFFED, "unstaffed:" + e.getKey(), e.getValue() + " wait for " + e.getKey()
                        + " and no open window with staff at the post serves it: staff a window or divert the tickets", null, e.getKey(), null));
            }
        }
        return alerts;
    }

    /** A2: a rostered window opened and its staff member has not clocked in today. */
    private static void noClockInAtOpening(Snapshot s, List<Alert> alerts) {
        for (Shift shift : s.shifts()) {
            Instant opens = shift.date().atTime(shift.start()).atZone(s.zone()).toInstant();
            Instant ends = shift.date().atTime(shift.end()).atZone(s.zone()).toInstant();
            boolean clockedIn = s.todaysRecords().stream().anyMatch(r -> r.staffId() == shift.staffId() && r.clockIn() != null);
            if (!clockedIn && !s.now().isBefore(opens) && s.now().isBefore(ends)) {
                alerts.add(new Alert(AlertKind.NO_CLOCK_IN_AT_OPENING, "noclock:" + shift.staffId() + ":" + shift.date(),
                        shift.staffName() + " (" + shift.staffNumber() + ") has not clocked in; window " + shift.windowNumber() + " opened at "
                                + shift.start(),
                        shift.windowNumber(), null, shift.staffNumber()));
            }
        }
    }

    private static int waitingFor(Snapshot s, Window w) {
        return w.serviceCodes().stream().mapToInt(c -> s.waiting().getOrDefault(c, 0)).sum();
    }

    private static Window window(Snapshot s, int number) {
        return s.windows().stream().filter(w -> w.number() == number).findFirst().orElse(null);
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String time(Snapshot s, Instant i) {
        return HM.format(i.atZone(s.zone()));
    }
}
