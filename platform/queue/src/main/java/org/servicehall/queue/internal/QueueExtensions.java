package org.servicehall.queue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.servicehall.common.Message;
import org.servicehall.queue.CallEligibility;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.DeskSection;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.StepPhrases;
import org.servicehall.queue.TextChecks;
import org.servicehall.queue.TextFinding;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.queue.VisitFollowUp;
import org.servicehall.queue.WindowStaff;
import org.slf4j.LoggerFactory;

/**
 * The services plugged into the queue's extension points, each list highest {@code service.ranking}
 * first: in the container those bound to {@link QueueComponent}, in plain Java those a test or tool
 * gives ({@link ExtensionPoints}). Plus what the screens ask of them.
 */
public interface QueueExtensions {

    List<PriorityPolicy> policies();

    List<CallGuard> guards();

    /** Asked per candidate of a call (since 1.6). */
    List<CallEligibility> eligibility();

    /** Why {@code candidate} may not be called at the window now, if any service holds it; one that throws is skipped and logged. */
    default Optional<Message> held(Ticket candidate, int windowNumber) {
        return firstAnswer(eligibility(), e -> e.held(candidate, windowNumber), "call eligibility");
    }

    List<CitizenTextCheck> textChecks();

    List<StepPhrases> phrases();

    List<DeskSection> deskSections();

    List<WindowStaff> windowStaff();

    List<VisitFollowUp> followUps();

    List<ServiceOffers> serviceOffers();

    /** TX3 and alike: what the plugins offer for the service now (the kiosk, the phone page), highest ranking first; one that throws is skipped. */
    default List<ServiceOffers.Offer> offers(long siteId, String serviceCode, Locale reader) {
        List<ServiceOffers.Offer> out = new ArrayList<>();
        for (ServiceOffers source : serviceOffers()) {
            try {
                out.addAll(source.offers(siteId, serviceCode, reader));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(QueueExtensions.class).warn("A service offer source failed and was skipped: {}", e.toString());
            }
        }
        return out;
    }

    /** C3: the findings of the registered checks in a text for citizens (the desk asks on every keystroke). */
    default List<TextFinding> checkText(long siteId, String text) {
        return TextChecks.findings(textChecks(), siteId, text);
    }

    /** C2: the site's phrase for a step from the highest-ranked {@link StepPhrases}, if any. */
    default Optional<String> phrase(long siteId, ServiceStep step) {
        return firstAnswer(phrases(), p -> p.phrase(siteId, step), "phrase source");
    }

    /** P1: the link a finished ticket's status page offers (the rating page of the visit), if a follow-up gives one. */
    default Optional<String> followUpLink(Ticket finished) {
        if (finished.status() != TicketStatus.DONE) {
            return Optional.empty();
        }
        return firstAnswer(followUps(), f -> f.linkFor(finished), "visit follow-up");
    }

    /** P1, M1: the staff number of whoever is at the window now (attendance), if a source knows it. */
    default Optional<String> staffAt(long siteId, int windowNumber) {
        return firstAnswer(windowStaff(), ws -> ws.staffAt(siteId, windowNumber), "window-staff source");
    }

    /** The first answer of the services, highest ranking first; a service that throws is skipped and logged. */
    private static <T, R> Optional<R> firstAnswer(List<T> services, Function<T, Optional<R>> ask, String what) {
        for (T service : services) {
            try {
                Optional<R> answer = ask.apply(service);
                if (answer.isPresent()) {
                    return answer;
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(QueueExtensions.class).warn("A {} failed and was skipped: {}", what, e.toString());
            }
        }
        return Optional.empty();
    }
}
