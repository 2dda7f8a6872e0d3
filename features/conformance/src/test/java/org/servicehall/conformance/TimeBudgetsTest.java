package org.servicehall.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.servicehall.attendance.StaffingAlert;
import org.servicehall.attendance.StaffingRule;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.ApplicantPrivacy;
import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRequest;
import org.servicehall.common.HallException;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.TextFinding;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.site.Window;

/**
 * The kit's time budgets (issue 18): sound rules of every extension point answer the realistic
 * input within their budget; a rule that does work per item it should do once misses it and is
 * named with its budget; a rule that fails on the input, or that the kit cannot make, is named too.
 */
class TimeBudgetsTest {
    private static final TimeBudgets.Plugin DENTAL = new TimeBudgets.Plugin("dental", List.of("DEN-PERMIT", "DEN-COPY"));

    /** Priority first, then by issue: the shape of the archetype's and the hospital's policies. */
    static final class PriorityFirst implements PriorityPolicy {
        @Override
        public boolean appliesTo(String sector, Set<String> serviceCodes) {
            return "dental".equals(sector);
        }

        @Override
        public Comparator<Ticket> order(Instant now) {
            return Comparator.comparing((Ticket t) -> !t.priority().isPriority()).thenComparing(Ticket::issuedAt).thenComparingLong(Ticket::id);
        }
    }

    /** Looks each ticket up (here: waits 0.1 ms for it) at every comparison. */
    static final class LooksEachTicketUp implements PriorityPolicy {
        @Override
        public boolean appliesTo(String sector, Set<String> serviceCodes) {
            return true;
        }

        @Override
        public Comparator<Ticket> order(Instant now) {
            return Comparator.comparingLong(t -> {
                LockSupport.parkNanos(100_000);
                return t.id();
            });
        }
    }

    /** Too many waiting at a window with nobody busy. */
    static final class Crowded implements StaffingRule {
        @Override
        public List<StaffingAlert> evaluate(StaffingSnapshot hall) {
            List<StaffingAlert> alerts = new ArrayList<>();
            for (Window w : hall.windows()) {
                if (hall.waitingFor(w) > 100 && !hall.busyWindows().contains(w.number()) && hall.staffed(w.number())) {
                    alerts.add(StaffingAlert.of("CROWDED", "crowded-" + w.number(), "Many wait at window " + w.number()).atWindow(w.number()));
                }
            }
            return alerts;
        }
    }

    static final class NoCallsAtWindowSeven implements CallGuard {
        @Override
        public void check(Actor actor, long siteId, long windowId, int windowNumber) {
            if (windowNumber % 7 == 0) {
                throw new HallException("window " + windowNumber + " is closed for cleaning");
            }
        }
    }

    static final class Hurry implements CitizenTextCheck {
        @Override
        public List<TextFinding> check(long siteId, String text) {
            int at = text.indexOf("快点");
            return at < 0 ? List.of() : List.of(new TextFinding(at, at + 2, "快点", "请您稍候"));
        }
    }

    /** A sector's fee policy and privacy rule in one class: the kit checks it at both extension points. */
    static class CopiesOnlyMaskedWholly implements FeePolicy, ApplicantPrivacy {
        @Override
        public String sector() {
            return "dental";
        }

        @Override
        public FeeDecision decide(FeeRequest request) {
            return "COPY".equals(request.feeCode()) ? FeeDecision.allow("copy fee") : FeeDecision.refuse("no fee for " + request.feeCode());
        }

        @Override
        public Applicant masked(Applicant applicant) {
            return applicant.maskedWholly();
        }
    }

    /** Fails on the first organisation it sees. */
    static final class PeopleOnly extends CopiesOnlyMaskedWholly {
        @Override
        public Applicant masked(Applicant applicant) {
            if (applicant.kind() == ApplicantKind.ORGANISATION) {
                throw new IllegalArgumentException("not a person: " + applicant.name());
            }
            return applicant.masked();
        }
    }

    /** Needs a service the kit does not have. */
    static final class NeedsTheCatalogue extends CopiesOnlyMaskedWholly {
        private final Map<String, String> fees;

        NeedsTheCatalogue(Map<String, String> fees) {
            this.fees = fees;
        }

        @Override
        public FeeDecision decide(FeeRequest request) {
            return fees.containsKey(request.feeCode()) ? FeeDecision.allow(fees.get(request.feeCode())) : FeeDecision.refuse("no");
        }
    }

    @Test
    void soundRulesOfEveryExtensionPointAnswerWithinTheirBudgets() {
        List<Object> rules = List.of(new PriorityFirst(), new Crowded(), new NoCallsAtWindowSeven(), new Hurry(), new CopiesOnlyMaskedWholly());
        assertEquals(List.of(), TimeBudgets.check(rules, DENTAL));
        assertEquals(TimeBudgets.POINTS.size(), rules.stream().flatMap(r -> TimeBudgets.pointsOf(r.getClass()).stream()).distinct().count(),
                "a rule at each extension point");
    }

    @Test
    void aPolicyThatLooksEachTicketUpMissesItsBudgetAndIsNamedWithIt() {
        List<String> problems = TimeBudgets.check(List.of(new LooksEachTicketUp()), DENTAL);
        assertEquals(List.of("the priority policy LooksEachTicketUp did not order 10,000 waiting tickets (a call at a window waits for it) "
                + "within its budget of 200 ms (3 tries): a rule the platform calls while people wait must not look things up or wait for "
                + "each item; load what it needs once, or keep it in memory"), problems);
    }

    @Test
    void aRuleThatFailsOnTheInputIsNamedWithWhatItThrew() {
        List<String> problems = TimeBudgets.check(List.of(new PeopleOnly()), DENTAL);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("the applicant privacy rule PeopleOnly failed when asked to mask 10,000 applicants"
                + " (a case list shows each): java.lang.IllegalArgumentException: not a person: 北京市第0服务有限公司"), problems.get(0));
    }

    @Test
    void theKitFindsThePluginsRulesAndAsksForOneItCannotMake() {
        PluginArchive bundle = new PluginArchive(Path.of("dental.jar"), "com.example.dental", "1.0.0", "dental", List.of(), List.of(),
                List.of(PriorityFirst.class.getName(), NeedsTheCatalogue.class.getName(), TimeBudgetsTest.class.getName(), "com.example.Gone"),
                Map.of());
        TimeBudgets.Rules found = TimeBudgets.rules(bundle, getClass().getClassLoader(), List.of());
        assertEquals(1, found.instances().size());
        assertTrue(found.instances().get(0) instanceof PriorityFirst);
        assertEquals(List.of("the fee policy NeedsTheCatalogue has no constructor without arguments, so the kit cannot check its time budget:"
                + " give the kit one in plugin(), with .rule(new NeedsTheCatalogue(…))"), found.problems());

        NeedsTheCatalogue given = new NeedsTheCatalogue(Map.of("COPY", "copy fee"));
        TimeBudgets.Rules withIt = TimeBudgets.rules(bundle, getClass().getClassLoader(), List.of(given));
        assertEquals(List.of(), withIt.problems());
        assertTrue(withIt.instances().contains(given));
        assertEquals(List.of(), TimeBudgets.check(withIt.instances(), DENTAL));
    }

    @Test
    void theInputsAreTheBusyHallTheBudgetsSpeakOf() {
        TimeBudgets.Waiting queue = TimeBudgets.waitingTickets(DENTAL);
        assertEquals(10_000, queue.tickets().size());
        assertEquals(1_000, queue.tickets().stream().filter(t -> t.priority().isPriority()).count());
        assertEquals(Set.of("DEN-PERMIT", "DEN-COPY"), queue.serviceCodes());
        StaffingSnapshot hall = TimeBudgets.busyHall(DENTAL);
        assertEquals(60, hall.windows().size());
        assertEquals(10_000, hall.waiting().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(hall.staffed(60));
        assertEquals(1_000, TimeBudgets.notes().stream().distinct().count());
        assertEquals(10_000, TimeBudgets.applicants().size());
        assertEquals(1_000, TimeBudgets.feeRequests(DENTAL).size());
    }
}
