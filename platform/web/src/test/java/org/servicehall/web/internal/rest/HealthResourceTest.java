package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.framework.dto.ServiceReferenceDTO;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.servicehall.web.internal.ReadinessRules.DatabaseState;
import org.servicehall.web.internal.rest.HealthResource.ComponentProblem;
import org.servicehall.web.internal.rest.HealthResource.Health;

import jakarta.ws.rs.core.Response;

/**
 * What {@code /api/health} makes of the component runtime's description of the ServiceHall
 * components (issue 10 #6), on the runtime's own data objects.
 */
class HealthResourceTest {
    private static final String FOLLOW_UP = "org.servicehall.queue.VisitFollowUp";

    @Test
    void aQueueThatDoesNotHoldTheRegisteredRatingFollowUpIsReported_P1() {
        ComponentDescriptionDTO queue = description("org.servicehall.queue.internal.QueueComponent", "servicehall-queue",
                reference("followUps", FOLLOW_UP));
        ComponentDescriptionDTO rating = description("org.servicehall.complaint.internal.RatingFollowUp", "servicehall-complaint");
        rating.serviceInterfaces = new String[] { FOLLOW_UP };
        ComponentConfigurationDTO registered = configuration(rating, 7, ComponentConfigurationDTO.SATISFIED);

        Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> runtime = new LinkedHashMap<>();
        runtime.put(queue, List.of(configuration(queue, 3, ComponentConfigurationDTO.ACTIVE, satisfied("followUps"))));
        runtime.put(rating, List.of(registered));
        // the queue is ACTIVE and the follow-up SATISFIED, and still the link is missing: the reference holds nothing
        assertEquals(List.of(new ComponentProblem("org.servicehall.queue.internal.QueueComponent", "servicehall-queue", "UNBOUND_SERVICE",
                List.of("followUps does not hold org.servicehall.complaint.internal.RatingFollowUp"), null)),
                HealthResource.Components.problems(runtime));

        runtime.put(queue, List.of(configuration(queue, 3, ComponentConfigurationDTO.ACTIVE, satisfied("followUps", 7L))));
        assertEquals(List.of(), HealthResource.Components.problems(runtime), "once it holds the follow-up, all works");
    }

    @Test
    void aComponentWaitingForAReferenceOrThatFailedIsReportedWithWhatItWaitsFor_P1() {
        ComponentDescriptionDTO complaints = description("org.servicehall.complaint.internal.ComplaintComponent", "servicehall-complaint",
                reference("queue", "org.servicehall.queue.QueueService"));
        ComponentConfigurationDTO waiting = configuration(complaints, 4, ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        UnsatisfiedReferenceDTO queue = new UnsatisfiedReferenceDTO();
        queue.name = "queue";
        waiting.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] { queue };
        ComponentDescriptionDTO pad = description("org.servicehall.complaint.internal.ui.ComplaintViews$Pad", "servicehall-complaint");
        ComponentConfigurationDTO failed = configuration(pad, 5, ComponentConfigurationDTO.FAILED_ACTIVATION);
        failed.failure = "java.lang.IllegalStateException: no clock";
        ComponentDescriptionDTO switchedOff = description("org.servicehall.conduct.internal.ConductTextCheck", "servicehall-conduct");

        Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> runtime = new LinkedHashMap<>();
        runtime.put(complaints, List.of(waiting));
        runtime.put(pad, List.of(failed));
        runtime.put(switchedOff, null);
        assertEquals(List.of(
                new ComponentProblem(complaints.name, "servicehall-complaint", "UNSATISFIED_REFERENCE", List.of("queue"), null),
                new ComponentProblem(pad.name, "servicehall-complaint", "FAILED_ACTIVATION", List.of(), "java.lang.IllegalStateException: no clock"),
                new ComponentProblem(switchedOff.name, "servicehall-conduct", "DISABLED", List.of(), null)),
                HealthResource.Components.problems(runtime));
    }

    @Test
    void aReadyNodeWhoseDatabaseDoesNotAnswerIsNotReadyForTheLoadBalancer() {
        Health up = new Health(HealthResource.UP, "1", 3, 4, List.of(), true, List.of(), new DatabaseState(DatabaseState.UP, "POSTGRESQL"), List.of());
        assertEquals(200, HealthResource.answer(up).getStatus());
        Health down = new Health(HealthResource.DEGRADED, "1", 3, 4, List.of(), true, List.of(),
                new DatabaseState(DatabaseState.DOWN, "no connection within 2000 ms"), List.of());
        Response answer = HealthResource.answer(down);
        assertEquals(503, answer.getStatus(), "a load balancer sends nobody to a node without its database (issue 17)");
        assertEquals(String.valueOf(HealthResource.RETRY_AFTER_SECONDS), String.valueOf(answer.getHeaderString("Retry-After")));
        Health starting = new Health(HealthResource.STARTING, "1", 0, 0, List.of(), false, List.of(), new DatabaseState(DatabaseState.UP, "H2"),
                List.of());
        assertEquals(503, HealthResource.answer(starting).getStatus());
    }

    private static ComponentDescriptionDTO description(String name, String bundle, ReferenceDTO... references) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = name;
        d.bundle = new BundleDTO();
        d.bundle.symbolicName = bundle;
        d.defaultEnabled = true;
        d.configurationPolicy = "optional";
        d.serviceInterfaces = new String[0];
        d.references = references;
        return d;
    }

    private static ReferenceDTO reference(String name, String iface) {
        ReferenceDTO r = new ReferenceDTO();
        r.name = name;
        r.interfaceName = iface;
        r.cardinality = iface.equals(FOLLOW_UP) ? "0..n" : "1..1";
        r.policy = iface.equals(FOLLOW_UP) ? "dynamic" : "static";
        return r;
    }

    private static ComponentConfigurationDTO configuration(ComponentDescriptionDTO d, long id, int state, SatisfiedReferenceDTO... satisfied) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.description = d;
        c.id = id;
        c.state = state;
        c.satisfiedReferences = satisfied;
        c.unsatisfiedReferences = new UnsatisfiedReferenceDTO[0];
        return c;
    }

    /** A satisfied reference holding the services of these component ids. */
    private static SatisfiedReferenceDTO satisfied(String name, Long... componentIds) {
        SatisfiedReferenceDTO s = new SatisfiedReferenceDTO();
        s.name = name;
        s.boundServices = new ServiceReferenceDTO[componentIds.length];
        for (int i = 0; i < componentIds.length; i++) {
            ServiceReferenceDTO b = new ServiceReferenceDTO();
            b.properties = Map.of("component.id", componentIds[i]);
            s.boundServices[i] = b;
        }
        return s;
    }
}
