package org.servicehall.queue.internal;

import java.util.List;
import java.util.function.Supplier;

import org.servicehall.queue.CallEligibility;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.DeskSection;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.StepPhrases;
import org.servicehall.queue.VisitFollowUp;
import org.servicehall.queue.WindowStaff;

/**
 * The extension points of a queue built in plain Java (tests, tools): the priority policies and
 * call guards it is given; window staff and text checks when set; no phrases, desk sections or
 * follow-ups or service offers.
 */
final class ExtensionPoints implements QueueExtensions {
    private final Supplier<List<PriorityPolicy>> policies;
    private final Supplier<List<CallGuard>> guards;
    private volatile Supplier<List<CitizenTextCheck>> textChecks = List::of;
    private volatile Supplier<List<WindowStaff>> windowStaff = List::of;
    private volatile Supplier<List<CallEligibility>> eligibility = List::of;

    ExtensionPoints(Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards) {
        this.policies = policies;
        this.guards = guards;
    }

    void useTextChecks(Supplier<List<CitizenTextCheck>> checks) {
        this.textChecks = checks;
    }

    void useCallEligibility(Supplier<List<CallEligibility>> value) {
        eligibility = value;
    }

    @Override
    public List<CallEligibility> eligibility() {
        return eligibility.get();
    }

    void useWindowStaff(Supplier<List<WindowStaff>> staff) {
        this.windowStaff = staff;
    }

    @Override
    public List<PriorityPolicy> policies() {
        return policies.get();
    }

    @Override
    public List<CallGuard> guards() {
        return guards.get();
    }

    @Override
    public List<CitizenTextCheck> textChecks() {
        return textChecks.get();
    }

    @Override
    public List<StepPhrases> phrases() {
        return List.of();
    }

    @Override
    public List<DeskSection> deskSections() {
        return List.of();
    }

    @Override
    public List<WindowStaff> windowStaff() {
        return windowStaff.get();
    }

    @Override
    public List<VisitFollowUp> followUps() {
        return List.of();
    }

    @Override
    public List<ServiceOffers> serviceOffers() {
        return List.of();
    }
}
