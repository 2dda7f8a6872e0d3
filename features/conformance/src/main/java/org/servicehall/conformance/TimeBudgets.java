package org.servicehall.conformance;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.StaffingRule;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.ApplicantPrivacy;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRequest;
import org.servicehall.common.HallException;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.Channel;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Window;

/**
 * The time budget of each extension point a plugin's rules implement (issue 18: "the plugin's rules
 * answer within their time budget"). The platform calls these rules while a person waits (a call
 * at a window, a keystroke in a note, a fee form, a case list) or on a timer for the whole hall, so
 * each must answer a realistic input of a busy hall within its budget; docs/plugins.md lists them.
 *
 * <p>This is a limit a rule meets or plainly misses (a lookup per ticket, a sleep, a quadratic
 * scan), not a benchmark: a rule gets {@link #TRIES} tries at its input, built before the clock
 * starts, and passes when one of them answers within the budget (the first may pay for the JIT).
 * A try that overruns is abandoned at the budget, so a slow rule fails in a second, not in the time
 * it would take.
 */
public final class TimeBudgets {
    /** Tries a rule gets; the fastest counts. */
    static final int TRIES = 3;
    /** The busy hall's clock for every input: a weekday at 16:30 in Beijing, the hall open since 08:30. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ZonedDateTime NOW = ZonedDateTime.of(LocalDate.of(2026, 11, 30), LocalTime.of(16, 30), ZONE);
    private static final long SITE = 1;
    /** The staff member who calls, for a call guard. */
    private static final Actor CALLER = new Actor("d001", "Counter one", EnumSet.of(Role.STAFF));

    /**
     * One extension point: its interface, what a vendor calls it, its budget and the input it must
     * answer within it.
     *
     * @param type the interface a plugin's rule implements
     * @param name what the kit calls it in a message ({@code priority policy})
     * @param budget the time the input must be answered in
     * @param work what the rule does with the input, as a message reads it ({@code order 10,000 waiting tickets})
     * @param input the realistic input, built from the plugin's sector and service items before the clock starts
     * @param answer the rule at work on the input, as the platform calls it
     */
    public record ExtensionPoint<T, I>(Class<T> type, String name, Duration budget, String work, Function<Plugin, I> input,
            BiConsumer<T, I> answer) {

        /** Runs {@code rule} on the input once; how long it took, or null when it overran the budget. */
        Duration time(Object rule, I in) throws ExecutionException, InterruptedException {
            T typed = type.cast(rule);
            long t0 = System.nanoTime();
            CompletableFuture<Void> run = CompletableFuture.runAsync(() -> answer.accept(typed, in), TimeBudgets::onItsOwnThread);
            try {
                run.get(budget.toNanos(), TimeUnit.NANOSECONDS);
                return Duration.ofNanos(System.nanoTime() - t0);
            } catch (TimeoutException e) {
                run.cancel(true);
                return null;
            }
        }
    }

    /** What the inputs are made of: the plugin's sector and its service items' codes. */
    public record Plugin(String sector, List<String> serviceCodes) {
        public Plugin {
            serviceCodes = serviceCodes.isEmpty() ? List.of(sector.toUpperCase() + "-1") : List.copyOf(serviceCodes);
        }
    }

    /** Every extension point whose rules answer while the platform waits, with its budget (docs/plugins.md). */
    public static final List<ExtensionPoint<?, ?>> POINTS = List.of(
            new ExtensionPoint<>(PriorityPolicy.class, "priority policy", Duration.ofMillis(200),
                    "order 10,000 waiting tickets (a call at a window waits for it)", TimeBudgets::waitingTickets,
                    (PriorityPolicy policy, Waiting queue) -> {
                        policy.appliesTo(queue.sector(), queue.serviceCodes());
                        new ArrayList<>(queue.tickets()).sort(policy.order(NOW.toInstant()));
                    }),
            new ExtensionPoint<>(StaffingRule.class, "staffing rule", Duration.ofMillis(200),
                    "evaluate a hall of 60 windows and 60 staff with 10,000 waiting (run on a timer and at every sign-in)",
                    TimeBudgets::busyHall, StaffingRule::evaluate),
            new ExtensionPoint<>(CallGuard.class, "call guard", Duration.ofMillis(200),
                    "answer 100 calls, one at each of 100 windows (each call waits for it)", p -> guardedCalls(),
                    (CallGuard guard, List<Integer> windows) -> windows.forEach(w -> {
                        try {
                            guard.check(CALLER, SITE, 1000 + w, w);
                        } catch (HallException refused) {
                            // a refusal, with its reason, is an answer too
                        }
                    })),
            new ExtensionPoint<>(CitizenTextCheck.class, "citizen text check", Duration.ofMillis(200),
                    "check 1,000 notes of about 60 characters (it runs at every keystroke)", p -> notes(),
                    (CitizenTextCheck check, List<String> notes) -> notes.forEach(n -> check.check(SITE, n))),
            new ExtensionPoint<>(FeePolicy.class, "fee policy", Duration.ofMillis(200),
                    "decide 1,000 fee requests (the fee form waits for each)", TimeBudgets::feeRequests,
                    (FeePolicy policy, List<FeeRequest> requests) -> requests.forEach(r -> {
                        policy.sector();
                        policy.decide(r);
                    })),
            new ExtensionPoint<>(ApplicantPrivacy.class, "applicant privacy rule", Duration.ofMillis(200),
                    "mask 10,000 applicants (a case list shows each)", p -> applicants(),
                    (ApplicantPrivacy rule, List<Applicant> applicants) -> applicants.forEach(a -> {
                        rule.sector();
                        rule.masked(a);
                    })));

    private TimeBudgets() {
    }

    /**
     * The plugin's rules: every concrete class of the bundle on an extension point, the instance the
     * conformance test gives for it or else one made with its no-argument constructor. A rule the kit
     * can make neither way is a problem (it would go unchecked).
     */
    public static Rules rules(PluginArchive bundle, ClassLoader loader, List<Object> given) {
        List<Object> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : bundle.loadedClasses(loader)) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || pointsOf(type).isEmpty()) {
                continue;
            }
            Optional<Object> instance = given.stream().filter(g -> g.getClass() == type).findFirst();
            if (instance.isPresent()) {
                rules.add(instance.get());
                continue;
            }
            try {
                Constructor<?> none = type.getDeclaredConstructor();
                none.setAccessible(true);
                rules.add(none.newInstance());
            } catch (NoSuchMethodException e) {
                problems.add("the " + pointsOf(type).get(0).name() + " " + type.getSimpleName() + " has no constructor without arguments, so "
                        + "the kit cannot check its time budget: give the kit one in plugin(), with .rule(new " + type.getSimpleName() + "(…))");
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                problems.add("the " + pointsOf(type).get(0).name() + " " + type.getSimpleName() + " could not be made with its constructor "
                        + "without arguments (" + cause + "): give the kit one in plugin(), with .rule(new " + type.getSimpleName() + "(…))");
            }
        }
        return new Rules(rules, problems);
    }

    /** The rules found and the problems met finding them. */
    public record Rules(List<Object> instances, List<String> problems) {
    }

    /** The extension points a class implements. */
    static List<ExtensionPoint<?, ?>> pointsOf(Class<?> type) {
        return POINTS.stream().filter(p -> p.type().isAssignableFrom(type)).toList();
    }

    /**
     * Each rule at each extension point it implements, on that point's input: a problem for every
     * one that does not answer within its budget in any of its tries, or fails on the input.
     */
    public static List<String> check(List<Object> rules, Plugin plugin) {
        List<String> problems = new ArrayList<>();
        for (Object rule : rules) {
            for (ExtensionPoint<?, ?> point : pointsOf(rule.getClass())) {
                problems.addAll(check(rule, point, plugin));
            }
        }
        return problems;
    }

    private static <T, I> List<String> check(Object rule, ExtensionPoint<T, I> point, Plugin plugin) {
        I in = point.input().apply(plugin);
        String who = "the " + point.name() + " " + rule.getClass().getSimpleName();
        try {
            for (int i = 0; i < TRIES; i++) {
                if (point.time(rule, in) != null) {
                    return List.of();
                }
            }
        } catch (ExecutionException e) {
            return List.of(who + " failed when asked to " + point.work() + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(who + " was not checked: the check was interrupted");
        }
        return List.of(who + " did not " + point.work() + " within its budget of " + point.budget().toMillis() + " ms (" + TRIES
                + " tries): a rule the platform calls while people wait must not look things up or wait for each item; "
                + "load what it needs once, or keep it in memory");
    }

    /** A try runs on a daemon thread of its own: one that overruns is left behind (interrupted) and cannot keep the JVM up. */
    private static void onItsOwnThread(Runnable r) {
        Thread t = new Thread(r, "conformance-time-budget");
        t.setDaemon(true);
        t.start();
    }

    // --- the realistic inputs ---

    /** The tickets waiting for a window of the sector serving these services (a policy is asked first whether it applies). */
    record Waiting(String sector, Set<String> serviceCodes, List<Ticket> tickets) {
    }

    /** 10,000 tickets waiting at 16:30 for the plugin's services, issued since 08:30, one in ten a priority ticket. */
    static Waiting waitingTickets(Plugin plugin) {
        List<Ticket> tickets = new ArrayList<>(10_000);
        PriorityClass[] priorities = PriorityClass.values();
        Instant open = NOW.with(LocalTime.of(8, 30)).toInstant();
        long day = Duration.between(open, NOW.toInstant()).toMillis();
        for (int i = 0; i < 10_000; i++) {
            String service = plugin.serviceCodes().get(i % plugin.serviceCodes().size());
            PriorityClass priority = i % 10 == 3 ? priorities[1 + i / 10 % (priorities.length - 1)] : PriorityClass.NORMAL;
            tickets.add(Ticket.builder().id(100_000 + i).siteId(SITE).serviceCode(service).number("A" + (i + 1)).sequence(i + 1)
                    .businessDate(NOW.toLocalDate()).priority(priority).channel(i % 4 == 0 ? Channel.KIOSK : Channel.API)
                    .status(TicketStatus.WAITING).issuedAt(open.plusMillis(day * i / 10_000)).build());
        }
        return new Waiting(plugin.sector(), new TreeSet<>(plugin.serviceCodes()), tickets);
    }

    /** A busy hall: 60 windows for the plugin's services, 60 staff signed in, 10,000 waiting, a third of the windows busy. */
    static StaffingSnapshot busyHall(Plugin plugin) {
        List<Window> windows = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        Map<String, Integer> waiting = new HashMap<>();
        Set<Integer> busy = new HashSet<>();
        Map<Integer, Instant> lastActivity = new HashMap<>();
        Instant now = NOW.toInstant();
        for (int w = 1; w <= 60; w++) {
            String service = plugin.serviceCodes().get(w % plugin.serviceCodes().size());
            windows.add(new Window(1000 + w, SITE, w, "Window " + w, Set.of(service)));
            AttendanceRecord record = AttendanceRecord.builder().id(w).siteId(SITE).staffId(w).staffNumber(String.format("D%03d", w))
                    .staffName("Staff " + w).windowNumber(w).date(NOW.toLocalDate()).shiftStart(LocalTime.of(8, 30))
                    .shiftEnd(LocalTime.of(17, 30)).clockIn(NOW.with(LocalTime.of(8, 25)).toInstant()).awayFromPost(Duration.ZERO)
                    .status(AttendanceStatus.ON_TIME).build();
            posts.add(new Post(record, Optional.empty()));
            if (w % 3 == 0) {
                busy.add(w);
            }
            lastActivity.put(w, now.minusSeconds(w * 7L));
        }
        for (int i = 0; i < 10_000; i++) {
            waiting.merge(plugin.serviceCodes().get(i % plugin.serviceCodes().size()), 1, Integer::sum);
        }
        return StaffingSnapshot.builder(SITE, now, ZONE).windows(windows).posts(posts).todaysRecords(posts.stream().map(Post::record).toList())
                .waiting(waiting).busyWindows(busy).lastActivity(lastActivity).build();
    }

    static List<Integer> guardedCalls() {
        List<Integer> windows = new ArrayList<>();
        for (int w = 1; w <= 100; w++) {
            windows.add(w);
        }
        return windows;
    }

    /** 1,000 notes as staff write them to citizens, Chinese and English, about 60 characters each, all different. */
    static List<String> notes() {
        String[] parts = {"请您携带身份证原件和复印件一份，", "材料齐全后到%d号窗口办理，", "预计%d个工作日内办结，届时短信通知您。",
                "Please bring your ID card and one copy; ", "window %d will finish it within %d working days. "};
        List<String> notes = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            StringBuilder note = new StringBuilder("A" + (101 + i) + ": ");
            for (int j = 0; j < 3; j++) {
                note.append(String.format(parts[(i + j) % parts.length], 1 + i % 30, 1 + i % 15));
            }
            notes.add(note.toString());
        }
        return notes;
    }

    /** 1,000 fee requests of the plugin's sector, its service items, two fee codes, amounts up to 100 yuan. */
    static List<FeeRequest> feeRequests(Plugin plugin) {
        List<FeeRequest> requests = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            String service = plugin.serviceCodes().get(i % plugin.serviceCodes().size());
            requests.add(new FeeRequest(SITE, "DEMO", 5000 + i, service, plugin.sector(), i % 2 == 0 ? "COPY" : "CERT",
                    "Fee " + (i + 1), BigDecimal.valueOf(5 + i % 96)));
        }
        return requests;
    }

    /** 10,000 applicants, people and organisations, with ID numbers and phones. */
    static List<Applicant> applicants() {
        List<Applicant> applicants = new ArrayList<>(10_000);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨"};
        for (int i = 0; i < 10_000; i++) {
            boolean person = i % 4 != 0;
            applicants.add(person
                    ? new Applicant(ApplicantKind.PERSON, surnames[i % surnames.length] + "明" + i, String.format("1101011990%08d", i),
                            String.format("139%08d", i))
                    : new Applicant(ApplicantKind.ORGANISATION, "北京市第" + i + "服务有限公司", String.format("91110000%010dX", i),
                            String.format("010%08d", i)));
        }
        return applicants;
    }
}
