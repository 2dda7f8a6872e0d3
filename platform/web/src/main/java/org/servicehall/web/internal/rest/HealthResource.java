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
import org.servicehall.web.internal.ReadinessRules.DatabaseState;
import org.servicehall.web.internal.ReadinessRules.Waiting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The node's health for load balancers, service managers and the run script (issue 17), in two
 * answers as they expect them:
 * <ul>
 * <li>{@code GET /api/health/live} (liveness): 200 whenever the process answers at all;</li>
 * <li>{@code GET /api/health/ready} (readiness): 503 with status {@value #STARTING} and what the
 * node still waits for until every installed ServiceHall feature's bundles are active and its
 * components, screens and REST resources are registered and served, then 200 (and it stays so).
 * {@code GET /api/health} is the same readiness answer.</li>
 * </ul>
 * A ready node whose ServiceHall components do not all work (a reference unsatisfied, an activation
 * failed), whose database does not answer or that opened without a sector plugin's parts is
 * {@value #DEGRADED} and names them: it still answers, but some of what it should offer is missing
 * (issue 10 #6: the phone's rating link went away while the node looked healthy). While its
 * database does not answer, readiness is {@value #DEGRADED} with 503, so a load balancer sends
 * nobody to it until the database is back. Each answer reports the database's state and the
 * plugins' problems.
 */
@Path("health")
@Tag(name = "platform")
public final class HealthResource {
    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";
    public static final String STARTING = "STARTING";
    public static final String LIVE = "LIVE";
    /** Seconds a client should wait before asking a starting node again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    /**
     * What the health check reports: {@code status} {@value #UP}, {@value #DEGRADED} or
     * {@value #STARTING}; {@code components} are the ServiceHall components that do not work now
     * (empty when all do), {@code null} while the component runtime cannot be asked;
     * {@code waitingFor} what a starting node waits for (once ready: what it opened without);
     * {@code database} whether the database answers; {@code plugins} the problems of plugins'
     * contributions.
     */
    public record Health(String status, String version, int views, int resources, List<ComponentProblem> components,
            boolean ready, List<Waiting> waitingFor, DatabaseState database, List<PluginTrouble> plugins) {
        public Health(String status, String version, int views, int resources) {
            this(status, version, views, resources, null, true, List.of(), null, List.of());
        }

        Health withComponents(List<ComponentProblem> problems) {
            boolean degraded = ready && !problems.isEmpty();
            return new Health(degraded ? DEGRADED : status, version, views, resources, problems, ready, waitingFor, database, plugins);
        }
    }

    /** Liveness: the process runs and answers. */
    public record Liveness(String status, String version) {
    }

    /** A plugin's contribution that could not be taken: the bundle, the folder of its file and why. */
    public record PluginTrouble(String bundle, String folder, String message) {
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
    @Operation(summary = "Readiness, as /api/health/ready: 503 STARTING until every installed feature is up, then 200 UP (or "
            + "DEGRADED naming the ServiceHall components that do not work), with the version, how many screens and resources it "
            + "serves, the database's state and the plugins' problems", responses = {
                    @ApiResponse(responseCode = "200", description = "ready", content = @Content(schema = @Schema(implementation = Health.class))),
                    @ApiResponse(responseCode = "503", description = "starting, or its database does not answer", content = @Content(schema = @Schema(implementation = Health.class))) })
    public Response get(@Context Configuration application) {
        Health h = health.get();
        if (h.components() == null) {
            Components components = application.getInstances().stream().filter(Components.class::isInstance).map(Components.class::cast)
                    .findFirst().orElse(null);
            List<ComponentProblem> problems = components == null ? null : components.problems();
            if (problems != null) {
                h = h.withComponents(problems);
            }
        }
        return answer(h);
    }

    /**
     * 200 for a node that serves, 503 with {@code Retry-After} for one that starts or whose database
     * does not answer (issue 17: a load balancer takes it out until its database is back; the status
     * then says {@value #DEGRADED} and the database's state says why).
     */
    static Response answer(Health h) {
        boolean databaseDown = h.database() != null && DatabaseState.DOWN.equals(h.database().status());
        Response.ResponseBuilder answer = h.ready() && !databaseDown ? Response.ok(h)
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(h).header("Retry-After", RETRY_AFTER_SECONDS);
        return answer.type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness: 503 STARTING with what the node waits for until every installed feature's bundles are active "
            + "and its components, screens and REST resources are registered, then 200 (UP, or DEGRADED naming what does not work); "
            + "503 DEGRADED while its database does not answer",
            responses = {
                    @ApiResponse(responseCode = "200", description = "ready", content = @Content(schema = @Schema(implementation = Health.class))),
                    @ApiResponse(responseCode = "503", description = "starting, or its database does not answer", content = @Content(schema = @Schema(implementation = Health.class))) })
    public Response ready(@Context Configuration application) {
        return get(application);
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness: 200 LIVE whenever the node's process answers, also while it starts")
    public Liveness live() {
        return new Liveness(LIVE, health.get().version());
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
            return problems(runtime);
        }

        /** The problems of ServiceHall's components as this runtime describes them, {@code null} without a runtime. */
        public static List<ComponentProblem> problems(ServiceComponentRuntime scr) {
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
        public static List<ComponentProblem> problems(Map<ComponentDescriptionDTO, Collection<ComponentConfigurationDTO>> components) {
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
