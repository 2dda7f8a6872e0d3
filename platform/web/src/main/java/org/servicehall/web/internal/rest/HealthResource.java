package org.servicehall.web.internal.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.framework.dto.ServiceReferenceDTO;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.servicehall.web.ApiResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/health}: whether the node serves, for load balancers and the run script. A node
 * whose ServiceHall components do not all work (a reference unsatisfied, an activation failed) is
 * {@value #DEGRADED} and names them: it still answers, but some of what it should offer is missing
 * (issue 10 #6: the phone's rating link went away while the node looked healthy).
 */
@Path("health")
@Tag(name = "platform")
public final class HealthResource {
    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";

    /**
     * What the health check reports; {@code components} are the ServiceHall components that do not
     * work now (empty when all do), {@code null} while the component runtime cannot be asked.
     */
    public record Health(String status, String version, int views, int resources, List<ComponentProblem> components) {
        public Health(String status, String version, int views, int resources) {
            this(status, version, views, resources, null);
        }
    }

    /**
     * A declarative-services component of a ServiceHall bundle that does not work: its state as the
     * component runtime reports it ({@code UNSATISFIED_REFERENCE}, {@code UNSATISFIED_CONFIGURATION},
     * {@code FAILED_ACTIVATION}, {@code DISABLED}) or {@code UNBOUND_SERVICE} (active, but a dynamic
     * reference does not hold a registered ServiceHall service it should), the references concerned
     * and why activation failed.
     */
    public record ComponentProblem(String component, String bundle, String state, List<String> unsatisfiedReferences, String failure) {
    }

    private final Supplier<Health> health;

    public HealthResource(Supplier<Health> health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether this node is up, with its version, how many screens and resources it serves, and the ServiceHall "
            + "components that do not work (status DEGRADED when there are any)")
    public Health get(@Context Configuration application) {
        Health h = health.get();
        Components components = application.getInstances().stream().filter(Components.class::isInstance).map(Components.class::cast)
                .findFirst().orElse(null);
        List<ComponentProblem> problems = components == null ? null : components.problems();
        if (problems == null) {
            return h;
        }
        return new Health(problems.isEmpty() ? h.status() : DEGRADED, h.version(), h.views(), h.resources(), problems);
    }

    /**
     * {@code GET /api/health/components}: the ServiceHall components that do not work now, as the
     * declarative-services runtime reports them. A component of its own (contributed like any REST
     * resource), so DS hands it the runtime; the runtime is SCR's own service, not a component, and
     * the reference is optional and dynamic: asking about components can neither wait for nor close
     * a cycle of components.
     */
    @Component(service = ApiResource.class)
    @Path("health/components")
    @Tag(name = "platform")
    public static final class Components implements ApiResource {
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile ServiceComponentRuntime runtime;

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(summary = "The ServiceHall components that do not work now (unsatisfied references, failed activation, "
                + "a registered service a dynamic reference does not hold), empty when all work")
        public List<ComponentProblem> get() {
            List<ComponentProblem> problems = problems();
            return problems == null ? List.of() : problems;
        }

        /** The problems, or {@code null} while there is no component runtime to ask. */
        List<ComponentProblem> problems() {
            ServiceComponentRuntime scr = runtime;
            if (scr == null) {
                return null;
            }
            Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> ours = new LinkedHashMap<>();
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
                if (ofServiceHall(d)) {
                    // a disabled component: no configurations
                    ours.put(d, scr.isComponentEnabled(d) ? scr.getComponentConfigurationDTOs(d) : null);
                }
            }
            return problems(ours);
        }

        /**
         * The problems of these components, as the runtime describes them: each with its
         * configurations, {@code null} for one that is disabled.
         */
        static List<ComponentProblem> problems(Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> components) {
            List<ComponentProblem> problems = new ArrayList<>();
            components.forEach((d, configurations) -> problems.addAll(problemsOf(d, configurations)));
            components.forEach((d, configurations) -> problems.addAll(unboundServices(d, configurations, components)));
            return problems;
        }

        private static boolean ofServiceHall(ComponentDescriptionDTO d) {
            return d.name.startsWith("org.servicehall.") || (d.bundle.symbolicName != null && d.bundle.symbolicName.startsWith("servicehall-"));
        }

        private static List<ComponentProblem> problemsOf(ComponentDescriptionDTO d, Collection<ComponentConfigurationDTO> configurations) {
            String bundle = d.bundle.symbolicName;
            if (configurations == null) {
                return d.defaultEnabled ? List.of(new ComponentProblem(d.name, bundle, "DISABLED", List.of(), null)) : List.of();
            }
            List<ComponentProblem> problems = new ArrayList<>();
            if (configurations.isEmpty() && "require".equals(d.configurationPolicy)) {
                problems.add(new ComponentProblem(d.name, bundle, "UNSATISFIED_CONFIGURATION", List.of(), null));
            }
            for (ComponentConfigurationDTO c : configurations) {
                if (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED) {
                    continue;
                }
                List<String> waitingFor = c.unsatisfiedReferences == null ? List.of()
                        : Arrays.stream(c.unsatisfiedReferences).map(Components::describe).toList();
                problems.add(new ComponentProblem(d.name, bundle, stateName(c.state), waitingFor, c.failure));
            }
            return problems;
        }

        /**
         * An active component whose dynamic multiple reference does not hold a ServiceHall service
         * that is registered for it: DS binds every such service as it comes, so one left out was
         * refused while binding (issue 10 #6: the queue without the rating follow-up, state ACTIVE
         * all the same). References with a target filter are not judged here.
         */
        private static List<ComponentProblem> unboundServices(ComponentDescriptionDTO d, Collection<ComponentConfigurationDTO> configurations,
                Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> all) {
            List<ComponentProblem> problems = new ArrayList<>();
            for (ComponentConfigurationDTO c : configurations == null ? List.<ComponentConfigurationDTO>of() : configurations) {
                if (c.state != ComponentConfigurationDTO.ACTIVE) {
                    continue;
                }
                List<String> unbound = new ArrayList<>();
                for (ReferenceDTO r : d.references) {
                    if (!"dynamic".equals(r.policy) || !r.cardinality.endsWith("..n") || r.target != null) {
                        continue;
                    }
                    Set<Long> bound = new HashSet<>();
                    for (SatisfiedReferenceDTO s : c.satisfiedReferences) {
                        if (s.name.equals(r.name)) {
                            for (ServiceReferenceDTO b : s.boundServices) {
                                if (b.properties.get(ComponentConstants.COMPONENT_ID) instanceof Long id) {
                                    bound.add(id);
                                }
                            }
                        }
                    }
                    all.forEach((provider, providerConfigurations) -> {
                        if (providerConfigurations != null && Arrays.asList(provider.serviceInterfaces).contains(r.interfaceName)) {
                            for (ComponentConfigurationDTO p : providerConfigurations) {
                                boolean registered = p.state == ComponentConfigurationDTO.SATISFIED || p.state == ComponentConfigurationDTO.ACTIVE;
                                if (registered && !bound.contains(p.id)) {
                                    unbound.add(r.name + " does not hold " + provider.name);
                                }
                            }
                        }
                    });
                }
                if (!unbound.isEmpty()) {
                    problems.add(new ComponentProblem(d.name, d.bundle.symbolicName, "UNBOUND_SERVICE", unbound, null));
                }
            }
            return problems;
        }

        private static String describe(UnsatisfiedReferenceDTO r) {
            return r.target == null ? r.name : r.name + " " + r.target;
        }

        private static String stateName(int state) {
            return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "STATE_" + state;
            };
        }
    }
}
